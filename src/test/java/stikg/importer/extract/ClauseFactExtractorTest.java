package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/** Links, events and counts a passage states clause by clause, proposed for the merge to decide on. */
class ClauseFactExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("agency", "Agency", "연구청"),
            entry("prog", "Program", "도약연구 프로그램")));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
            id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
            java.util.Optional.empty(), new stikg.importer.read.QuantityReader(LAYOUT.numbers())::quantities);
    private final ClauseFactExtractor clauses = new ClauseFactExtractor(ClauseFactExtractor.Settings.from(LAYOUT));

    @Test
    void givenAnOrganisationsGenitiveBeforeAProgramme_whenProposed_thenTheProgrammeBelongsToIt() {
        List<CandidateFact> facts = clauses.extract(new TextPassage("연구청의 도약연구 프로그램을 확대", "L3"), context);

        assertTrue(facts.stream().anyMatch(f -> f.subject().equals("prog") && f.object().equals("agency")
                && f.rule().equals("clause-facts/genitive")), facts.toString());
    }

    @Test
    void givenACountAboutAClausesTopic_whenProposed_thenItsNodeNamesWhatItCountsForTheMergeToResolve() {
        List<CandidateFact> facts = clauses.extract(new TextPassage("도약연구 프로그램은 총 51개의 중요 기술을 지정", "L4"),
                context);

        CandidateFact count = facts.stream().filter(f -> f.property().equals("count")).findFirst()
                .orElseThrow(() -> new AssertionError(facts.toString()));
        assertEquals("prog", count.subject());
        assertEquals("51", count.node().get("countValue"));
        assertEquals("중요 기술", count.node().get(ClauseFactExtractor.COUNTED));
    }

    @Test
    void givenTheSameTextAboutTwoThings_whenProposed_thenNothingCarriesFromOneToTheOther() {
        TextPassage first = new TextPassage("연구청은 도약연구 프로그램을 운영하고, 신규 사업을 확대", "L5");
        Proposal once = clauses.propose(first, context);
        clauses.propose(new TextPassage("연구청은 다른 일을 함", "L6"), context);
        assertEquals(once, clauses.propose(first, context));
    }
}
