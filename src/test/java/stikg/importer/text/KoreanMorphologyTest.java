package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Particles, endings and noun phrases from nori's parts of speech, not from a list of forms. */
class KoreanMorphologyTest {

    /** No particle at all in the fallback list: whatever is stripped below, nori stripped. */
    private final KoreanMorphology nori = new KoreanMorphology(List.of());

    @Test
    void givenWordsClosedByParticlesNoListHolds_whenStemmed_thenTheNounIsLeft() {
        assertEquals("위원회", nori.stem("위원회에서의"));
        assertEquals("연구재단", nori.stem("연구재단으로부터"));
        assertEquals("기본계획", nori.stem("기본계획의"), "a genitive read as a particle before a noun, not as a noun");
        assertEquals("이해당사자", nori.stem("이해당사자와의"));
        assertEquals("정부", nori.stem("정부조차"));
    }

    @Test
    void givenVerbsMadeOfANoun_whenStemmed_thenTheVerbSuffixAndEndingGo() {
        assertEquals("수립", nori.stem("수립하였으며"));
        assertEquals("의결", nori.stem("의결되었고"));
        assertEquals("하였으며", nori.ending("수립하였으며"));
    }

    @Test
    void givenVerbsAdjectivesAndAdverbs_whenAsked_thenTheyArePredicatesOrAdverbs_andNamesAreNot() {
        for (String w : List.of("따라", "거느린", "그러나")) {
            assertTrue(nori.predicateOrAdverb(w), w);
        }
        for (String w : List.of("연방", "국가과학기술혁신회의", "세레니아", "펠로우십", "벨마르크", "AI", "2035")) {
            assertFalse(nori.predicateOrAdverb(w), w);
        }
    }

    @Test
    void givenNamesWithoutParticles_whenStemmed_thenTheyStayWhole() {
        assertEquals("과학기술정보통신부", nori.stem("과학기술정보통신부"));
        assertFalse(nori.endsInParticle("양자기술"));
        assertEquals("세레니아", nori.stem("세레니아"), "a foreign name's last syllable is no vocative particle");
        for (String w : List.of("공식적인", "헬리오스-2를", "GDP", "2026년")) {
            assertEquals(w, nori.stem(w) + nori.ending(w), "stem and ending give the word back");
        }
    }

    @Test
    void givenAForeignNameNoriMisreads_whenStemmed_thenTheGrammarFilesParticlesStillApply() {
        KoreanMorphology withList = new KoreanMorphology(List.of("은", "는", "와"));
        assertEquals("펠로우십", withList.stem("펠로우십은"));
        assertTrue(withList.endsInParticle("펠로우십은"));
    }

    @Test
    void givenASentence_whenNounPhrasesAreRead_thenTheyStopAtParticlesAndPunctuation() {
        List<String> np = nori.nounPhrases("국가 핵심기술 위원회는 「제2차 전략」을 수립").stream()
                .map(KoreanMorphology.NounPhrase::text).toList();
        assertEquals("국가 핵심기술 위원회", np.get(0));
        assertTrue(np.contains("수립"), np.toString());
        assertFalse(np.stream().anyMatch(p -> p.contains("는") || p.contains("「")), np.toString());
    }
}
