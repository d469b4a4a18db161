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

/** A list printed in a sentence numbers its items by their marks (sentences written for this test). */
class ListNumberExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("sea", "TechnologyArea", "해양기술"),
            entry("sky", "TechnologyArea", "항공우주"), entry("soil", "TechnologyArea", "토양복원"),
            entry("goal", "skos:Concept", "모두의 과학"), entry("agency", "Agency", "해양진흥청")));

    private static List<String> read(String sentence) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups());
        ListNumberExtractor x = new ListNumberExtractor(ListNumberExtractor.Settings.from(LAYOUT.extraction()));
        return x.extract(new TextPassage(sentence, "L1"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenAListOfMarkedNames_thenEachGetsItsMarkAsNumberAndItsPlaceAsOrder() {
        assertEquals(List.of("sea number ①", "sea order 1", "sky number ②", "sky order 2", "soil number ③",
                "soil order 3"), read("※ 3대 기술: ①해양기술, ② 항공우주, ③토양복원"));
    }

    @Test
    void givenAMarkBeforeWordsTheDraftDoesNotKnow_thenOnlyTheKnownItemsAreNumbered() {
        assertEquals(List.of("goal number ②", "goal order 2"), read("목표는 ① 빠른 성장, ② 모두의 과학이다"));
    }

    @Test
    void givenASingleMark_thenItIsNoList() {
        assertEquals(List.of(), read("① 해양기술을 먼저 키운다"));
    }

    @Test
    void givenAMarkBeforeABody_thenOnlyTheGoalsAreasAndTechnologiesAreNumbered() {
        assertEquals(List.of("sky number ②", "sky order 2"), read("① 해양진흥청, ② 항공우주 순"));
    }
}
