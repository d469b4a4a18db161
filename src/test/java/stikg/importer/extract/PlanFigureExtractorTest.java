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
 * The targets and actuals a passage states for the editions of plans it marks, read with the built-in layout
 * (sentences and names written for this test): each a proposed figure of the plan, its kind told by the figure word
 * nearest (a target word that a verb of exceeding takes as its object, "목표를 웃돌았다", is the comparison of an
 * actual, not a target), its indicator the one named before it, its period the plan's; an actual and a target of one
 * clause are compared, and else an actual and a target alone in the passage, of one plan.
 */
class PlanFigureExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("rd", List.of("Indicator"),
            Map.of("ko", List.of("정부 연구개발 투자")), Map.of(), List.of(), Map.of(), "test")));

    /** The context: the 2nd edition is the plan "plan-2" of the period 2021/2025; the 9th is no plan of the brief. */
    private static Proposal read(String text, List<String> cites) {
        stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
                LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT,
                new stikg.importer.read.QuantityReader(LAYOUT.numbers())::quantities,
                t -> t.contains("제2기") ? List.of(new PlanEdition("plan-2", t.indexOf("제2기"), t.indexOf("제2기") + 3,
                        Optional.of("2021/2025"))) : List.of(),
                t -> dates.dates(t).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList());
        return new PlanFigureExtractor(PlanFigureExtractor.Settings.from(LAYOUT)).propose(new TextPassage(text, "L9",
                Optional.empty(), cites), context);
    }

    private static List<String> facts(Proposal p, String subject) {
        return p.facts().stream().filter(f -> f.subject().equals(subject)).map(f -> f.property() + " " + f.object())
                .toList();
    }

    @Test
    void givenAnActualAndATargetOfAnEditionInOneClause_thenBothAreFiguresOfItsPlan_Compared() {
        Proposal p = read("제2기 정부 연구개발 투자 실적은 3조 원으로 목표(2조 원)를 상회", List.of("src-1"));
        assertEquals(List.of("Actual", "Target"), p.entities().stream().map(CandidateEntity::type).toList());
        assertEquals(List.of("amount 3000000000000", "currency KRW", "figureOf plan-2", "indicator rd",
                "period 2021/2025", "citedSource src-1", "targetOfActual _:figure-2"), facts(p, "_:figure-1"));
        assertEquals(List.of("target _:figure-1", "citedSource src-1", "target _:figure-2", "citedSource src-1"),
                facts(p, "plan-2"));
    }

    @Test
    void givenAnAmountThatExceedsATargetInBrackets_thenItIsTheActual_ComparedWithIt() {
        Proposal p = read("제2기 정부 연구개발 투자는 누적 3조 원으로 목표(2조 원)를 넘어섰다", List.of());
        assertEquals(List.of("Actual", "Target"), p.entities().stream().map(CandidateEntity::type).toList());
        assertEquals("targetOfActual _:figure-2", facts(p, "_:figure-1").get(facts(p, "_:figure-1").size() - 1));
    }

    @Test
    void givenATargetStatedInOneClauseAndTheActualThatExceedsItInTheNext_thenTheyAreCompared() {
        Proposal p = read("제2기 계획은 투자 2조 원을 목표로 하였으며, 실제 투자는 3조 원으로 목표를 웃돌았다", List.of());
        assertEquals(List.of("Target", "Actual"), p.entities().stream().map(CandidateEntity::type).toList());
        assertEquals(List.of("targetOfActual _:figure-1"), facts(p, "_:figure-2").stream()
                .filter(f -> f.startsWith("targetOfActual")).toList());
    }

    @Test
    void givenTwoTargetsOfAPassage_thenNoActualIsComparedAcrossClauses() {
        Proposal p = read("제2기 계획은 2조 원을 목표로 하였으며, 민간은 4조 원을 목표로 하였다", List.of());
        assertEquals(List.of("Target", "Target"), p.entities().stream().map(CandidateEntity::type).toList());
        assertEquals(List.of(), p.facts().stream().filter(f -> f.property().equals("targetOfActual")).toList());
    }

    @Test
    void givenACoverageNote_thenTheFigureCoversThePlansPeriodUpToTheYearItEndsWith() {
        Proposal p = read("제2기 투자 실적은 3조 원(단, 2024년까지 4년간)", List.of());
        assertEquals(List.of("amount 3000000000000", "currency KRW", "figureOf plan-2",
                "coverageNote@ko 2024년까지 4년간", "period 2021/2024"), facts(p, "_:figure-1"));
    }

    @Test
    void givenAnEditionThatIsNoPlanOfTheBrief_orNoFigureWord_thenNothingIsProposed() {
        assertEquals(Proposal.nothing(), read("제2기 계획 이후 제9기 투자 실적은 3조 원", List.of()));
        assertEquals(Proposal.nothing(), read("제2기 투자는 3조 원", List.of()));
    }
}
