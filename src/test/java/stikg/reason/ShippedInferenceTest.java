package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/**
 * The rules over the real build: the shipped record of the 7th Basic Plan brief
 * (../shared/seeds/000_35fc73cf533e72ef.txt; line numbers below are that file's). Entities are found by what the
 * brief prints (labels, acronyms), not by the ids the curators chose.
 */
class ShippedInferenceTest {

    private static final String PREFIXES = """
            PREFIX sti:  <https://w3id.org/stikg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    /** The six national strategic areas the brief names on line 133. */
    private static final Set<String> NATIONAL_STRATEGIC = Set.of("AI·첨단로봇", "양자", "반도체·통신", "바이오·헬스케어",
            "핵융합에너지", "우주");

    static Map<String, Graph> graphs;
    static Graph asserted;
    static Graph inferred;
    static Graph everything;

    @BeforeAll
    static void buildTheShippedData() {
        graphs = new GraphCompiler(BuildConfig.standard(ReasonFixtures.PROJECT), Clock.systemUTC()).compile().graphs();
        ReasonFixtures.Parts parts = ReasonFixtures.parts(graphs);
        asserted = parts.asserted();
        inferred = parts.inferred();
        everything = parts.everything();
    }

    private static List<List<Node>> select(Graph g, String query) {
        List<List<Node>> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(g)).query(PREFIXES + query).build()) {
            List<String> vars = qe.getQuery().getResultVars();
            qe.select().forEachRemaining(b -> rows.add(vars.stream().map(b::get).toList()));
        }
        return rows;
    }

    private static final String AGENCIES_BY_NATIONAL_STRATEGIC_AREA = """
            SELECT DISTINCT ?label ?agency ?via WHERE {
              ?area a sti:TechnologyArea ; sti:inCategory ?category ; rdfs:label ?label FILTER(lang(?label) = "ko")
              ?category sti:subCategoryOf ?broader .
              ?agency sti:engagedIn ?area ; sti:runs ?via .
              ?via sti:contributesTo ?area .
            }""";

    @Test
    void givenTheShippedData_whenBuilt_thenTheRulesFindNoContradictionAndAddNoNoise() {
        // the build would have thrown on a contradiction; here: nothing trivial or already asserted was added
        List<String> noise = new ArrayList<>();
        inferred.find().forEachRemaining(t -> {
            Node o = t.getObject();
            boolean typing = t.getPredicate().equals(RDF.type.asNode())
                    && (o.equals(RDFS.Resource.asNode()) || o.equals(OWL2.Thing.asNode()));
            if (typing || t.getSubject().equals(o) || asserted.contains(t)) {
                noise.add(t.toString());
            }
        });
        assertEquals(List.of(), noise);
        assertTrue(inferred.size() > 1000, "inferred only " + inferred.size());
    }

    @Test
    void givenTheSixNationalStrategicAreas_whenAskedWhichAgenciesSupportEachAndThroughWhat_thenOnlyInferenceAnswersForEveryArea() {
        assertEquals(List.of(), select(asserted, AGENCIES_BY_NATIONAL_STRATEGIC_AREA));

        Set<String> answered = new TreeSet<>();
        select(everything, AGENCIES_BY_NATIONAL_STRATEGIC_AREA).forEach(r -> answered.add(r.get(0).getLiteralLexicalForm()));

        assertEquals(new TreeSet<>(NATIONAL_STRATEGIC), answered);
    }

    @Test
    void givenCstiWhichTheBriefSaysLeadsTheEndToEndSupport_whenItsEngagementInQuantumIsExplained_thenEveryFactBehindItIsTraced() {
        // line 134: government support for the national strategic areas is centred on CSTI
        List<List<Node>> found = select(everything, """
                SELECT ?csti ?quantum WHERE {
                  ?csti sti:acronym "CSTI" .
                  ?quantum a sti:TechnologyArea ; rdfs:label "양자"@ko ; sti:inCategory/sti:subCategoryOf ?broader .
                }""");
        assertEquals(1, found.size(), found.toString());
        Triple engaged = Triple.create(found.get(0).get(0), NodeFactory.createURI(Namespaces.STI + "engagedIn"),
                found.get(0).get(1));

        Explanation why = Explainer.ofGraphs(ReasonFixtures.rules(), graphs, Graphs.standard(), ReasonFixtures.ID + "lexicon")
                .explain(engaged);

        assertTrue(why.holds(), "CSTI is not engaged in quantum");
        assertFalse(why.asserted());
        List<String> untraced = new ArrayList<>();
        boolean cstiRunsSomething = false;
        for (Derivation.Asserted leaf : why.derivation().orElseThrow().assertedLeaves()) {
            boolean axiom = leaf.triple().getSubject().getURI().startsWith(Namespaces.STI)
                    || leaf.graphs().contains(Graphs.standard().ontology());
            if (!axiom && leaf.sources().stream().noneMatch(s -> s.lexicon() || s.lineStart() > 0)) {
                untraced.add(leaf.triple().toString());
            }
            cstiRunsSomething |= leaf.triple().getObject().equals(engaged.getSubject());
        }
        assertEquals(List.of(), untraced, "facts without a source line");
        assertTrue(cstiRunsSomething, "no fact links CSTI to a programme or measure:\n"
                + new ExplanationPrinter(TermFormat.standard(), Graphs.standard()).text(why));
    }

    @Test
    void givenTheTechnologyTable_whenInferred_thenQuantumComputingSharesItsAreaAndIsNationalStrategicThroughIt() {
        // lines 122 and 133: 양자컴퓨팅기술 is an example technology of 양자, one of the six national strategic areas
        List<List<Node>> rows = select(everything, """
                SELECT ?other WHERE {
                  ?qc rdfs:label "양자컴퓨팅기술"@ko ; sti:sharesAreaWith ?other ; sti:inCategory ?category .
                  ?category sti:subCategoryOf ?broader .
                }""");
        assertFalse(rows.isEmpty(), "양자컴퓨팅기술 shares no area or is not national strategic");
    }
}
