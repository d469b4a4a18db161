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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Graphs;
import stikg.vocab.Sti;

/**
 * Related technologies on the shipped data (the brief ../shared/seeds/000_35fc73cf533e72ef.txt; line numbers are
 * that file's): relatedness through a shared supporter only where the supporter is specific, with its strength
 * and its evidence, and {@code explain} following it down to the source lines. Areas are found by the labels the
 * brief prints.
 */
class RelatednessTest {

    private static final String PREFIXES = """
            PREFIX sti:  <https://w3id.org/stikg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    static Map<String, Graph> graphs;
    static Graph everything;
    static Graph inferred;

    @BeforeAll
    static void buildTheShippedData() {
        graphs = new GraphCompiler(BuildConfig.standard(ReasonFixtures.PROJECT), Clock.systemUTC()).compile().graphs();
        ReasonFixtures.Parts parts = ReasonFixtures.parts(graphs);
        everything = parts.everything();
        inferred = parts.inferred();
    }

    private static List<List<Node>> select(String query) {
        List<List<Node>> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(everything)).query(PREFIXES + query).build()) {
            List<String> vars = qe.getQuery().getResultVars();
            qe.select().forEachRemaining(b -> rows.add(vars.stream().map(b::get).toList()));
        }
        return rows;
    }

    /** The technology area the brief's table names {@code label} (Korean, as printed). */
    private static Node area(String label) {
        List<List<Node>> rows = select("SELECT ?a { ?a a sti:TechnologyArea ; skos:inScheme ?s ; rdfs:label \""
                + label + "\"@ko . ?plan sti:technologyScheme ?s }");
        assertEquals(1, rows.size(), label);
        return rows.get(0).get(0);
    }

    /** The six national strategic areas (line 133): the members of a category that is a sub-category. */
    private static Set<Node> nationalStrategic() {
        Set<Node> out = new TreeSet<>(CoSupport.Nodes.ORDER);
        select("SELECT ?a { ?a a sti:TechnologyArea ; sti:inCategory ?c . ?c sti:subCategoryOf ?d }")
                .forEach(r -> out.add(r.get(0)));
        assertEquals(6, out.size(), out.toString());
        return out;
    }

    @Test
    void givenMeasuresThatSupportEveryNationalStrategicArea_whenRelated_thenNoTwoAreasAreRelatedThroughThem() {
        // the supporters whose targets take in all six areas (lines 130-136, 270): the brief supports the six alike
        Set<Node> six = nationalStrategic();
        List<Node> wholesale = select("""
                SELECT ?s { ?s sti:supports ?x } GROUP BY ?s HAVING (COUNT(DISTINCT ?x) >= 6)""")
                .stream().map(r -> r.get(0)).toList();
        assertTrue(wholesale.size() >= 3, "measures that support every area: " + wholesale);

        List<String> through = new ArrayList<>();
        for (List<Node> r : select("SELECT ?rel ?e { ?rel a sti:CoSupport ; sti:evidence ?e }")) {
            if (wholesale.contains(r.get(1))) {
                through.add(r.get(0) + " rests on " + r.get(1));
            }
        }
        assertEquals(List.of(), through);
        // before, every two of the six were related; now only those a specific measure names together are
        int related = 0;
        for (Node a : six) {
            for (Node b : six) {
                if (!a.equals(b) && inferred.contains(a, Sti.term("coSupportedWith"), b)) {
                    related++;
                }
            }
        }
        assertEquals(6, related, "ordered pairs of the six areas supported together");
        assertFalse(inferred.contains(area("반도체·통신"), Sti.term("coSupportedWith"), area("우주")));
        assertFalse(inferred.contains(area("양자"), Sti.term("relatedTechnology"), area("핵융합에너지")));
    }

    @Test
    void givenAMeasureForAiQuantumAndBioOnly_whenRelated_thenEachTwoAreRelatedWithItsWeightAndItAsEvidence() {
        // line 213: strategic ties with allies in core technology areas such as AI, quantum and bio
        Node ai = area("AI·첨단로봇");
        Node quantum = area("양자");
        Node bio = area("바이오·헬스케어");
        List<List<Node>> rows = select("""
                SELECT ?a ?b ?strength ?evidence ?label {
                  ?rel a sti:CoSupport ; sti:relates ?a , ?b ; sti:strength ?strength ; sti:evidence ?evidence .
                  ?evidence rdfs:label ?label FILTER(lang(?label) = "en")
                  FILTER(STR(?a) < STR(?b))
                } ORDER BY ?a ?b""");
        List<String> got = rows.stream().map(r -> r.get(0).getURI() + " " + r.get(1).getURI() + " "
                + r.get(2).getLiteralLexicalForm() + " " + r.get(4).getLiteralLexicalForm()).toList();
        String why = "Strategic ties with allies in core technology areas";
        assertEquals(List.of(
                ai.getURI() + " " + quantum.getURI() + " 0.333 " + why,
                ai.getURI() + " " + bio.getURI() + " 0.333 " + why,
                quantum.getURI() + " " + bio.getURI() + " 0.333 " + why), got);
        assertTrue(inferred.contains(ai, Sti.term("relatedTechnology"), quantum));
        assertTrue(inferred.contains(quantum, Sti.term("relatedTechnology"), ai));
    }

    @Test
    void givenTwoAreasRelatedByASpecificMeasure_whenExplained_thenTheMeasureItsWeightAndTheSourceLinesArePrinted() {
        Graphs names = Graphs.standard();
        Explainer explainer = Explainer.ofGraphs(ReasonFixtures.rules(), graphs, names, ReasonFixtures.ID + "lexicon");
        Node ai = area("AI·첨단로봇");
        Node quantum = area("양자");
        Explanation e = explainer.explain(Triple.create(ai, Sti.term("coSupportedWith"), quantum));
        List<String> lines = new ExplanationPrinter(TermFormat.standard(), names).lines(e);
        String text = String.join("\n", lines);

        assertEquals(TermFormat.standard().node(ai) + " sti:coSupportedWith " + TermFormat.standard().node(quantum),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("  by derivation step coSupport: strength 0.333,"), text);
        assertTrue(lines.get(1).contains("jp7-m-allies-core-tech (supports 3 areas or technologies, weight 1/3)"), text);
        assertTrue(lines.contains("    jp7-m-allies-core-tech sti:concerns " + TermFormat.standard().node(ai)), text);
        assertTrue(lines.contains("    jp7-m-allies-core-tech sti:concerns " + TermFormat.standard().node(quantum)), text);
        // each premise down to the brief's line and the line of the curated file that records it
        long sourced = lines.stream().filter(l -> l.matches(".*asserted: from kistep-2026-jp-7th-sti-plan-brief .*line 213"
                + " \\[data/sources/kistep-2026-jp-7th-sti-plan-brief\\.yaml:\\d+\\]")).count();
        assertEquals(2, sourced, text);
        // the relation node explains the same way
        Node rel = NodeFactory.createURI(ai.getURI().replace("jp7-ta-12-ai-robotics", "relation/co-support/jp7-ta-12-ai-robotics--jp7-ta-13-quantum"));
        assertTrue(explainer.holds(Triple.create(rel, Sti.term("evidence"), select(
                "SELECT ?m { ?m rdfs:label \"Strategic ties with allies in core technology areas\"@en }").get(0).get(0))));
    }

    @Test
    void givenTheUsAndEuLists_whenCounterpartsAreChained_thenEachAreaHasItsCounterpartsWithStrengthOrIsSaidToHaveNone() {
        Node quantum = area("양자");
        List<String> quantumIn = select("SELECT DISTINCT ?x ?s ?e { ?r a sti:Counterpart ; sti:relates ?a , ?x ; "
                + "sti:strength ?s ; sti:evidence ?e FILTER(?a = <" + quantum.getURI() + "> && ?x != ?a) } ORDER BY ?x")
                .stream().map(r -> TermFormat.standard().node(r.get(0)) + " " + r.get(1).getLiteralLexicalForm() + " "
                        + TermFormat.standard().node(r.get(2))).toList();
        // data/links/jp7-mappings.ttl: area 13 is a close match of each list's quantum area
        assertEquals(List.of(
                "eu-critical-tech-2023/quantum 0.75 jp7-mapping/ta-13-quantum--eu-quantum",
                "us-nstc-cet-2024/quantum 0.75 jp7-mapping/ta-13-quantum--us-quantum"), quantumIn);
        // aviation reaches the US list only through a related match of its engines (0.25), and no EU area
        Node aviation = area("항공");
        assertTrue(select("SELECT ?r { ?r a sti:Counterpart ; sti:relates <" + aviation.getURI()
                + "> ; sti:strength 0.25 }").size() == 1);
        // the areas the curators mapped to nothing: 4 agri-food, 6 disaster resilience, 9 mobility, 10 ocean
        List<String> none = select("SELECT ?a ?l { ?a sti:noCounterpartIn ?l } ORDER BY ?a ?l").stream()
                .map(r -> TermFormat.standard().node(r.get(0)) + " " + TermFormat.standard().node(r.get(1))).toList();
        assertEquals(List.of(
                "jp7-ta-02-aviation eu-critical-tech-2023",
                "jp7-ta-04-agri-food eu-critical-tech-2023", "jp7-ta-04-agri-food us-nstc-cet-2024",
                "jp7-ta-06-disaster-resilience eu-critical-tech-2023", "jp7-ta-06-disaster-resilience us-nstc-cet-2024",
                "jp7-ta-09-mobility-logistics eu-critical-tech-2023", "jp7-ta-09-mobility-logistics us-nstc-cet-2024",
                "jp7-ta-10-ocean eu-critical-tech-2023", "jp7-ta-10-ocean us-nstc-cet-2024"), none);
    }
}
