package stikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import stikg.diag.InvalidInputException;

class BindingsTest {

    private static final NamedQuery LABELS = new NamedQuery("labels", Map.of("en", "Labels in a language"), Map.of(),
            List.of(new Parameter("lang", "\"en\"", "label language")), false, """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s ?l WHERE { VALUES ?lang { "en" } ?s rdfs:label ?l FILTER(lang(?l) = ?lang) }""");

    private static DatasetGraph data() {
        var g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:ex:a"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("양자", "ko"));
        g.add(NodeFactory.createURI("urn:ex:a"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Quantum", "en"));
        return DatasetGraphFactory.wrap(g);
    }

    private static List<String> run(Map<String, String> params) {
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryRunner.prepare(data(), LABELS, params)) {
            qe.select().forEachRemaining(b -> out.add(b.get("l").getLiteralLexicalForm()));
        }
        return out;
    }

    @Test
    void givenNoValue_whenRun_thenTheDefaultIsBound() {
        assertEquals(List.of("Quantum"), run(Map.of()));
    }

    @Test
    void givenAPlainWord_whenBound_thenItIsAStringLiteral() {
        assertEquals(List.of("양자"), run(Map.of("lang", "ko")));
    }

    @Test
    void givenAValueThatTriesToRewriteTheQuery_whenBound_thenItIsOnlyALiteralAndMatchesNothing() {
        String attack = "en\") || true || (\"";
        assertEquals(List.of(), run(Map.of("lang", attack)));
        String closing = "ko\" } UNION { ?s ?p ?l } #";
        assertEquals(List.of(), run(Map.of("lang", closing)));
        Node n = Bindings.term(closing);
        assertTrue(n.isLiteral());
        assertEquals(closing, n.getLiteralLexicalForm());
    }

    @Test
    void givenTermsInSparqlSyntax_whenBound_thenTheyAreIrisTypedLiteralsAndPrefixedNames() {
        assertTrue(Bindings.term("<https://w3id.org/stikg/id/jst>").isURI());
        assertEquals("https://w3id.org/stikg/ontology#Plan", Bindings.term("sti:Plan").getURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", Bindings.term("7").getLiteralDatatypeURI());
        assertEquals("ko", Bindings.term("\"양자\"@ko").getLiteralLanguage());
        assertTrue(Bindings.term("nope:thing").isLiteral());
    }

    @Test
    void givenAnUnknownParameter_whenBound_thenTheErrorListsTheKnownOnes() {
        var e = assertThrows(InvalidInputException.class, () -> Bindings.resolve(LABELS, Map.of("language", "ko")));
        assertTrue(e.getMessage().contains("no parameter 'language'"));
        assertTrue(e.getMessage().contains("[lang]"));
    }

    @Test
    void givenTheShippedLibrary_whenRead_thenEveryQueryHasAnEnglishAndKoreanTitleAndParses() {
        QueryLibrary library = QueryLibrary.read(Path.of("queries"));
        for (NamedQuery q : library.queries()) {
            assertTrue(q.titles().containsKey("en") && q.titles().containsKey("ko"), q.name() + " lacks a title");
            assertTrue(q.descriptions().containsKey("en") && q.descriptions().containsKey("ko"),
                    q.name() + " lacks a description");
        }
    }
}
