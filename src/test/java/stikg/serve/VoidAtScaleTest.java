package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/**
 * With 10,000 user graphs, the anonymous VoID description stays bounded: the graphs the build makes and at most
 * 1,000 others are listed one by one (the rest are counted in the totals), and the description is computed once,
 * on the first request, then reused (and recomputed in the background after changes) rather than per request. The
 * times are printed, not asserted.
 */
class VoidAtScaleTest {

    @TempDir
    Path dir;

    @Test
    void givenTenThousandGraphs_whenVoidIsFetchedTwice_thenItIsBoundedAndComputedOnce() throws Exception {
        try (GraphStore store = Fixture.buildInto(dir.resolve("store")).open()) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                for (int i = 0; i < 10_000; i++) {
                    Node g = NodeFactory.createURI("urn:x-user:graph-" + i);
                    dsg.add(g, NodeFactory.createURI("urn:x-user:s" + i), RDF.type.asNode(),
                            NodeFactory.createURI("urn:x-user:Thing"));
                }
            });
            try (StikgServer server = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0),
                    RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/",
                    List.of())) {
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest get = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/.well-known/void"))
                        .header("Accept", "application/n-triples").build();
                long t0 = System.nanoTime();
                HttpResponse<String> first = http.send(get, HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                HttpResponse<String> second = http.send(get, HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                System.out.printf("VoID with 10,000 graphs: first %d ms, %d bytes; second %d ms%n",
                        (t1 - t0) / 1_000_000, first.body().length(), (t2 - t1) / 1_000_000);
                assertEquals(200, first.statusCode());
                assertEquals(first.body(), second.body(), "the second request reuses the description");
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(first.body(), Lang.NTRIPLES).parse(g);
                long listed = g.find(null, RDF.type.asNode(), NodeFactory.createURI(Namespaces.SD + "NamedGraph"))
                        .toList().size();
                assertTrue(listed >= 1000 && listed <= 1100, "named graphs listed: " + listed);
                assertTrue(first.body().contains("10") && first.body().contains("named graphs; the graphs the build"),
                        "the description says how many there are");
                assertTrue(first.body().contains("/stikg/get?default>"), "void:dataDump names the dump");
            }
        }
    }
}
