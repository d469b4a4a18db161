package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.query.Bindings;
import stikg.query.NamedQuery;
import stikg.query.QueryLibrary;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * Federation, offline: a second SPARQL endpoint on this machine (a plain Fuseki) serves a small Wikidata-shaped
 * sample, and the library's federated query joins the graph's Wikidata links with it through SERVICE, on a server
 * that allows that endpoint's host and port (localhost:PORT). A server that allows only query.wikidata.org refuses
 * the same call.
 */
class FederationTest {

    /** Wikidata-shaped: items with labels and descriptions as the Wikidata query service gives them. */
    private static final String SAMPLE = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <http://schema.org/> .
            wd:Q6005 rdfs:label "Cabinet Office"@en , "内閣府"@ja ; schema:description "Japanese government agency"@en .
            wd:Q1153275 rdfs:label "RIKEN"@en , "理化学研究所"@ja ; schema:description "Japanese research institute"@en .
            wd:Q4115189 rdfs:label "Wikidata Sandbox"@en .
            wd:Q42 rdfs:label "Douglas Adams"@en ; schema:description "not linked from the graph"@en .
            """;

    @TempDir
    static Path dir;

    static FusekiServer wikidataLike;
    static GraphStore store;
    static GraphStore otherStore;
    static StikgServer allowsLocalhost;
    static StikgServer allowsWikidataOnly;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Graph sample = GraphFactory.createDefaultGraph();
        RDFParser.fromString(SAMPLE, Lang.TURTLE).parse(sample);
        DatasetGraph wd = DatasetGraphFactory.createTxnMem();
        sample.find().forEachRemaining(t -> wd.getDefaultGraph().add(t));
        wikidataLike = FusekiServer.create().port(0).add("/wd", wd).build().start();

        store = LinkFixture.build(dir).open();
        // a store of its own: the server's settings live in its dataset's context, which a shared store would share
        otherStore = LinkFixture.build(dir.resolve("other")).open();
        RuleSet rules = RuleSet.read(Path.of("ontology/rules"));
        ServerConfig config = ServerConfig.defaults(Path.of("queries")).withPort(0);
        allowsLocalhost = StikgServer.start(store, config.withServiceHosts(List.of("localhost:" + wikidataLike.getHttpPort())), rules,
                Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
        allowsWikidataOnly = StikgServer.start(otherStore, config.withServiceHosts(List.of("query.wikidata.org")), rules,
                Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        allowsLocalhost.close();
        allowsWikidataOnly.close();
        store.close();
        otherStore.close();
        wikidataLike.stop();
    }

    private static String sampleEndpoint() {
        return "http://localhost:" + wikidataLike.getHttpPort() + "/wd/sparql";
    }

    /** The library query with its parameters in its VALUES blocks, as the web page sends it. */
    private static String libraryQuery(String name, Map<String, String> params) {
        NamedQuery q = QueryLibrary.read(Path.of("queries")).find(name).orElseThrow();
        return q.bound(Bindings.resolve(q, params)).serialize();
    }

    private static HttpResponse<String> post(StikgServer server, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenLocalhostAllowed_whenTheFederatedLibraryQueryRuns_thenTheGraphsWikidataLinksAreJoinedWithTheSample()
            throws Exception {
        String q = libraryQuery("wikidata-facts", Map.of("endpoint", "<" + sampleEndpoint() + ">"));

        HttpResponse<String> r = post(allowsLocalhost, q);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(String.join("\r\n",
                "qid,label,wikidataLabel,wikidataDescription,entity",
                "Q1153275,RIKEN,RIKEN,Japanese research institute,https://w3id.org/stikg/id/lk-riken",
                "Q4115189,Sandbox technology area,Wikidata Sandbox,,https://w3id.org/stikg/id/lk-area-sandbox",
                "Q6005,Cabinet Office,Cabinet Office,Japanese government agency,https://w3id.org/stikg/id/lk-cabinet-office",
                ""), r.body());
    }

    @Test
    void givenLocalhostAllowed_whenAHandWrittenQueryJoinsSameAsLinksInJapanese_thenOnlyLinkedItemsComeBack()
            throws Exception {
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?entity ?ja WHERE {
                  ?entity owl:sameAs ?item
                  SERVICE <%s> { ?item rdfs:label ?ja FILTER(lang(?ja) = "ja") }
                } ORDER BY ?entity""".formatted(sampleEndpoint());

        HttpResponse<String> r = post(allowsLocalhost, q);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("entity,ja\r\nhttps://w3id.org/stikg/id/lk-cabinet-office,内閣府\r\n"
                + "https://w3id.org/stikg/id/lk-riken,理化学研究所\r\n", r.body());
    }

    @Test
    void givenOnlyWikidatasHostAllowed_whenTheQueryCallsAnotherHost_thenItIsRefused() throws Exception {
        String q = libraryQuery("wikidata-facts", Map.of("endpoint", "<" + sampleEndpoint() + ">"));

        HttpResponse<String> r = post(allowsWikidataOnly, q);

        assertNotEquals(200, r.statusCode());
        assertTrue(r.body().contains("not on this server's allow-list [query.wikidata.org]"), r.body());
    }

    @Test
    void givenTheLibraryQuery_whenItsDefaultEndpointIsRead_thenItIsWikidatasPublicEndpoint() {
        NamedQuery q = QueryLibrary.read(Path.of("queries")).find("wikidata-facts").orElseThrow();
        assertEquals(NodeFactory.createURI("https://query.wikidata.org/sparql"),
                Bindings.resolve(q, Map.of()).get("endpoint"));
    }
}
