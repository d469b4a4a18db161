package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/** {@code export --user-graphs} writes exactly what a rebuild cannot make again, and it loads back through the service. */
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void givenAStoreWithAUserGraph_whenItsUserGraphsAreExportedAndPostedToAFreshStore_thenTheyAreRestored()
            throws Exception {
        Path store = dir.resolve("store");
        try (GraphStore s = Fixture.buildInto(store).open()) {
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:x:notes"),
                    NodeFactory.createURI("https://w3id.org/stikg/id/fx-agency"),
                    NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"),
                    NodeFactory.createLiteralString("checked by hand")));
        }
        Path backup = dir.resolve("user-graphs.trig");
        MainTest.Result r = MainTest.run("export", "--store", store.toString(), "--user-graphs", "--format", "trig",
                "--out", backup.toString());
        assertEquals(0, r.code(), r.err());
        DatasetGraph dumped = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dumped, backup.toString(), Lang.TRIG);
        List<org.apache.jena.graph.Node> names = new java.util.ArrayList<>();
        dumped.listGraphNodes().forEachRemaining(names::add);
        assertEquals(List.of(NodeFactory.createURI("urn:x:notes")), names, "the backup holds more or less than the user graphs");
        assertEquals(1, dumped.getGraph(NodeFactory.createURI("urn:x:notes")).size());

        Files.writeString(dir.resolve("passwd"), "admin: admin-pw\n");
        try (GraphStore fresh = Fixture.buildInto(dir.resolve("fresh")).open();
             StikgServer server = StikgServer.start(fresh, ServerConfig.defaults(Path.of("queries")).withPort(0)
                     .withPasswordFile(dir.resolve("passwd"), List.of("admin")), RuleSet.read(Path.of("ontology/rules")),
                     Graphs.standard(), "https://w3id.org/stikg/id/", List.of())) {
            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/stikg/data")).header("Content-Type", "application/trig")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofFile(backup)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(2, post.statusCode() / 100, post.body());
            String ask = "ASK { GRAPH <urn:x:notes> { <https://w3id.org/stikg/id/fx-agency> "
                    + "<http://www.w3.org/2000/01/rdf-schema#comment> \"checked by hand\" } }";
            HttpResponse<String> a = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    server.sparqlUrl() + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(a.body().contains("true"), a.body());
        }
    }
}
