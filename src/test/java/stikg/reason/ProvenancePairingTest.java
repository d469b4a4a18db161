package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.vocab.Graphs;

/**
 * Provenance that pairs (src/test/resources/stikg/reason/two-passages): a fact the brief states on line 3 and
 * again on line 9, recorded on lines 19 and 22 of the curated file, has one provenance node per passage, each
 * with its passage and its own file and line as structured values.
 */
class ProvenancePairingTest {

    private static final String FILE = "src/test/resources/stikg/reason/two-passages/sources/tp-brief.yaml";

    static Map<String, Graph> graphs;

    @BeforeAll
    static void build() {
        graphs = ReasonFixtures.compile("two-passages").graphs();
    }

    @Test
    void givenATripleStatedByTwoPassages_whenItsProvenanceIsRead_thenEachPassageHasItsOwnNodeAndLine() {
        Graph provenance = graphs.get(Graphs.standard().provenance("tp-brief"));
        List<String> rows = new ArrayList<>();
        String q = """
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX sti: <https://w3id.org/stikg/ontology#>
                SELECT ?st ?from ?file ?line WHERE {
                  ?st rdf:subject <https://w3id.org/stikg/id/tp-programme> ; rdf:predicate sti:supports ;
                      rdf:object <https://w3id.org/stikg/id/tp-area> ;
                      prov:wasDerivedFrom ?passage ; sti:curatedFile ?file ; sti:curatedLine ?line .
                  ?passage sti:lineStart ?from .
                } ORDER BY ?from""";
        List<String> nodes = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(provenance)).query(q).build()) {
            qe.select().forEachRemaining(b -> {
                nodes.add(b.get("st").getURI());
                rows.add("brief line " + b.get("from").getLiteralLexicalForm() + " <- " + b.get("file").getLiteralLexicalForm()
                        + " line " + b.get("line").getLiteralLexicalForm() + " ("
                        + b.get("line").getLiteralDatatypeURI().replace("http://www.w3.org/2001/XMLSchema#", "xsd:") + ")");
            });
        }

        assertEquals(List.of("brief line 3 <- " + FILE + " line 19 (xsd:integer)",
                "brief line 9 <- " + FILE + " line 22 (xsd:integer)"), rows);
        assertEquals(2, nodes.stream().distinct().count(), "one provenance node per passage: " + nodes);
    }

    @Test
    void givenATripleStatedByTwoPassages_whenExplained_thenEachPassageIsPrintedWithItsOwnLine() {
        Explainer explainer = Explainer.ofGraphs(ReasonFixtures.rules(), graphs, Graphs.standard(),
                ReasonFixtures.ID + "lexicon");
        Triple t = ReasonFixtures.triple("tp-programme sti:supports tp-area");
        List<String> lines = new ExplanationPrinter(TermFormat.standard(), Graphs.standard()).lines(explainer.explain(t));

        assertEquals(List.of("tp-programme sti:supports tp-area",
                "  asserted: from tp-brief §1 line 3 [" + FILE + ":19]",
                "  asserted: from tp-brief §1 line 9 [" + FILE + ":22]"), lines);
    }
}
