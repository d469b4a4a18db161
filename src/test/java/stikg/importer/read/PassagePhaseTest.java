package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.Extractor;
import stikg.importer.names.Lexicon;

/**
 * The phases merged passage by passage where the readers read: what the extractors of a phase propose enters the
 * draft at once, resolved as the phase says. Sentences written for this test.
 */
class PassagePhaseTest {

    private final LayoutConfig layout = Briefs.layout();
    private final EntityBook book = new EntityBook("doc", Lexicon.empty(), "ko");

    private PassagePhase phase(Extractor.Phase phase) {
        return new PassagePhase(phase, layout, book, "doc", new QuantityReader(layout.numbers()), Lexicon.empty(),
                text -> List.of(), text -> List.of(), true, false, false);
    }

    @Test
    void givenAListNamingARowTheDraftHolds_whenMerged_thenThePlanGetsThatRowWhichKeepsItsOwnOrder() {
        String row = book.define("row-3", "PolicyArea", "L40").label("ko", "건강한 사회")
                .literal("order", "3", false, null).id();

        phase(Extractor.Phase.LISTS).read(new Passage("2대 미션은 ① 탄소중립 산업, ② 건강한 사회로 구성", 7, "L7",
                "plan-1"));

        assertEquals(List.of("doc/list-1", row), BookFacts.values(book, "plan-1", "policyArea"));
        assertEquals(List.of("3"), BookFacts.values(book, row, "order"), "the row's own order, not the list's");
        assertEquals(List.of("1"), BookFacts.values(book, "doc/list-1", "order"));
        assertEquals("탄소중립 산업", book.defined("doc/list-1").orElseThrow().labels().get("ko"));
    }

    @Test
    void givenAConceptListCitingADocument_whenMerged_thenTheDocumentsLinkIsACandidateAndThePassagesEntityIsDescribed() {
        String measure = book.define("measure-1", "Measure", "L5").label("ko", "연구 지원").id();
        String source = book.define("src-1", "Document", "L90").label("ko", "보고서").id();

        phase(Extractor.Phase.PROSE).read(new Passage("①생명과학(게놈, 단백질), ②나노(반도체, 촉매)", 9, "L9", measure)
                .citing(List.of(source)));

        List<String> items = List.of("doc/concept-1", "doc/concept-4");
        assertEquals(items, BookFacts.values(book, measure, "concerns"));
        assertEquals(items, BookFacts.values(book, source, "concerns"));
        assertTrue(book.parts().stream().anyMatch(p -> source.equals(p.about())
                && p.notes().contains(EntityBook.CANDIDATE)), "the cited document's link is for review");
        assertEquals(List.of("doc/concept-2", "doc/concept-3"), BookFacts.values(book, "doc/concept-1",
                "skos:narrower"));
        assertEquals(List.of("①"), BookFacts.values(book, "doc/concept-1", "number"));
    }
}
