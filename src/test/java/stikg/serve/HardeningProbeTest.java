package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * The reproducers of the fault and attack probe (issue 16), replayed against a real server over a real store, each
 * with the clean outcome it must have: the status, the message, and a time under the deadline plus a margin. The
 * time bound proves that nothing hangs (the unguarded server ran 65 s, or until it ran out of heap); it is not a
 * performance figure. Where a request could change data, the test checks that it did not.
 */
class HardeningProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The deadline plus a generous margin for a loaded machine: far below any of the original hangs. */
    private static final long BOUND_MS = TIMEOUT.toMillis() + 13_000;
    private static final int CAP = 50;
    private static final String ID = "PREFIX id: <https://w3id.org/stikg/id/> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    /** Catastrophic backtracking: each more 'a' doubles the work of java.util.regex. */
    private static final String EVIL_REGEX = "\"^((a+)+)\\\\2b\"";
    private static final String AS = "\"" + "a".repeat(40) + "\"";

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;
    static HttpServer target;
    static HttpServer redirector;
    static final AtomicInteger TARGET_HITS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "admin: admin-pw\n");
        // a host behind the server that nothing may reach, and an allowed one that redirects to it
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", ex -> {
            TARGET_HITS.incrementAndGet();
            byte[] body = "<urn:leak:a> <urn:leak:b> <urn:leak:c> .\n".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/n-triples");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        target.start();
        redirector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirector.createContext("/", ex -> {
            ex.getResponseHeaders().add("Location", "http://127.0.0.1:" + target.getAddress().getPort() + "/sparql");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        redirector.start();
        store = Fixture.buildInto(dir.resolve("store")).open();
        ServerConfig config = ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("admin")).withTimeout(TIMEOUT).withRowCap(CAP)
                .withServiceHosts(List.of("127.0.0.1:" + redirector.getAddress().getPort()));
        server = StikgServer.start(store, config, RuleSet.read(Path.of("ontology/rules")), Graphs.standard(),
                "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        target.stop(0);
        redirector.stop(0);
    }

    private record Answer(int status, String body, java.net.http.HttpHeaders headers, long millis) {
    }

    private static Answer send(HttpRequest.Builder b) throws Exception {
        long start = System.nanoTime();
        // a fresh client: Jetty closes a connection after refusing a body it did not read
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Answer query(String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))));
    }

    private static Answer update(String sparql, String queryString) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/update" + queryString))
                .header("Content-Type", "application/sparql-update").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    private static boolean ask(String sparql) throws Exception {
        Answer a = query("ASK { " + sparql + " }");
        assertEquals(200, a.status(), a.body());
        return a.body().contains("true");
    }

    private static void underBound(Answer a) {
        assertTrue(a.millis() < BOUND_MS, "ran " + a.millis() + " ms against a " + TIMEOUT.toMillis() + " ms deadline");
    }

    // ---- limits that do not hold

    @Test
    void givenACatastrophicRegex_whenQueried_thenTheDeadlineStopsItWith503() throws Exception {
        Answer a = query("SELECT * { BIND(" + AS + " AS ?x) FILTER regex(?x, " + EVIL_REGEX + ") }");
        assertEquals(503, a.status(), a.body());
        underBound(a);
        Answer constant = query("ASK { FILTER regex(" + AS + ", " + EVIL_REGEX + ") }");
        assertEquals(503, constant.status(), constant.body());
        underBound(constant);
        Answer replace = query("SELECT (REPLACE(" + AS + ", " + EVIL_REGEX + ", \"x\") AS ?y) {}");
        assertEquals(503, replace.status(), replace.body());
        underBound(replace);
    }

    @Test
    void givenAChainOfConcatDoublings_whenQueried_thenTheStringLimitRefusesItWith400() throws Exception {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?x28) AS ?n) { BIND(\"abcdefgh\" AS ?x0) ");
        for (int i = 1; i <= 28; i++) {
            q.append("BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(") ");
        }
        Answer a = query(q.append('}').toString());
        assertEquals(400, a.status(), a.body());
        assertTrue(a.body().contains("CONCAT would build a string of") && a.body().contains("--max-string"), a.body());
        Answer group = query("SELECT (GROUP_CONCAT(?s) AS ?all) { ?s ?p ?o . ?a ?b ?c }");
        assertTrue(group.status() == 400 || group.status() == 503, group.status() + " " + group.body());
    }

    @Test
    void givenAnUpdateWithACatastrophicWhere_whenSent_thenItStopsAtTheDeadlineWith503AndChangesNothing()
            throws Exception {
        Answer a = update("INSERT { GRAPH <urn:probe:slow> { <urn:probe:a> <urn:probe:b> ?x } } WHERE { BIND(" + AS
                + " AS ?x) FILTER regex(?x, " + EVIL_REGEX + ") }", "");
        assertEquals(503, a.status(), a.body());
        underBound(a);
        assertFalse(ask("GRAPH <urn:probe:slow> { ?s ?p ?o }"));
        Answer cross = update("INSERT { GRAPH <urn:probe:slow> { ?a ?b ?c } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "");
        assertEquals(503, cross.status(), cross.body());
        underBound(cross);
        assertFalse(ask("GRAPH <urn:probe:slow> { ?s ?p ?o }"));
    }

    @Test
    void givenABodyOverTheLimit_whenSent_thenItIsRefusedWith413BeforeParsing() throws Exception {
        String big = "SELECT * { ?s ?p \"" + "x".repeat(2 << 20) + "\" }";
        Answer direct = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, direct.status(), direct.body());
        assertTrue(direct.body().contains("--max-request-bytes"), direct.body());
        underBound(direct);
        // no declared length (chunked): read only up to the limit
        Answer chunked = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, chunked.status(), chunked.body());
        Answer form = query(big);
        assertEquals(413, form.status(), form.body());
        // under the limit but over Jetty's own form limit (200,000 bytes): answered, not a server error
        Answer midForm = query("SELECT * { ?s ?p \"" + "z".repeat(500_000) + "\" } LIMIT 1");
        assertEquals(200, midForm.status(), midForm.body());
        Answer longGet = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("SELECT * { ?s ?p \"" + "y".repeat(1_100_000) + "\" }", StandardCharsets.UTF_8))));
        assertEquals(4, longGet.status() / 100, longGet.status() + " " + longGet.body());
    }

    @Test
    void givenABodyOverTheLimitSentWhole_whenTheClientReadsOnlyAfterSendingIt_thenItGetsThe413NotAReset()
            throws Exception {
        // a client that writes its whole body before it reads: a server that answered without reading the body and
        // closed would reset the connection under the write, and the client would never see the 413 (40 MiB: more
        // than the container reads away by itself; with 3 MiB this passed even without the server reading it away)
        URI uri = URI.create(server.sparqlUrl());
        byte[] body = ("SELECT * { ?s ?p \"" + "x".repeat(40 << 20) + "\" }").getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer.lines().findFirst().orElse("(nothing)"));
            assertTrue(answer.contains("--max-request-bytes"), answer);
        }
    }

    @Test
    void givenAFormSentChunked_whenUnderTheLimit_thenItIsAnsweredAndOverTheLimit413() throws Exception {
        // clients that stream a body send no length: the form is read ahead up to the limit, then answered as usual
        String form = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s a <urn:none> }", StandardCharsets.UTF_8)
                + "&unused=%E2%9C%93";
        Answer small = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        form.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(200, small.status(), small.body());
        assertEquals("n\r\n0", small.body().trim());
        String big = "query=" + URLEncoder.encode("SELECT * { ?s ?p \"" + "x".repeat(2 << 20) + "\" }",
                StandardCharsets.UTF_8);
        Answer large = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(413, large.status(), large.body());
        Answer broken = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "query=%FF%FE".getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(400, broken.status(), broken.body());
    }

    @Test
    void givenAConstructWithAHundredTripleTemplate_whenRun_thenItIsCappedInTriplesAndSaysSo() throws Exception {
        String template = IntStream.range(0, 100).mapToObj(i -> "?s <urn:t:" + i + "> ?o .")
                .collect(Collectors.joining(" "));
        Answer a = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Accept", "application/n-triples")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("CONSTRUCT { " + template + " } WHERE { ?s ?p ?o }")));
        assertEquals(200, a.status());
        assertEquals(CAP, a.body().lines().filter(l -> !l.isBlank()).count());
        assertEquals(String.valueOf(CAP), a.headers().firstValue(GuardedQueryProcessor.TRUNCATED).orElse(""));
    }

    @Test
    void givenArqsJsonQueryForm_whenRun_thenItIsCappedInItemsAndSaysSo() throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).header("Accept", "application/json")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("JSON { \"s\": ?s } WHERE { ?s ?p ?o }")));
        assertEquals(200, a.status(), a.body());
        assertEquals(CAP, org.apache.jena.atlas.json.JSON.parseAny(a.body()).getAsArray().size(), a.body());
        assertEquals(String.valueOf(CAP), a.headers().firstValue(GuardedQueryProcessor.TRUNCATED).orElse(""));
    }

    @Test
    void givenAnAnswerThatTimesOutAfterItsFirstRows_whenRun_thenItIs503NeverA200WithACutBody() throws Exception {
        Answer a = query(ID + "SELECT ?s { { ?s rdfs:label \"Quantum\"@en } UNION "
                + "{ SELECT (COUNT(*) AS ?s) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }");
        assertEquals(503, a.status(), a.body());
        assertFalse(a.body().contains("Query cancelled"), a.body());
        underBound(a);
    }

    // ---- defaults that are not safe

    @Test
    void givenLoad_whenAWriterSendsIt_thenItIsRefusedForFilesAndHostsAndNothingIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.nt"), "<urn:secret:a> <urn:secret:b> \"token-4711\" .\n");
        Answer file = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:probe:load>", "");
        assertEquals(403, file.status(), file.body());
        assertTrue(file.body().contains("LOAD is off"), file.body());
        Answer etc = update("LOAD <file:///etc/hostname>", "");
        assertEquals(403, etc.status(), etc.body());
        int before = TARGET_HITS.get();
        Answer http = update("LOAD <http://127.0.0.1:" + target.getAddress().getPort() + "/data.nt>", "");
        assertEquals(403, http.status(), http.body());
        assertEquals(before, TARGET_HITS.get(), "the server fetched the address");
        assertFalse(ask("GRAPH ?g { ?s ?p \"token-4711\" }"));
        assertFalse(ask("GRAPH <urn:probe:load> { ?s ?p ?o }"));
    }

    @Test
    void givenAnAllowedServiceHostThatRedirects_whenCalled_thenTheRedirectIsNotFollowed() throws Exception {
        int before = TARGET_HITS.get();
        Answer a = query("SELECT * { SERVICE <http://127.0.0.1:" + redirector.getAddress().getPort()
                + "/sparql> { ?s ?p ?o } }");
        assertEquals(502, a.status(), a.body());
        assertTrue(a.body().contains("redirect"), a.body());
        assertEquals(before, TARGET_HITS.get(), "the redirect was followed to a host that is not on the list");
    }

    @Test
    void givenAnAllowedHostOnAnotherPort_whenCalledBySERVICE_thenItIsRefusedWith403InOneLine() throws Exception {
        int before = TARGET_HITS.get();
        Answer a = query("SELECT * { SERVICE <http://127.0.0.1:" + target.getAddress().getPort()
                + "/sparql> { ?s ?p ?o } }");
        assertEquals(403, a.status(), a.body());
        assertTrue(a.body().contains("not on this server's allow-list"), a.body());
        assertEquals(1, a.body().strip().lines().count(), a.body());
        assertEquals(before, TARGET_HITS.get());
    }

    // ---- failures that should be clean answers

    @Test
    void givenInvalidUtf8InAGetQueryString_whenSent_thenItIs400() throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=SELECT%20*%20%7B%7D%C3%28")));
        assertEquals(400, a.status(), a.body());
        assertTrue(a.body().contains("UTF-8"), a.body());
    }

    @Test
    void givenAParseErrorWithANonAsciiMessage_whenSent_thenItIs400WithTheMessage() throws Exception {
        Answer a = query("SELECT * WHERE { ?s 양:x ?o }");
        assertEquals(400, a.status(), a.body());
        assertFalse(a.body().isBlank());
        Answer viaGet = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("SELECT * WHERE { ?s 양:x ?o }", StandardCharsets.UTF_8))));
        assertEquals(400, viaGet.status(), viaGet.body());
        assertTrue(viaGet.body().contains("양"), viaGet.body());
        Answer upd = update("INSERT DATA { <urn:a> 양:x \"b\" }", "");
        assertEquals(400, upd.status(), upd.body());
    }

    @Test
    void givenTheRankingsQueryWithLimitZero_whenRun_thenItAnswersNoRowsInsteadOfAServerError() throws Exception {
        String rankings = Files.readString(Path.of("queries/rankings.rq"));
        Answer a = query(rankings + " LIMIT 0");
        assertEquals(200, a.status(), a.body());
        assertEquals(1, a.body().strip().lines().count(), "only the header row: " + a.body());
    }

    @Test
    void givenDeepNesting_whenSent_thenItIs400NotAStackOverflow() throws Exception {
        Answer unions = query("SELECT * " + "{ { ?s ?p ?o } UNION ".repeat(3000) + "{ ?s ?p ?o }" + " }".repeat(3000));
        assertEquals(400, unions.status(), unions.body());
        assertTrue(unions.body().contains("--max-nesting"), unions.body());
        Answer sub = query("SELECT * " + "{ SELECT * ".repeat(3000) + "{ ?s ?p ?o }" + " }".repeat(3000));
        assertEquals(400, sub.status(), sub.body());
        Answer path = query("SELECT * { ?s " + "(".repeat(3000) + "<urn:p>" + ")".repeat(3000) + " ?o }");
        assertEquals(400, path.status(), path.body());
        // flat in the text, deep in the algebra: caught where it overflows, or answered
        Answer chain = query("SELECT * { " + "{ ?s <urn:p> ?o } UNION ".repeat(20_000) + "{ ?s ?p ?o } } LIMIT 1");
        assertTrue(chain.status() == 200 || chain.status() == 400, chain.status() + " " + chain.body());
        Answer seq = query("SELECT * { ?s " + "<urn:p>/".repeat(20_000) + "<urn:p> ?o } LIMIT 1");
        assertTrue(seq.status() == 200 || seq.status() == 400 || seq.status() == 503, seq.status() + " " + seq.body());
        Answer upd = update("INSERT DATA { GRAPH <urn:probe:deep> { <urn:a> <urn:b> " + "(".repeat(3000) + "1"
                + ")".repeat(3000) + " } }", "");
        assertEquals(400, upd.status(), upd.body());
        assertEquals(200, query("ASK {}").status(), "the server answers after all of these");
    }

    // ---- standard conformance (SPARQL 1.1 Protocol, Graph Store Protocol)

    @Test
    void givenUsingGraphParametersAndUsingOrWithInTheRequest_whenUpdating_thenItIs400AndNothingChanges()
            throws Exception {
        String param = "?using-graph-uri=" + URLEncoder.encode("urn:probe:g1", StandardCharsets.UTF_8);
        Answer using = update("INSERT { GRAPH <urn:probe:using> { ?s ?p ?o } } USING <urn:probe:g2> WHERE { ?s ?p ?o }",
                param);
        assertEquals(400, using.status(), using.body());
        Answer with = update("WITH <urn:probe:using> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", param);
        assertEquals(400, with.status(), with.body());
        assertFalse(ask("GRAPH <urn:probe:using> { ?s ?p ?o }"));
        Answer plain = update("INSERT { GRAPH <urn:probe:using> { <urn:a> <urn:b> <urn:c> } } WHERE { }", param);
        assertEquals(2, plain.status() / 100, plain.body());
    }

    @Test
    void givenAGraphStorePutThatCreatesAGraph_whenSent_thenItIs201AndAReplacementIsNot() throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/data?graph="
                + URLEncoder.encode("urn:probe:gsp", StandardCharsets.UTF_8))).header("Content-Type", "text/turtle")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."));
        assertEquals(201, send(put).status());
        int again = send(put).status();
        assertTrue(again == 200 || again == 204, "replacing an existing graph: " + again);
    }

    @Test
    void givenTheDefaultGraphDump_whenFetched_thenItIsTheUnionOfAllGraphs() throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/get?default"))
                .header("Accept", "application/n-triples"));
        assertEquals(200, a.status());
        assertTrue(a.body().contains("Ministry of Examples"), "the lexicon graph is part of the union");
        assertTrue(a.body().contains("<https://w3id.org/stikg/ontology#"), "so is the inferred or ontology graph");
    }
}
