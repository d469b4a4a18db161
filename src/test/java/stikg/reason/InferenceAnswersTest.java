package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static stikg.reason.ReasonFixtures.triple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * What the rules conclude on Researchland (src/test/resources/stikg/reason/editions): two editions of one plan
 * series, agencies that own, fund, lead or carry out programmes and a measure, a national strategic category
 * under an emerging-and-foundational one, and a dual-use programme.
 */
class InferenceAnswersTest {

    private static final String PREFIXES = """
            PREFIX sti:  <https://w3id.org/stikg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX id:   <https://w3id.org/stikg/id/>
            """;

    static Graph asserted;
    static Graph inferred;
    static Graph everything;

    @BeforeAll
    static void buildResearchland() {
        Map<String, Graph> graphs = ReasonFixtures.compile("editions").graphs();
        ReasonFixtures.Parts parts = ReasonFixtures.parts(graphs);
        asserted = parts.asserted();
        inferred = parts.inferred();
        everything = parts.everything();
    }

    /** Rows of a SELECT, each as its values (bare ids for instances) joined by " | ". */
    private static List<String> select(Graph g, String query) {
        List<String> rows = new ArrayList<>();
        TermFormat f = TermFormat.standard();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(g)).query(PREFIXES + query).build()) {
            List<String> vars = qe.getQuery().getResultVars();
            qe.select().forEachRemaining(b -> rows.add(String.join(" | ",
                    vars.stream().map(v -> f.node(b.get(v))).toList())));
        }
        return rows;
    }

    private static void assertInferred(String t) {
        assertTrue(inferred.contains(triple(t)), "not inferred: " + t);
    }

    private static void assertDoesNotHold(String t) {
        assertFalse(everything.contains(triple(t)), "should not hold: " + t);
    }

    @Test
    void givenResearchland_whenAskedWhichAgenciesSupportEachNationalStrategicAreaAndThroughWhat_thenOnlyInferenceAnswers() {
        String question = """
                SELECT ?area ?agency ?role ?via WHERE {
                  ?area a sti:TechnologyArea ; sti:inCategory ?category .
                  ?category sti:subCategoryOf ?broader .
                  ?agency sti:engagedIn ?area ; sti:runs ?via .
                  ?via sti:contributesTo ?area .
                  VALUES ?role { sti:owns sti:funds sti:leads sti:carriesOut }
                  ?agency ?role ?via .
                } ORDER BY ?area ?agency ?role ?via""";

        assertEquals(List.of(), select(asserted, question), "the asserted facts alone answer nothing");
        assertEquals(List.of(
                "rx2-area-ai | rx-council | sti:leads | rx2-measure-compute",
                "rx2-area-ai | rx-lab | sti:carriesOut | rx2-measure-compute",
                "rx2-area-quantum | rx-agency | sti:funds | rx-quantum-programme",
                "rx2-area-quantum | rx-agency | sti:funds | rx-security-programme",
                "rx2-area-quantum | rx-ministry | sti:owns | rx-quantum-programme"), select(everything, question));
    }

    @Test
    void givenAMeasureThatUsesAProgrammeSupportingATechnology_whenInferred_thenItsLeaderIsEngagedInTheTechnologyAndItsArea() {
        assertInferred("rx2-measure-compute sti:contributesTo rx2-tech-llm");
        assertInferred("rx2-measure-compute sti:contributesTo rx2-area-ai");
        assertInferred("rx-council sti:engagedIn rx2-tech-llm");
        assertInferred("rx-council sti:engagedIn rx2-area-ai");
        assertDoesNotHold("rx-council sti:engagedIn rx2-area-quantum");
        assertDoesNotHold("rx-compute-programme sti:contributesTo rx2-area-quantum");
    }

    @Test
    void givenProgrammeOwnersFundersLeadersAndImplementers_whenInferred_thenEachRunsWhatItIsLinkedTo() {
        assertInferred("rx-ministry sti:owns rx-quantum-programme");
        assertInferred("rx-agency sti:funds rx-quantum-programme");
        assertInferred("rx-council sti:leads rx2-measure-compute");
        assertInferred("rx-lab sti:carriesOut rx2-measure-compute");
        for (String org : List.of("rx-ministry sti:runs rx-quantum-programme", "rx-agency sti:runs rx-quantum-programme",
                "rx-agency sti:runs rx-security-programme", "rx-council sti:runs rx2-measure-compute",
                "rx-lab sti:runs rx2-measure-compute")) {
            assertInferred(org);
        }
        assertDoesNotHold("rx-ministry sti:runs rx-security-programme");
    }

    @Test
    void givenNationalStrategicIsASubCategoryOfEmergingAndFoundational_whenInferred_thenItsAreasAndTheirTechnologiesAreInBoth() {
        assertInferred("rx2-area-quantum sti:inCategory rx2-cat-emerging");
        assertInferred("rx2-tech-qc sti:inCategory rx2-cat-strategic");
        assertInferred("rx2-tech-qc sti:inCategory rx2-cat-emerging");
        assertInferred("rx2-tech-satcom sti:inCategory rx2-cat-emerging");
        assertInferred("rx2-cat-emerging skos:member rx2-area-quantum");
        assertInferred("rx2-cat-strategic skos:member rx2-tech-llm");
        assertDoesNotHold("rx2-area-space sti:inCategory rx2-cat-strategic");
        assertDoesNotHold("rx2-tech-satcom sti:inCategory rx2-cat-strategic");
    }

    @Test
    void givenExampleTechnologies_whenInferred_thenBroaderAndNarrowerHoldBothWaysAndTransitively() {
        assertInferred("rx2-tech-qc sti:technologyArea rx2-area-quantum");
        assertInferred("rx2-tech-qc skos:broader rx2-area-quantum");
        assertInferred("rx2-tech-qc skos:broaderTransitive rx2-area-quantum");
        assertInferred("rx2-area-quantum skos:narrowerTransitive rx2-tech-qc");
        assertInferred("rx-ministry org:hasSubOrganization rx-agency");
        assertInferred("rx-plan-1-plan sti:successor rx-plan-2-plan");
    }

    @Test
    void givenTechnologiesOfOneAreaOneProgrammeOrOneDualUseConcern_whenInferred_thenTheyAreRelatedAndSaysWhy() {
        assertInferred("rx2-tech-qc sti:sharesAreaWith rx2-tech-qs");
        assertInferred("rx2-tech-qs sti:sharesAreaWith rx2-tech-qc");
        assertInferred("rx2-area-quantum sti:coSupportedWith rx2-area-space");
        assertInferred("rx2-tech-qs sti:dualUseConcern rx-security-programme");
        assertInferred("rx2-tech-qs sti:sharesDualUseConcernWith rx2-tech-satcom");
        for (String pair : List.of("rx2-tech-qc rx2-tech-qs", "rx2-area-quantum rx2-area-space", "rx2-tech-satcom rx2-tech-qs")) {
            String[] ids = pair.split(" ");
            assertInferred(ids[0] + " sti:relatedTechnology " + ids[1]);
            assertInferred(ids[1] + " sti:relatedTechnology " + ids[0]);
        }
        assertDoesNotHold("rx2-tech-qc sti:relatedTechnology rx2-tech-llm");
        assertDoesNotHold("rx2-tech-qc sti:dualUseConcern rx-security-programme");
    }

    @Test
    void givenTwoEditionsOfOneSeries_whenInferred_thenTheSameAreaIsMatchedByExactMatchOrBySameKindAndLabel() {
        assertInferred("rx1-area-ai sti:sameAcrossEditions rx2-area-ai"); // skos:exactMatch, different labels
        assertInferred("rx2-area-ai sti:sameAcrossEditions rx1-area-ai");
        // the same label: a heuristic, concluded apart and marked so
        assertInferred("rx1-area-quantum sti:probablySameAcrossEditions rx2-area-quantum");
        assertInferred("rx1-tech-qc sti:probablySameAcrossEditions rx2-tech-qc");
        assertDoesNotHold("rx1-area-quantum sti:sameAcrossEditions rx2-area-quantum");
        assertTrue(ReasonFixtures.ontology().contains(triple("sti:probablySameAcrossEditions sti:heuristic true")));
        assertDoesNotHold("rx1-area-quantum sti:probablySameAcrossEditions rx2-tech-qc");
        assertDoesNotHold("rx2-area-space sti:probablySameAcrossEditions rx1-area-quantum");
        assertInferred("rx2-measure-compute sti:inPlan rx-plan-2-plan");
        assertInferred("rx-compute-programme sti:inPlan rx-plan-2-plan");
        assertInferred("rx2-tech-llm sti:inPlan rx-plan-2-plan");
        assertInferred("rx1-tech-qc sti:inPlan rx-plan-1-plan");
    }

    @Test
    void givenAnAreaMatchedAcrossEditions_whenItsSupportChanged_thenTheNewSupportersAreNamedAndExplained() {
        // rx1-area-ai is rx2-area-ai (skos:exactMatch); in the 2nd plan the compute measure and its programme
        // contribute to it (through a technology of the area), in the 1st nothing does
        assertInferred("rx2-area-ai sti:supportChangedSince rx1-area-ai");
        assertInferred("rx2-area-ai sti:newSupporter rx2-measure-compute");
        assertInferred("rx2-area-ai sti:newSupporter rx-compute-programme");
        assertDoesNotHold("rx2-area-ai sti:droppedSupporter rx2-measure-compute");
        // the areas matched only by label are not compared: the heuristic match is no premise
        assertDoesNotHold("rx2-area-quantum sti:supportChangedSince rx1-area-quantum");
        Explainer explainer = Explainer.ofGraphs(ReasonFixtures.rules(), ReasonFixtures.compile("editions").graphs(),
                stikg.vocab.Graphs.standard(), ReasonFixtures.ID + "lexicon");
        List<String> lines = new ExplanationPrinter(TermFormat.standard(), stikg.vocab.Graphs.standard())
                .lines(explainer.explain(triple("rx2-area-ai sti:newSupporter rx-compute-programme")));
        assertTrue(lines.get(1).startsWith("  by derivation step supportChange: rx2-area-ai (edition 2) is rx1-area-ai (edition 1)"),
                String.join("\n", lines));
        assertTrue(lines.contains("    rx-compute-programme sti:contributesTo rx2-area-ai"), String.join("\n", lines));
    }

    @Test
    void givenTheInferredGraph_whenInspected_thenItHoldsNoNoiseNoAssertedTripleNoWorkingKeyAndNoContradiction() {
        List<String> noise = new ArrayList<>();
        inferred.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (t.getPredicate().equals(RDF.type.asNode()) && (o.equals(RDFS.Resource.asNode()) || o.equals(OWL2.Thing.asNode()))) {
                noise.add("typing: " + t);
            }
            if (t.getSubject().equals(o)) {
                noise.add("reflexive: " + t);
            }
            if (asserted.contains(t)) {
                noise.add("already asserted: " + t);
            }
            if (t.getPredicate().equals(Sti.inconsistency)) {
                noise.add("contradiction: " + t);
            }
            if (t.getPredicate().getURI().startsWith(RuleSet.WORKING_NAMESPACE)) {
                noise.add("the rules' working memory: " + t);
            }
        });
        assertEquals(List.of(), noise);
        assertTrue(inferred.size() > 100, "inferred only " + inferred.size());
    }

    @Test
    void givenEveryStikgTermTheRulesConclude_whenLookedUpInTheOntology_thenItIsDeclared() {
        Graph ontology = ReasonFixtures.ontology();
        List<String> undeclared = new ArrayList<>();
        inferred.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.getURI().startsWith(Namespaces.STI) && !ontology.contains(p, RDF.type.asNode(), Node.ANY)) {
                undeclared.add(p.getURI());
            }
        });
        assertEquals(List.of(), undeclared.stream().distinct().toList());
        Triple sample = triple("sti:engagedIn rdf:type owl:ObjectProperty");
        assertTrue(ontology.contains(sample));
    }
}
