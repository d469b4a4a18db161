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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/** Answers to repeated queries are served again only while the data they came from is unchanged. */
class AnswerCacheTest {

    private static final String PREFIXES = "PREFIX sti: <https://w3id.org/stikg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX id: <https://w3id.org/stikg/id/> ";
    private static final String COMMENTS = "SELECT (COUNT(*) AS ?n) { id:fx-agency rdfs:comment ?c }";
    private static final int ROW_CAP = 3;

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;
    static GraphStore smallStore;
    static StikgServer smallCache;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "admin: admin-pw\n");
        store = Fixture.buildInto(dir.resolve("store")).open();
        server = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("admin")).withRowCap(ROW_CAP)
                .withCorsOrigins(List.of("https://a.example.org", "https://b.example.org")),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
        smallStore = Fixture.buildInto(dir.resolve("small")).open();
        // room for 8 KiB of answers, so one answer may take 1 KiB
        smallCache = StikgServer.start(smallStore, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withAnswerCacheBytes(8 << 10), RuleSet.read(Path.of("ontology/rules")), Graphs.standard(),
                "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        smallCache.close();
        smallStore.close();
    }

    private static HttpResponse<String> query(StikgServer target, String sparql, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(target.sparqlUrl() + "?query="
                + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8))).GET(), headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> query(String sparql, String... headers) {
        return query(server, sparql, headers);
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue(AnswerCache.HEADER).orElse("");
    }

    private static void insert(String graph, String comment) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "INSERT DATA { GRAPH <" + graph
                        + "> { id:fx-agency rdfs:comment \"" + comment + "\" } }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, r.statusCode() / 100, r.body());
    }

    private static long comments() {
        HttpResponse<String> r = query(COMMENTS, "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\r\n")[1].trim());
    }

    @Test
    void givenTheSameQueryTwice_whenNoWriteCommittedBetween_thenTheSecondGetsTheFirstAnswerUnevaluated() {
        String q = "SELECT ?l { id:fx-area-quantum rdfs:label ?l } ORDER BY ?l";
        HttpResponse<String> first = query(q, "Accept", "application/sparql-results+json");
        HttpResponse<String> second = query(q, "Accept", "application/sparql-results+json");
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains("Quantum"));
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals(Long.toString(second.body().getBytes(StandardCharsets.UTF_8).length),
                second.headers().firstValue("Content-Length").orElse(""));
    }

    private static HttpResponse<String> post(String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    @Test
    void givenAQueryPostedAsItsOwnBody_whenPostedAgain_thenTheSecondGetsTheFirstAnswerUnevaluated() {
        String q = PREFIXES + "SELECT ?l { id:fx-area-quantum rdfs:label ?l } ORDER BY DESC(?l)";
        HttpResponse<String> first = post("application/sparql-query", q);
        HttpResponse<String> second = post("application/sparql-query", q);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertEquals(first.body(), second.body());
        assertTrue(second.body().contains("Quantum"));
        HttpResponse<String> other = post("application/sparql-query", q.replace("DESC(?l)", "?l"));
        assertEquals("miss", cache(other), "another body is another query");
        assertEquals("miss", cache(post("application/sparql-query", q, "Cache-Control", "no-cache")));
    }

    @Test
    void givenAQueryPostedAsAForm_whenPostedAgain_thenTheSecondGetsTheFirstAnswerUnevaluated() {
        String form = "query=" + URLEncoder.encode(PREFIXES + "SELECT ?s { ?s a sti:Agency } ORDER BY DESC(?s)",
                StandardCharsets.UTF_8);
        HttpResponse<String> first = post("application/x-www-form-urlencoded", form);
        HttpResponse<String> second = post("application/x-www-form-urlencoded", form);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertEquals(first.body(), second.body());
        HttpResponse<String> otherGraph = post("application/x-www-form-urlencoded",
                form + "&default-graph-uri=" + URLEncoder.encode(Graphs.standard().inferred(), StandardCharsets.UTF_8));
        assertEquals("miss", cache(otherGraph), "another default graph is another question");
    }

    @Test
    void givenAQueryAskedWithGet_whenTheSameQueryIsPosted_thenThePostGetsTheAnswerKeptForTheGet() {
        String q = "SELECT ?s { ?s a sti:Program } ORDER BY DESC(?s)";
        HttpResponse<String> got = query(q, "Accept", "application/sparql-results+json");
        HttpResponse<String> posted = post("application/sparql-query", PREFIXES + q);
        HttpResponse<String> form = post("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(PREFIXES + q, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals("miss", cache(got));
        assertEquals("hit", cache(posted));
        assertEquals("hit", cache(form));
        assertEquals(got.body(), posted.body());
        assertEquals(got.body(), form.body());
    }

    @Test
    void givenAKeptAnswer_whenAWriteCommits_thenTheNextAnswerShowsTheWrite() throws Exception {
        long before = comments();
        assertEquals(before, comments());
        insert("urn:ex:cache-one", "one more");
        HttpResponse<String> after = query(COMMENTS, "Accept", "text/csv");
        assertEquals("miss", cache(after));
        assertEquals(before + 1, Long.parseLong(after.body().split("\r\n")[1].trim()));
    }

    @Test
    void givenReadersKeepingAnswersAllTheTime_whenWritesCommitOneAfterAnother_thenNoAnswerAfterAWriteIsOlder()
            throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<Throwable> readerFailed = new AtomicReference<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (writing.get()) {
                        comments();
                    }
                } catch (Throwable e) {
                    readerFailed.set(e);
                }
            });
            t.start();
            readers.add(t);
        }
        try {
            long start = comments();
            for (int i = 1; i <= 15; i++) {
                insert("urn:ex:cache-race", "race " + i);
                assertEquals(start + i, comments(), "the answer after write " + i);
            }
        } finally {
            writing.set(false);
            for (Thread t : readers) {
                t.join();
            }
        }
        assertEquals(null, readerFailed.get());
    }

    @Test
    void givenQueriesThatReadTheClockChanceOrAnotherService_whenSentTwice_thenEachIsEvaluated() {
        for (String q : List.of("SELECT (NOW() AS ?t) {}", "SELECT (RAND() AS ?r) {}", "SELECT (STRUUID() AS ?u) {}",
                "SELECT ?s { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")) {
            query(q);
            HttpResponse<String> again = query(q);
            assertNotEquals("hit", cache(again), q);
        }
    }

    @Test
    void givenNoCacheInTheRequest_whenTheAnswerIsKept_thenItIsEvaluatedAgain() {
        String q = "SELECT ?s { ?s a sti:TechnologyArea } ORDER BY ?s";
        query(q);
        assertEquals("hit", cache(query(q)));
        assertEquals("miss", cache(query(q, "Cache-Control", "no-cache")));
        assertEquals("miss", cache(query(q, "Cache-Control", "no-store")));
    }

    @Test
    void givenAnAnswerCutAtTheRowCap_whenServedAgain_thenItStillSaysItWasCut() {
        String q = "SELECT ?s ?p ?o { ?s ?p ?o }";
        HttpResponse<String> first = query(q);
        HttpResponse<String> second = query(q);
        assertEquals("hit", cache(second));
        assertEquals(Integer.toString(ROW_CAP),
                first.headers().firstValue(GuardedQueryProcessor.TRUNCATED).orElse("none"));
        assertEquals(Integer.toString(ROW_CAP),
                second.headers().firstValue(GuardedQueryProcessor.TRUNCATED).orElse("none"));
    }

    @Test
    void givenAQueryThatFails_whenSentTwice_thenItsErrorIsNeverKept() {
        HttpResponse<String> first = query("SELECT ?s { ?s ?p }");
        HttpResponse<String> second = query("SELECT ?s { ?s ?p }");
        assertEquals(400, first.statusCode());
        assertEquals(400, second.statusCode());
        assertEquals("miss", cache(second));
    }

    @Test
    void givenAHitForAnotherOrigin_whenServed_thenItCarriesTheCrossOriginHeadersOfItsOwnRequest() {
        String q = "SELECT ?s { ?s a sti:Plan }";
        HttpResponse<String> a = query(q, "Origin", "https://a.example.org");
        HttpResponse<String> b = query(q, "Origin", "https://b.example.org");
        assertEquals("hit", cache(b));
        assertEquals("https://a.example.org", a.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("https://b.example.org", b.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(1, b.headers().allValues("Access-Control-Allow-Origin").size());
    }

    @Test
    void givenTwoFormats_whenEachIsAskedTwice_thenEachGetsItsOwnFormat() {
        String q = "SELECT ?s { ?s a sti:TechnologyArea } ORDER BY ?s";
        query(q, "Accept", "text/csv");
        query(q, "Accept", "application/sparql-results+xml");
        HttpResponse<String> csv = query(q, "Accept", "text/csv");
        HttpResponse<String> xml = query(q, "Accept", "application/sparql-results+xml");
        assertEquals("hit", cache(csv));
        assertEquals("hit", cache(xml));
        assertTrue(csv.body().startsWith("s\r\n"));
        assertTrue(xml.body().contains("<sparql"));
    }

    @Test
    void givenAnAnswerLargerThanOneKeptAnswerMayBe_whenSent_thenItArrivesWholeAndIsNotKept() {
        String q = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }";
        HttpResponse<String> first = query(smallCache, q, "Accept", "application/n-triples");
        HttpResponse<String> second = query(smallCache, q, "Accept", "application/n-triples");
        assertTrue(first.body().length() > 1024, "the answer is larger than one kept answer may be");
        assertEquals("miss", cache(second));
        assertEquals(first.body(), second.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(second.body(), Lang.NTRIPLES).parse(g);
        assertEquals(second.body().lines().count(), g.size());
        HttpResponse<String> small = query(smallCache, "SELECT ?s { ?s a sti:Plan }");
        assertFalse(small.body().isEmpty());
        assertEquals("hit", cache(query(smallCache, "SELECT ?s { ?s a sti:Plan }")));
    }
}
