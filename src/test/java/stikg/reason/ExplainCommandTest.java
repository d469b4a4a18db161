package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import picocli.CommandLine;
import stikg.cli.Main;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/**
 * {@code ./stikg explain}, run as a user runs it, on a store built from Researchland
 * (src/test/resources/stikg/reason/editions): the rule, each premise, down to asserted facts and where the
 * documents state them.
 */
class ExplainCommandTest {

    private static final String SOURCES = "src/test/resources/stikg/reason/editions/sources/";
    private static final String LEXICON = "src/test/resources/stikg/reason/editions/lexicon/";

    @TempDir
    static Path dir;

    static Result build;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result explain(String triple) {
        return run("explain", "--store", dir.resolve("store").toString(), triple);
    }

    @BeforeAll
    static void buildResearchland() {
        build = run("build", "--store", dir.resolve("store").toString(), "--lexicon", LEXICON, "--sources", SOURCES);
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void givenABuild_whenItReports_thenItPrintsTheInferredGraphsSizeAndTheTimeInferenceTook() {
        assertTrue(build.out().lines().anyMatch(l -> l.matches("Inferred \\d+ triples\\.")), build.out());
        assertTrue(build.out().lines().anyMatch(l -> l.matches("  infer +\\d+ ms")), build.out());
        assertTrue(build.out().lines().anyMatch(l -> l.matches(" +\\d+  https://w3id.org/stikg/graph/inferred")), build.out());
    }

    @Test
    void givenAnAgencyEngagedThroughAMeasureAndTheProgrammeItUses_whenExplained_thenEveryStepDownToTheSourceLinesIsPrinted() {
        Result r = explain("rx-council sti:engagedIn rx2-area-ai");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "rx-council sti:engagedIn rx2-area-ai",
                "  by rule engagedIn, from:",
                "    rx-council sti:runs rx2-measure-compute",
                "      by rule subProperty, from:",
                "        sti:leads rdfs:subPropertyOf sti:runs",
                "          asserted in the ontology",
                "        rx-council sti:leads rx2-measure-compute",
                "          by rule inverseBack, from:",
                "            sti:leads owl:inverseOf sti:ledBy",
                "              asserted in the ontology",
                "            rx2-measure-compute sti:ledBy rx-council",
                "              asserted: from rx-plan-2 §3.1 lines 22–23 [" + SOURCES + "rx-plan-2.yaml:95]",
                "    rx2-measure-compute sti:contributesTo rx2-area-ai",
                "      by rule contributesToBroader, from:",
                "        rx2-measure-compute sti:contributesTo rx2-tech-llm",
                "          by rule contributesThroughProgramme, from:",
                "            rx2-measure-compute sti:usesProgram rx-compute-programme",
                "              asserted: from rx-plan-2 §3.1 lines 22–23 [" + SOURCES + "rx-plan-2.yaml:97]",
                "            rx-compute-programme sti:contributesTo rx2-tech-llm",
                "              by rule contributesDirectly, from:",
                "                rx-compute-programme sti:supports rx2-tech-llm",
                "                  asserted: from rx-plan-2 §3.1 line 24 [" + SOURCES + "rx-plan-2.yaml:85]",
                "        rx2-tech-llm skos:broader rx2-area-ai",
                "          by rule subProperty, from:",
                "            sti:technologyArea rdfs:subPropertyOf skos:broader",
                "              asserted in the ontology",
                "            rx2-tech-llm sti:technologyArea rx2-area-ai",
                "              by rule inverse, from:",
                "                sti:exampleTechnology owl:inverseOf sti:technologyArea",
                "                  asserted in the ontology",
                "                rx2-area-ai sti:exampleTechnology rx2-tech-llm",
                "                  asserted: from rx-plan-2 §2 lines 14–15 (table 2 row ②) [" + SOURCES + "rx-plan-2.yaml:59]"),
                r.lines());
    }

    @Test
    void givenAFundingAgencyOfAProgrammeFromTheLexicon_whenExplained_thenTheLexiconEntryIsItsSource() {
        Result r = explain("rx-agency engagedIn rx2-area-quantum");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "rx-agency sti:engagedIn rx2-area-quantum",
                "  by rule engagedIn, from:",
                "    rx-agency sti:runs rx-quantum-programme",
                "      by rule subProperty, from:",
                "        sti:funds rdfs:subPropertyOf sti:runs",
                "          asserted in the ontology",
                "        rx-agency sti:funds rx-quantum-programme",
                "          by rule inverseBack, from:",
                "            sti:funds owl:inverseOf sti:fundedBy",
                "              asserted in the ontology",
                "            rx-quantum-programme sti:fundedBy rx-agency",
                "              asserted: from the lexicon [" + LEXICON + "organisations.yaml:20]",
                "    rx-quantum-programme sti:contributesTo rx2-area-quantum",
                "      by rule contributesDirectly, from:",
                "        rx-quantum-programme sti:supports rx2-area-quantum",
                "          asserted: from rx-plan-2 §1 line 5 [" + SOURCES + "rx-plan-2.yaml:79]"),
                r.lines());
    }

    @Test
    void givenTheSameAreaInTwoEditions_whenExplained_thenTheMatchAndBothPlansOfTheSeriesAreShown() {
        Result r = explain("rx1-area-ai sti:sameAcrossEditions rx2-area-ai");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "rx1-area-ai sti:sameAcrossEditions rx2-area-ai",
                "  by rule sameAcrossEditionsByMatch, from:",
                "    rx1-area-ai skos:exactMatch rx2-area-ai",
                "      by rule exactMatchSymmetric, from:",
                "        rx2-area-ai skos:exactMatch rx1-area-ai",
                "          asserted: from rx-plan-2 §2 line 17 [" + SOURCES + "rx-plan-2.yaml:60]",
                "    rx1-area-ai sti:inPlan rx-plan-1-plan",
                "      by rule inPlanByScheme, from:",
                "        rx-plan-1-plan sti:technologyScheme rx1-scheme",
                "          asserted: from rx-plan-1 §1 line 4 [" + SOURCES + "rx-plan-1.yaml:18]",
                "        rx1-area-ai skos:inScheme rx1-scheme",
                "          asserted: from rx-plan-1 §2 line 11 (table 1 row 2) [" + SOURCES + "rx-plan-1.yaml:37]",
                "    rx2-area-ai sti:inPlan rx-plan-2-plan",
                "      by rule inPlanByScheme, from:",
                "        rx-plan-2-plan sti:technologyScheme rx2-scheme",
                "          asserted: from rx-plan-2 §1 line 4 [" + SOURCES + "rx-plan-2.yaml:21]",
                "        rx2-area-ai skos:inScheme rx2-scheme",
                "          asserted: from rx-plan-2 §2 lines 14–15 (table 2 row ②) [" + SOURCES + "rx-plan-2.yaml:57]",
                "    rx-plan-1-plan sti:inSeries rx-series",
                "      asserted: from rx-plan-1 §1 line 4 [" + SOURCES + "rx-plan-1.yaml:17]",
                "    rx-plan-2-plan sti:inSeries rx-series",
                "      asserted: from rx-plan-2 §1 line 4 [" + SOURCES + "rx-plan-2.yaml:19]"),
                r.lines());
    }

    @Test
    void givenAnAssertedTriple_whenExplained_thenItSaysAssertedWithItsSource() {
        Result r = explain("rx-quantum-programme sti:supports rx2-area-quantum");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("rx-quantum-programme sti:supports rx2-area-quantum",
                "  asserted: from rx-plan-2 §1 line 5 [" + SOURCES + "rx-plan-2.yaml:79]"), r.lines());
    }

    @Test
    void givenAnAxiomOfTheOntology_whenExplained_thenItSaysAssertedInTheOntology() {
        Result r = explain("sti:funds owl:inverseOf sti:fundedBy");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("sti:funds owl:inverseOf sti:fundedBy", "  asserted in the ontology"), r.lines());
    }

    @Test
    void givenFullIrisInsteadOfIdsAndPrefixedNames_whenExplained_thenTheExplanationIsTheSame() {
        Result bare = explain("rx-lab carriesOut rx2-measure-compute");
        Result full = explain("<https://w3id.org/stikg/id/rx-lab> <https://w3id.org/stikg/ontology#carriesOut> "
                + "<https://w3id.org/stikg/id/rx2-measure-compute> .");

        assertEquals(0, full.code(), full.err());
        assertEquals(bare.out(), full.out());
        assertEquals("rx-lab sti:carriesOut rx2-measure-compute", full.lines().get(0));
    }

    @Test
    void givenATripleThatNeitherHoldsNorFollows_whenExplained_thenItSaysSoAndExitsNonZero() {
        Result r = explain("rx-council sti:engagedIn rx2-area-quantum");

        assertEquals(1, r.code());
        assertEquals(List.of("rx-council sti:engagedIn rx2-area-quantum",
                "  does not hold: it is neither asserted nor inferred by the rules"), r.lines());
    }

    @Test
    void givenSomethingThatIsNotATriple_whenExplained_thenTheProblemIsNamedAndTheExitCodeIsNonZero() {
        Result unknownPrefix = explain("rx-council foo:engagedIn rx2-area-ai");
        Result twoTerms = explain("rx-council sti:engagedIn");

        assertEquals(1, unknownPrefix.code());
        assertTrue(unknownPrefix.err().contains("unknown prefix 'foo:'"), unknownPrefix.err());
        assertEquals(1, twoTerms.code());
        assertTrue(twoTerms.err().contains("expected a triple of three terms"), twoTerms.err());
    }

    @Test
    void givenRulesThatNoLongerDeriveWhatTheStoreHolds_whenExplained_thenANoteSaysTheStoreIsStale() {
        Explanation e;
        try (GraphStore store = new StoreLocation(dir.resolve("store")).open()) {
            DatasetGraph dsg = store.datasetGraph();
            e = Txn.calculateRead(dsg, () -> Explainer.ofStore(RuleSet.empty(), dsg, Graphs.standard(), Set.of(),
                    ReasonFixtures.ID + "lexicon").explain(ReasonFixtures.triple("rx-council sti:engagedIn rx2-area-ai")));
        }

        assertEquals(List.of("rx-council sti:engagedIn rx2-area-ai",
                "  does not hold: it is neither asserted nor inferred by the rules",
                "note: the store's inferred graph holds this triple, but the current rules and asserted graphs do not "
                        + "derive it: it was built from other rules or data (run ./stikg build)"),
                new ExplanationPrinter(TermFormat.standard(), Graphs.standard()).lines(e));
    }

    @Test
    void givenNoStoreYet_whenExplained_thenItSaysToBuildFirst() {
        Result r = run("explain", "--store", dir.resolve("nothing-here").toString(), "rx-council sti:runs rx-lab");

        assertEquals(stikg.cli.Main.UNAVAILABLE, r.code());
        assertTrue(r.err().contains("./stikg build"), r.err());
    }
}
