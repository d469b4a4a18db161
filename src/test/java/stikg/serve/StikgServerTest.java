package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/** The service over HTTP, as clients see it: a real Fuseki over a real TDB2 store built from the fixture. */
class StikgServerTest {

    private static final String PREFIXES = "PREFIX sti: <https://w3id.org/stikg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX text: <http://jena.apache.org/text#> "
            + "PREFIX id: <https://w3id.org/stikg/id/> ";
    private static final int ROW_CAP = 50;

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;
    static GraphStore readOnlyStore;
    static StikgServer readOnly;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "admin: admin-pw\nreader: reader-pw\n");
        store = Fixture.buildInto(dir.resolve("store")).open();
        ServerConfig config = ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("admin")).withTimeout(Duration.ofSeconds(2)).withRowCap(ROW_CAP)
                .withCorsOrigins(List.of("https://app.example.org"))
                .withCorsWriteOrigins(List.of("https://app.example.org"));
        server = StikgServer.start(store, config, RuleSet.read(Path.of("ontology/rules")), Graphs.standard(),
                "https://w3id.org/stikg/id/", List.of());
        readOnlyStore = Fixture.buildInto(dir.resolve("store2")).open();
        readOnly = StikgServer.start(readOnlyStore, ServerConfig.defaults(Path.of("queries")).withPort(0),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        readOnly.close();
        readOnlyStore.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        return get("/stikg/sparql?query=" + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8), accept);
    }

    /** A fresh client per write: Jetty closes a connection after refusing a body it did not read. */
    private static HttpResponse<String> update(StikgServer target, String user, String password, String sparqlUpdate)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/stikg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + sparqlUpdate));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenASelect_whenSentByGetAndByBothPostEncodings_thenEachAnswers() throws Exception {
        String q = PREFIXES + "SELECT ?l { id:fx-area-quantum rdfs:label ?l FILTER(lang(?l) = 'en') }";
        assertTrue(query("SELECT ?l { id:fx-area-quantum rdfs:label ?l FILTER(lang(?l) = 'en') }", "text/csv").body()
                .contains("Quantum"));
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        assertEquals(200, direct.statusCode());
        assertEquals(form.body(), direct.body());
        assertTrue(direct.body().contains("Quantum"));
    }

    @Test
    void givenResultFormatsInAccept_whenQueried_thenEachFormatIsReturned() throws Exception {
        String select = "SELECT ?s { ?s a sti:TechnologyArea } ORDER BY ?s";
        assertTrue(query(select, "application/sparql-results+json").body().contains("\"bindings\""));
        assertTrue(query(select, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(query(select, "text/csv").body().startsWith("s\r\n"));
        assertTrue(query(select, "text/tab-separated-values").body().startsWith("?s"));
        String construct = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a sti:Technology ; rdfs:label ?l }";
        for (String[] c : new String[][] {{"text/turtle", "TURTLE"}, {"application/n-triples", "N-Triples"},
            {"application/ld+json", "JSON-LD"}, {"application/rdf+xml", "RDF/XML"}}) {
            HttpResponse<String> r = query(construct, c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[0]), c[0]);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[1])).parse(g);
            assertEquals(7, g.size(), c[0]);
        }
    }

    @Test
    void givenTheUnionDefaultGraph_whenANamedGraphIsAsked_thenItIsAddressableByQueryAndGraphStore() throws Exception {
        assertTrue(query("SELECT ?s { GRAPH <https://w3id.org/stikg/graph/lexicon> { ?s a sti:Ministry } }", "text/csv")
                .body().contains("fx-ministry"));
        HttpResponse<String> gsp = get("/stikg/get?graph=" + URLEncoder.encode(
                "https://w3id.org/stikg/graph/lexicon", StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, gsp.statusCode());
        assertTrue(gsp.body().contains("Ministry of Examples"));
    }

    @Test
    void givenAPasswordFile_whenUpdating_thenAnonymousIs401AReaderIs403AndAWriterSucceeds() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:ex:auth> { id:fx-agency rdfs:comment \"checked\" } }";
        HttpResponse<String> anon = update(server, null, null, insert);
        assertEquals(401, anon.statusCode());
        assertTrue(anon.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
        assertEquals(401, update(server, "admin", "wrong", insert).statusCode());
        assertEquals(403, update(server, "reader", "reader-pw", insert).statusCode());
        assertEquals(200, update(server, "admin", "admin-pw", insert).statusCode() / 100 * 100);
        assertTrue(query("ASK { GRAPH <urn:ex:auth> { id:fx-agency rdfs:comment \"checked\" } }", "text/csv").body()
                .contains("true"));
    }

    @Test
    void givenNoPasswordFile_whenUpdating_thenWritesAreOffEntirely() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:ex:w> { id:fx-agency rdfs:comment \"x\" } }";
        assertNotEquals(2, update(readOnly, null, null, insert).statusCode() / 100);
        assertNotEquals(2, update(readOnly, "admin", "admin-pw", insert).statusCode() / 100);
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(readOnly.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + insert)).build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(2, viaQuery.statusCode() / 100);
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                readOnly.baseUrl() + "/stikg/data?graph=urn:ex:w")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:a> <urn:ex:b> <urn:ex:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(2, put.statusCode() / 100);
    }

    @Test
    void givenAPathologicalQuery_whenItRunsPastTheTimeout_thenTheServerStopsItWith503() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "text/csv");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 20, "the query was not stopped: it ran " + seconds + " s");
    }

    @Test
    void givenASecondServerOverTheSameStore_whenItHasOtherLimits_thenEachServerKeepsItsOwn() throws Exception {
        // the second server allows SERVICE and waits 60 s: neither may leak into the first one
        try (StikgServer second = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withTimeout(Duration.ofSeconds(60)).withServiceHosts(List.of("127.0.0.1:9")),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/", List.of())) {
            long start = System.nanoTime();
            HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                    "text/csv");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 20, "the first server took the second one's timeout: the query ran " + seconds + " s");
            HttpResponse<String> service = query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                    "text/csv");
            assertTrue(service.body().contains("not on this server's allow-list"), service.body());
        }
    }

    @Test
    void givenAQueryAskingForMoreRowsThanTheCap_whenRun_thenOnlyTheCapIsReturnedAndTheAnswerSaysSo()
            throws Exception {
        HttpResponse<String> capped = query("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 100000", "text/csv");
        assertEquals(ROW_CAP, capped.body().split("\r\n").length - 1);
        assertEquals(String.valueOf(ROW_CAP), capped.headers().firstValue("Stikg-Result-Truncated").orElse(""));
        HttpResponse<String> small = query("SELECT ?s { ?s a sti:Technology }", "text/csv");
        assertEquals(3, small.body().split("\r\n").length - 1);
        assertFalse(small.headers().firstValue("Stikg-Result-Truncated").isPresent());
        HttpResponse<String> exact = query("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT " + ROW_CAP, "text/csv");
        assertEquals(ROW_CAP, exact.body().split("\r\n").length - 1);
        assertFalse(exact.headers().firstValue("Stikg-Result-Truncated").isPresent(), "the client asked for no more");
    }

    @Test
    void givenAnswersOfEveryShape_whenWritten_thenEachResponseBufferIsOneTheServersPoolKeeps() throws Exception {
        // a buffer larger than the pool keeps is allocated, zeroed and freed for every response: for a small answer
        // that was most of the server's work
        ArrayByteBufferPool pool = (ArrayByteBufferPool) server.jetty().getByteBufferPool();
        pool.setStatisticsEnabled(true);
        assertEquals(200, query("ASK {}", "application/sparql-results+json").statusCode());
        assertEquals(200, query("SELECT * { ?s ?p ?o }", "application/sparql-results+json").statusCode());
        assertEquals(200, query("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle").statusCode());
        assertEquals(200, get("/stikg/get?default", "application/n-triples").statusCode());
        assertEquals(Map.of(), pool.getNoBucketDirectAcquires(), "native buffers by size: count, outside the pool");
        assertEquals(Map.of(), pool.getNoBucketHeapAcquires(), "heap buffers by size: count, outside the pool");
    }

    @Test
    void givenAConstructOfEverything_whenRun_thenItIsCappedInTriplesAndTheAnswerSaysSo() throws Exception {
        // a template of three triples per row: a row cap would let three times the cap through
        HttpResponse<String> r = query("CONSTRUCT { ?s ?p ?o . ?s <urn:x:a> ?o . ?s <urn:x:b> ?p } WHERE { ?s ?p ?o }",
                "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(ROW_CAP, r.body().lines().filter(l -> !l.isBlank()).count());
        assertEquals(String.valueOf(ROW_CAP), r.headers().firstValue("Stikg-Result-Truncated").orElse(""));
        HttpResponse<String> describe = query("DESCRIBE ?s WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(ROW_CAP, describe.body().lines().filter(l -> !l.isBlank()).count());
        assertEquals(String.valueOf(ROW_CAP), describe.headers().firstValue("Stikg-Result-Truncated").orElse(""));
    }

    @Test
    void givenAnEmptyAllowList_whenAQueryCallsService_thenItIsRefusedAndNothingIsFetched() throws Exception {
        HttpResponse<String> r = query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "text/csv");
        assertNotEquals(200, r.statusCode());
        assertTrue(r.body().contains("not on this server's allow-list"), r.body());
    }

    @Test
    void givenABrowserOrigin_whenItSendsACorsPreflightToAnyEndpoint_thenOnlyTheConfiguredOriginIsAllowed()
            throws Exception {
        // a preflight carries no credentials, also before a write
        for (String path : List.of("/stikg/sparql", "/stikg/query", "/stikg/get", "/stikg/update", "/stikg/data",
                "/.well-known/void")) {
            assertEquals("https://app.example.org", preflight(path, "https://app.example.org", "POST")
                    .headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertFalse(preflight(path, "https://evil.example.com", "POST")
                    .headers().firstValue("Access-Control-Allow-Origin").isPresent(), path);
        }
    }

    @Test
    void givenABrowserOrigin_whenItReadsAnswersDocumentsAndGraphs_thenTheResponsesAllowItAndNoOtherOrigin()
            throws Exception {
        for (String path : List.of("/stikg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "/stikg/get?graph=" + URLEncoder.encode(Graphs.standard().inferred(), StandardCharsets.UTF_8),
                "/.well-known/void")) {
            HttpResponse<String> allowed = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Origin", "https://app.example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, allowed.statusCode(), path);
            assertEquals("https://app.example.org",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Origin", "https://evil.example.com").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path);
        }
    }

    @Test
    void givenAPageOnAnAllowedOrigin_whenAWriterSendsAnUpdateAfterThePreflight_thenItSucceedsAndAnonymousStillCannot()
            throws Exception {
        String insert = PREFIXES + "INSERT DATA { GRAPH <urn:ex:cors> { id:fx-agency rdfs:comment \"from a page\" } }";
        HttpRequest.Builder write = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/update"))
                .header("Origin", "https://app.example.org").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(insert));
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(write.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> writer = HttpClient.newHttpClient().send(write.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, writer.statusCode() / 100, writer.body());
        assertEquals("https://app.example.org", writer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    private static HttpResponse<String> preflight(String path, String origin, String method) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", method).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenWordsInKoreanJapaneseAndEnglish_whenSearched_thenCompoundLabelsAreFound() throws Exception {
        String q = "SELECT DISTINCT ?s { ?s text:query (rdfs:label \"%s\") } ORDER BY ?s";
        assertTrue(query(q.formatted("양자"), "text/csv").body().contains("fx-tech-qc"));
        assertTrue(query(q.formatted("量子"), "text/csv").body().contains("fx-tech-qc"));
        assertTrue(query(q.formatted("satellite"), "text/csv").body().contains("fx-tech-satcom"));
        assertFalse(query(q.formatted("양자"), "text/csv").body().contains("fx-tech-satcom"));
    }

    @Test
    void givenAnUpdateThroughTheService_whenItCommits_thenTheTextIndexAndTheInferredGraphFollow() throws Exception {
        String insert = """
                INSERT DATA { GRAPH <urn:ex:new> {
                  id:fx-new-program a sti:Program ; rdfs:label "초전도양자 프로그램"@ko, "Superconducting programme"@en ;
                    sti:fundedBy id:fx-agency ; sti:supports id:fx-area-space } }""";
        assertEquals(2, update(server, "admin", "admin-pw", insert).statusCode() / 100);
        assertTrue(query("SELECT ?s { ?s text:query (rdfs:label \"초전도\") }", "text/csv").body()
                .contains("fx-new-program"));
        assertTrue(query("ASK { GRAPH <https://w3id.org/stikg/graph/inferred> { id:fx-agency sti:engagedIn id:fx-area-space } }",
                "text/csv").body().contains("true"));
    }

    @Test
    void givenTheWellKnownVoidAddress_whenFetched_thenItDescribesSizeGraphsVocabulariesAndTheEndpoint() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        String d = r.body();
        assertTrue(d.contains("void:triples"), d);
        assertTrue(d.contains("https://w3id.org/stikg/graph/lexicon"));
        assertTrue(d.contains("https://w3id.org/stikg/ontology#"));
        assertTrue(d.contains(server.sparqlUrl()));
        assertTrue(d.contains("void:exampleResource"));
        HttpResponse<String> sd = get("/stikg/sparql", "text/turtle");
        assertEquals(200, sd.statusCode());
        assertTrue(sd.body().contains("sd:UnionDefaultGraph"), sd.body());
    }

    @Test
    void givenRdf4jsSparqlRepository_whenItQueriesTheEndpoint_thenItReadsTheAnswer() {
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
        try (RepositoryConnection c = repo.getConnection();
             TupleQueryResult rows = c.prepareTupleQuery(PREFIXES
                     + "SELECT ?agency WHERE { id:fx-program sti:fundedBy ?agency }").evaluate()) {
            BindingSet row = rows.next();
            assertEquals("https://w3id.org/stikg/id/fx-agency", row.getValue("agency").stringValue());
        } finally {
            repo.shutDown();
        }
    }
}
