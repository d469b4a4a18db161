package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/** The measures a bullet ending in a word of policy states, read from one bullet about what it stands under. */
class StatementExtractorTest {

    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("agency", List.of("Agency"),
            Map.of("ko", List.of("연구청")), Map.of(), List.of(), Map.of(), "test")));
    private final StatementExtractor statements = new StatementExtractor(
            StatementExtractor.Settings.from(Briefs.layout()), new ActionSplitter(Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES,
            Briefs.layout().words()), id -> id.equals("agency") ? List.of("Agency") : List.of(),
            Briefs.layout().extraction().classGroups());

    private static TextPassage bullet(String text) {
        return new TextPassage(text, "L30", Optional.of("area"), List.of());
    }

    @Test
    void givenABulletEndingInAWordOfPolicy_whenProposed_thenEachActionIsAMeasureUnderWhatTheBulletIsAbout() {
        TextPassage p = bullet("도약연구 프로그램 확대, 신진연구 사업 신설, 인재 유치 강화를 추진");
        Proposal proposal = statements.propose(p, context);

        assertEquals(3, proposal.entities().size());
        assertEquals("action 3 of 3 the bullet at L30 states", proposal.entities().get(2).why());
        assertEquals(3, proposal.facts().stream().filter(f -> f.property().equals("underArea")
                && f.object().equals("area") && f.rule().equals("statements/under")).count());
        CandidateEntity first = proposal.entities().get(0);
        assertEquals("도약연구 프로그램 확대", first.evidence().in(p), "the evidence of an action is its own words");
    }

    @Test
    void givenAnOrganisationSubjectAndAClosingWordOfConsideration_whenProposed_thenItLeadsTheMeasureWhichIsUnderConsideration() {
        TextPassage p = bullet("연구청은 해양 거점 신설을 검토");
        Proposal proposal = statements.propose(p, context);

        assertEquals(1, proposal.entities().size());
        assertEquals("what the bullet at L30 states", proposal.entities().get(0).why());
        CandidateFact lead = proposal.facts().stream().filter(f -> f.property().equals("ledBy")).findFirst()
                .orElseThrow();
        assertEquals("agency", lead.object());
        assertEquals("연구청", lead.evidence().in(p));
        assertTrue(proposal.facts().stream().anyMatch(f -> f.literal() && f.property().equals(StatementExtractor.STATUS)
                && f.object().equals("under consideration")));
    }

    @Test
    void givenABulletThatReportsOrIsAboutNothing_whenProposed_thenNothingIsProposed() {
        Proposal none = Proposal.nothing();
        assertEquals(none, statements.propose(bullet("연구청은 해양 거점의 성과를 지적"), context),
                "a bullet ending in no word of policy states no measure");
        assertEquals(none, statements.propose(new TextPassage("도약연구 프로그램 확대를 추진", "L30"), context),
                "a bullet the merge places under nothing");
    }
}
