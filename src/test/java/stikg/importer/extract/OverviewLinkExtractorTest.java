package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.NameFolder;

/**
 * An overview row's items linked to the sub-areas of their area that treat them, read from the draft's outline in the
 * context, with the built-in layout (names written for this test).
 */
class OverviewLinkExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static DraftedThing item(String id, String name) {
        return new DraftedThing(id, List.of("Measure"), name, Map.of());
    }

    private static DraftedThing sub(String id, String name, String area) {
        return new DraftedThing(id, List.of("SubArea"), name, Map.of("subAreaOf", List.of(area)));
    }

    private static List<String> links(String text, String area, List<DraftedThing> things, List<String> listed) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups()).withOutline(new Outline(things,
                Map.of(area, listed)));
        return new OverviewLinkExtractor(OverviewLinkExtractor.Settings.from(LAYOUT.extraction()),
                new NameFolder(LAYOUT.words())).extract(new TextPassage(text, "t1#2 L9", Optional.of(area),
                List.of()), context).stream().map(f -> f.subject() + " " + f.property() + " " + f.object()).toList();
    }

    @Test
    void givenAnItemHoldingASubAreasName_thenItIsRelatedToThatSubArea() {
        assertEquals(List.of("i1 skos:related s1"), links("산학연계 강화\n인재 유치", "area", List.of(
                item("i1", "산학연계 강화"), item("i2", "인재 유치"), sub("s1", "산학 연계", "area")),
                List.of("i1", "i2")));
    }

    @Test
    void givenTwoItemsLikeOneSubArea_thenOnlyTheMostAlikeIsRelatedToIt() {
        assertEquals(List.of("i2 skos:related s1"), links("청년 연구자 지원\n청년 연구자 육성", "area", List.of(
                item("i1", "청년 연구자 지원"), item("i2", "청년 연구자 육성"), sub("s1", "청년 연구자 육성 확대", "area")),
                List.of("i1", "i2")));
    }

    @Test
    void givenASubAreaOfAnotherArea_orAnUnlikeName_thenNothingIsRelated() {
        assertEquals(List.of(), links("산학연계 강화", "area", List.of(item("i1", "산학연계 강화"),
                sub("s1", "산학연계", "other-area"), sub("s2", "우주 탐사", "area")), List.of("i1")));
    }

    @Test
    void givenAnItemTheRowDoesNotPrint_thenItIsNotRead() {
        assertEquals(List.of(), links("인재 유치", "area", List.of(item("i1", "산학연계 강화"), sub("s1", "산학연계", "area")),
                List.of("i1")));
    }

    @Test
    void givenAPassageAboutNothing_thenNothingIsRead() {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups());
        assertEquals(List.of(), new OverviewLinkExtractor(OverviewLinkExtractor.Settings.from(LAYOUT.extraction()),
                new NameFolder(LAYOUT.words())).extract(new TextPassage("산학연계 강화", "L1"), context));
    }
}
