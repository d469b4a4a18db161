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
import stikg.importer.names.LexiconEntry;

/**
 * A circled-number list whose items hold bracketed lists, read with the built-in layout: each item and each name in
 * its bracket are proposed by key, the items numbered as printed, linked from what the passage is about and from the
 * documents it cites. Sentences written for this test.
 */
class ConceptListExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final String LIST = "①생명과학(게놈, 단백질 구조 등), ②나노·재료(반도체, 촉매)";

    private static Proposal read(TextPassage passage, Lexicon known) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(known, LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups());
        return new ConceptListExtractor(ConceptListExtractor.Settings.from(LAYOUT.extraction()))
                .propose(passage, context);
    }

    private static List<String> facts(Proposal p) {
        return p.facts().stream().map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenItemsWithBrackets_thenEachItemIsAConceptNumberedAsPrintedAndNarrowerThanTheNamesInItsBracket() {
        Proposal p = read(new TextPassage(LIST, "L9"), Lexicon.empty());
        assertEquals(List.of("생명과학", "게놈", "단백질 구조", "나노·재료", "반도체", "촉매"),
                p.entities().stream().map(CandidateEntity::name).toList(), "'등' is dropped, '·' splits no name "
                        + "where the bracket has commas");
        assertEquals(List.of("_:item-1 number ①", "_:item-1 skos:narrower _:item-1-1",
                "_:item-1 skos:narrower _:item-1-2", "_:item-2 number ②", "_:item-2 skos:narrower _:item-2-1",
                "_:item-2 skos:narrower _:item-2-2"), facts(p));
        TextPassage passage = new TextPassage(LIST, "L9");
        for (CandidateEntity e : p.entities()) {
            assertEquals(e.name(), e.evidence().in(passage));
        }
    }

    @Test
    void givenAPassageAboutAThingCitingADocument_thenBothConcernEachItemAndTheItemCitesTheDocument() {
        Proposal p = read(new TextPassage(LIST, "L9", Optional.of("measure-3"), List.of("src-1")), Lexicon.empty());
        List<String> facts = facts(p);
        for (String item : List.of("_:item-1", "_:item-2")) {
            assertEquals(true, facts.contains("measure-3 concerns " + item), facts.toString());
            assertEquals(true, facts.contains("src-1 concerns " + item), facts.toString());
            assertEquals(true, facts.contains(item + " citedSource src-1"), facts.toString());
        }
    }

    @Test
    void givenAnItemTheContextRecognisesByItsWholeName_thenItIsLeftToTheRecogniser() {
        Lexicon known = new Lexicon(List.of(new LexiconEntry("bio", List.of("skos:Concept"),
                Map.of("ko", List.of("생명과학")), Map.of(), List.of(), Map.of(), "test")));
        Proposal p = read(new TextPassage(LIST, "L9"), known);
        assertEquals(List.of("나노·재료", "반도체", "촉매"), p.entities().stream().map(CandidateEntity::name).toList());
    }

    @Test
    void givenAnItemWithoutABracketOrASingleItem_thenNothingIsProposed() {
        Proposal none = Proposal.nothing();
        assertEquals(none, read(new TextPassage("①생명과학(게놈), ②나노·재료", "L9"), Lexicon.empty()));
        assertEquals(none, read(new TextPassage("①생명과학(게놈, 단백질)", "L9"), Lexicon.empty()));
        assertEquals(none, read(new TextPassage("①(게놈), ②나노(반도체)", "L9"), Lexicon.empty()));
    }

    @Test
    void givenABracketWithoutCommas_thenMiddleDotsSplitIt() {
        Proposal p = read(new TextPassage("①소재(금속·세라믹), ②에너지(수소·태양광)", "L2"), Lexicon.empty());
        assertEquals(List.of("소재", "금속", "세라믹", "에너지", "수소", "태양광"),
                p.entities().stream().map(CandidateEntity::name).toList());
    }
}
