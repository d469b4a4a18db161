package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stikg.reason.ReasonFixtures.triple;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import stikg.diag.InvalidInputException;
import stikg.diag.Problem;

/**
 * The consistency rules: a contradiction fails the build with a message that names the entity, what is wrong,
 * the rule, and every fact behind it with the file and line that records it.
 */
class ConsistencyTest {

    private static final String DIR = "src/test/resources/stikg/reason/";

    private static Problem onlyProblem(String set) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReasonFixtures.compile(set));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void givenAnEntityRecordedAsBothATechnologyAreaAndATechnology_whenBuilt_thenTheBuildFailsNamingBothFacts() {
        Problem p = onlyProblem("disjoint");

        String file = DIR + "disjoint/sources/dx-brief.yaml";
        assertEquals(file + ":10", p.location().toString());
        assertEquals("inconsistent: dx-robotics is an instance of both sti:Technology and sti:TechnologyArea, which are "
                + "disjoint classes (rule disjointClasses; from: dx-robotics rdf:type sti:TechnologyArea [" + file + ":10]; "
                + "dx-robotics rdf:type sti:Technology [" + file + ":14])", p.message());
    }

    @Test
    void givenTwoPlansOfOneSeriesThatAreBothItsFirstEdition_whenBuilt_thenTheBuildFailsNamingTheSeriesAndBothPlans() {
        Problem p = onlyProblem("same-edition");

        String file = DIR + "same-edition/sources/sx-plans.yaml";
        assertEquals(file + ":14", p.location().toString());
        assertEquals("inconsistent: sx-series has two plans that are both edition 1 (rule sameEditionTwice; from: "
                + "sx-plan-a sti:edition 1 [" + file + ":14]; sx-plan-a sti:inSeries sx-series [" + file + ":15]; "
                + "sx-plan-b sti:edition 1 [" + file + ":20]; sx-plan-b sti:inSeries sx-series [" + file + ":21])",
                p.message());
        assertTrue(p.toString().startsWith(file + ":14: inconsistent: sx-series"), p.toString());
    }

    @Test
    void givenOnePlanThatTwoDocumentsGiveDifferentEditions_whenBuilt_thenTheBuildFailsNamingTheEditionAndWhereItIsWritten() {
        // the shapes see this before the rules do (sti:edition has sh:maxCount 1); the rules are the second line
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReasonFixtures.compile("two-editions"));

        assertTrue(e.getMessage().contains("two-editions/sources/tx-"), e.getMessage());
        assertTrue(e.getMessage().contains("edition"), e.getMessage());
    }

    @Test
    void givenAPlanWithTwoEditionsAndNoShapes_whenInferred_thenTheFunctionalPropertyRuleReportsBothValues() {
        Graph g = ReasonFixtures.ontologyAnd("turtle/two-editions.ttl");

        Materializer.Inference inference = new Materializer(ReasonFixtures.rules()).infer(g);

        assertEquals(List.of("inconsistent: tt-plan has more than one value for sti:edition, which allows only one "
                + "(rule functionalProperty; from: tt-plan sti:edition 1; tt-plan sti:edition 2)"),
                inference.contradictions());
        assertTrue(inference.graph().find(null, triple("tt-plan a sti:Plan").getPredicate(), null).hasNext(),
                "the inferred graph is still computed");
    }

    @Test
    void givenAFigureThatIsBothATargetAndAnActual_whenInferred_thenTheDisjointnessIsReported() {
        Materializer.Inference inference = new Materializer(ReasonFixtures.rules())
                .infer(ReasonFixtures.ontologyAnd("turtle/target-and-actual.ttl"));

        assertEquals(List.of("inconsistent: tt-figure is an instance of both sti:Actual and sti:Target, which are "
                + "disjoint classes (rule disjointClasses; from: tt-figure rdf:type sti:Actual; tt-figure rdf:type sti:Target)"),
                inference.contradictions());
    }

    @Test
    void givenCategoriesAndProgrammesThatLoop_whenInferred_thenEachMemberOfTheCycleIsReported() {
        Materializer.Inference inference = new Materializer(ReasonFixtures.rules())
                .infer(ReasonFixtures.ontologyAnd("turtle/cycles.ttl"));

        List<String> heads = inference.contradictions().stream().map(c -> c.substring(0, c.indexOf(" (rule"))).toList();
        assertEquals(List.of(
                "inconsistent: tt-cat-a is a sub-category of itself: the sti:subCategoryOf links form a cycle",
                "inconsistent: tt-cat-b is a sub-category of itself: the sti:subCategoryOf links form a cycle",
                "inconsistent: tt-programme-a is part of itself: the sti:partOf links form a cycle",
                "inconsistent: tt-programme-b is part of itself: the sti:partOf links form a cycle",
                "inconsistent: tt-programme-c is part of itself: the sti:partOf links form a cycle"), heads);
    }

    @Test
    void givenAConsistentGraph_whenBuilt_thenNothingIsReportedAndTheInferredGraphIsReturned() {
        Materializer.Inference inference = new Materializer(ReasonFixtures.rules())
                .infer(ReasonFixtures.ontologyAnd("turtle/part-of.ttl"));

        assertEquals(List.of(), inference.contradictions());
        assertTrue(inference.graph().contains(triple("tt-subprogramme sti:partOf tt-mission")));
        assertTrue(inference.graph().contains(triple("tt-mission dct:hasPart tt-subprogramme")));
        assertTrue(inference.graph().contains(triple("tt-mission sti:contributesTo tt-area")));
        assertTrue(inference.graph().contains(triple("tt-ministry sti:engagedIn tt-area")));
    }
}
