package stikg.importer.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/** Lexicon names are found with particles attached and inside compounds, and not inside other words. */
class EntityRecognizerTest {

    private static LexiconEntry entry(String id, String type, String ko, String ja, String acronym) {
        Map<String, List<String>> labels = ja == null ? Map.of("ko", List.of(ko))
                : Map.of("ko", List.of(ko), "ja", List.of(ja));
        return new LexiconEntry(id, List.of(type), labels, Map.of(), acronym == null ? List.of() : List.of(acronym),
                Map.of(), "test");
    }

    private final EntityRecognizer recognizer = new EntityRecognizer(new Lexicon(List.of(
            entry("jst", "FundingAgency", "과학기술진흥기구", "科学技術振興機構", "JST"),
            entry("csti", "Council", "종합과학기술·혁신회의", null, "CSTI"),
            entry("cao", "Ministry", "내각부", "内閣府", null),
            entry("japan", "Country", "일본", null, null),
            entry("jsps", "FundingAgency", "일본학술진흥회", null, "JSPS"))), Briefs.layout().words());

    private List<String> ids(String text) {
        return recognizer.find(text).stream().map(Mention::id).toList();
    }

    @Test
    void givenNamesWithParticlesAttached_whenRecognised_thenTheNameAndTheParticleAreFound() {
        List<Mention> m = recognizer.find("JST의 지원프로그램과 CSTI와 내각부는");
        assertEquals(List.of("jst", "csti", "cao"), m.stream().map(Mention::id).toList());
        assertEquals(List.of("의", "와", "는"), m.stream().map(Mention::particle).toList());
        assertEquals("JST", "JST의 지원".substring(m.get(0).start(), m.get(0).end()));
    }

    @Test
    void givenANameInsideACompound_whenRecognised_thenItIsFound() {
        assertEquals(List.of("cao"), ids("내각부 지적재산전략본부가 '25년 책정한"));
        assertEquals(List.of("cao"), ids("내각부자문기구"));
    }

    @Test
    void givenAnotherSpellingOfTheMiddleDot_whenRecognised_thenItIsTheSameName() {
        assertEquals(List.of("csti"), ids("CSTI(종합과학기술혁신회의)의 사령탑 기능 강화").subList(0, 1));
        assertTrue(ids("종합과학기술혁신회의의 기능").contains("csti"));
    }

    @Test
    void givenJapaneseNames_whenRecognised_thenTheyAreFound() {
        assertEquals(List.of("cao"), ids("内閣府(2026.3.27.). 「第7期…」"));
        assertEquals(List.of("jst"), ids("科学技術振興機構(JST)(2026)").subList(0, 1));
    }

    @Test
    void givenAShortNameInsideALongerWord_whenRecognised_thenOnlyTheLongerNameCounts() {
        assertEquals(List.of("jsps"), ids("과학연구비 조성 사업(일본학술진흥회:JSPS)").subList(0, 1));
        assertEquals(List.of("japan"), ids("일본의 과학기술정책"));
        assertTrue(ids("재일본교포").isEmpty(), "a two-syllable name inside a word is not a mention");
    }

    @Test
    void givenAnAcronymInsideALatinWord_whenRecognised_thenItIsNotAMention() {
        assertTrue(ids("JSTI and XJST").isEmpty());
        assertEquals(List.of("jst"), ids("JST/AMED의"));
    }

    @Test
    void givenTwoNamesOfAnEntityThatFoldAlike_whenRecognised_thenTheMentionIsTheSameWhicheverOrderTheLexiconGives() {
        List<String> surfaces = new java.util.ArrayList<>();
        for (List<String> names : List.of(List.of("NanoTerasu", "Nano Terasu"), List.of("Nano Terasu", "NanoTerasu"))) {
            LexiconEntry facility = new LexiconEntry("nanoterasu", List.of("Facility"), Map.of("en", names),
                    Map.of(), List.of(), Map.of(), "test");
            EntityRecognizer r = new EntityRecognizer(new Lexicon(List.of(facility)), Briefs.layout().words());
            surfaces.add(r.find("시설(Nano Terasu)의 빔 라인").get(0).surface());
        }
        assertEquals(surfaces.get(0), surfaces.get(1), "drafts must not depend on the order of a lexicon's maps");
    }
}
