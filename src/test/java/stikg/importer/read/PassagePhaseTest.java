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

    @Test
    void givenTwoDatesOfOnePropertyInTheFactsPhase_whenMerged_thenTheThingKeepsTheFirst_InARecordCitingThePassages() {
        Lexicon known = Lexicon.empty().with(List.of(new stikg.importer.names.LexiconEntry("sbir", List.of("Program"),
                java.util.Map.of("ko", List.of("SBIR 제도")), java.util.Map.of(), List.of(), java.util.Map.of(),
                "test")));
        EntityBook draft = new EntityBook("doc", known, "ko");
        DateReader dates = new DateReader(layout.numbers(), layout.words().yearApostrophes());
        PassagePhase facts = new PassagePhase(Extractor.Phase.FACTS, layout, draft, "doc",
                new QuantityReader(layout.numbers()), known, text -> List.of(), text -> dates.dates(text).stream()
                .map(d -> new stikg.importer.extract.DateSpan(d.iso(), d.start(), d.end())).toList(), false, true,
                true);

        facts.read(new Passage("'23년 도입한 SBIR 제도는 계속 운영", 40, "L40", null).citing(List.of("src-1")));
        facts.read(new Passage("'24년 도입한 SBIR 제도를 확대", 41, "L41", null));

        assertEquals(List.of("2023"), BookFacts.values(draft, "sbir", "startDate"),
                "a property of one value keeps the first date read");
        var record = draft.parts().stream().filter(p -> "sbir".equals(p.about()) && "L40".equals(p.at())
                && p.notes().contains(EntityBook.CANDIDATE)).findFirst()
                .orElseThrow(() -> new AssertionError("a date read from prose is a candidate for review"));
        assertEquals(List.of("startDate", "citedSource"), record.facts().stream().map(f -> f.property()).toList(),
                "the record of the date cites the passage's documents");
        assertEquals(List.of("src-1"), BookFacts.values(draft, "sbir", "citedSource"), "the passage's citations");
    }
}
