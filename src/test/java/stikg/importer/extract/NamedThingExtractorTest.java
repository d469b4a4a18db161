package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * Names of bodies, programmes and facilities a running sentence gives with a class word, without quotes or a gloss
 * (sentences written for this test, with invented names).
 */
class NamedThingExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("known", List.of("ResearchInstitute"),
            Map.of("ko", List.of("국립해양과학원")), Map.of(), List.of(), Map.of(), "test")));

    private static List<String> read(String sentence) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups());
        NamedThingExtractor x = new NamedThingExtractor(NamedThingExtractor.Settings.from(LAYOUT.words()));
        return x.extract(new TextPassage(sentence, "L1"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenACompoundNameEndingInAClassWordAsASubject_thenItIsANameOfThatClass() {
        assertEquals(List.of("국립심해극지연구원 type ResearchInstitute"), read("국립심해극지연구원이 쇄빙선을 새로 짓는다"));
    }

    @Test
    void givenBareNounsBeforeAClassWordAsAnObject_thenTheyAreOneNameWithIt() {
        assertEquals(List.of("청년 해양탐사 사업 type Program"), read("정부는 곧 청년 해양탐사 사업을 두 배로 늘린다"));
    }

    @Test
    void givenAClassWordWithTooLittleBeforeIt_thenItIsAClassNounNotAName() {
        assertEquals(List.of(), read("여러 부처의 사업을 묶고, 전체회의에서 정한다"));
    }

    @Test
    void givenAVerbBeforeTheClassWord_thenTheNameStopsThere() {
        assertEquals(List.of("기후적응 지원 제도 type Program"), read("새로 만든 기후적응 지원 제도를 알린다"));
    }

    @Test
    void givenAOneSyllableClassWordOrADeterminer_thenTheyDoNotMakeAName() {
        assertEquals(List.of("해양에너지 실증 제도 type Program"), read("최근 선진국은 현행 해양에너지 실증 제도를 본뜬다"));
    }

    @Test
    void givenANameTheDraftKnows_thenNothingNewIsProposed() {
        assertEquals(List.of(), read("국립해양과학원이 조사선을 띄운다"));
    }

    @Test
    void givenAClassWordOfADocument_thenNoNameIsProposed() {
        assertEquals(List.of(), read("정부는 해양과학 기본계획을 세운다"));
    }
}
