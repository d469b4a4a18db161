package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * A query text asked again runs the plan kept from its first request: the same answers as a server that plans every
 * request, never a stale answer after a write, and never stopped by the deadline of the request that planned it.
 */
class PreparedPlansTest {

    private static final String PREFIXES = "PREFIX sti: <https://w3id.org/stikg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX id: <https://w3id.org/stikg/id/> ";
    private static final int ROW_CAP = 3;

    @TempDir
    static Path dir;

    static GraphStore keepingStore;
    static StikgServer keeping;
    static GraphStore planningStore;
    static StikgServer planning;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "admin: admin-pw\n");
        // no answer cache on either: every answer below is computed
        keepingStore = Fixture.buildInto(dir.resolve("keeping")).open();
        keeping = StikgServer.start(keepingStore, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("admin")).withAnswerCacheBytes(0),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
        planningStore = Fixture.buildInto(dir.resolve("planning")).open();
        planning = StikgServer.start(planningStore, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withAnswerCacheBytes(0).withPreparedPlans(0), RuleSet.read(Path.of("ontology/rules")),
                Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        keeping.close();
        keepingStore.close();
        planning.close();
        planningStore.close();
    }

    private static HttpResponse<String> ask(StikgServer target, String sparql, String params, String accept) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(target.sparqlUrl() + params))
                    .header("Content-Type", "application/sparql-query").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> ask(String sparql) {
        return ask(keeping, sparql, "", "text/csv");
    }

    private static String plan(HttpResponse<?> r) {
        return r.headers().firstValue(GuardedQueryProcessor.PLAN).orElse("");
    }

    /** An answer as a set of rows: a query without ORDER BY may list them in any order. */
    private static List<String> rows(HttpResponse<String> r) {
        List<String> lines = new ArrayList<>(Arrays.asList(r.body().split("\r\n")));
        lines.sort(null);
        return lines;
    }

    @Test
    void everyLibraryQuery_askedAgain_runsItsKeptPlanAndAnswersAsAServerThatPlansEveryRequest() throws IOException {
        List<Path> library;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            library = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(library.isEmpty());
        for (Path file : library) {
            String text = Files.readString(file);
            HttpResponse<String> first = ask(text);
            HttpResponse<String> again = ask(text);
            HttpResponse<String> planned = ask(planning, text, "", "text/csv");
            assertEquals(planned.statusCode(), again.statusCode(), file + ": " + again.body());
            if (planned.statusCode() == 200) {
                assertEquals("new", plan(first), file.toString());
                assertEquals("kept", plan(again), file.toString());
                assertEquals(rows(planned), rows(first), file.toString());
                assertEquals(rows(planned), rows(again), file.toString());
            }
        }
    }

    @Test
    void aKeptPlan_afterAWrite_answersFromTheDataAsItIsNow() throws Exception {
        String count = PREFIXES + "SELECT (COUNT(*) AS ?n) { id:fx-agency rdfs:comment ?c }";
        long before = number(ask(count));
        HttpResponse<String> kept = ask(count);
        assertEquals("kept", plan(kept));
        assertEquals(before, number(kept));
        HttpResponse<String> w = HTTP.send(HttpRequest.newBuilder(URI.create(keeping.baseUrl() + "/stikg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "INSERT DATA { GRAPH <urn:x-test:prepared> { "
                        + "id:fx-agency rdfs:comment \"written after the plan was kept\" } }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, w.statusCode() / 100, w.body());
        HttpResponse<String> after = ask(count);
        assertEquals("kept", plan(after));
        assertEquals(before + 1, number(after));
    }

    private static long number(HttpResponse<String> csv) {
        assertEquals(200, csv.statusCode(), csv.body());
        return Long.parseLong(csv.body().split("\r\n")[1].trim());
    }

    /** A server of its own over a fresh fixture store, with no answer cache, for the test's lifetime. */
    private static void onServer(String name, UnaryOperator<ServerConfig> config, Consumer<StikgServer> test) {
        StikgServer own = null;
        try (GraphStore store = Fixture.buildInto(dir.resolve(name)).open()) {
            own = StikgServer.start(store, config.apply(ServerConfig.defaults(Path.of("queries")).withPort(0)
                    .withAnswerCacheBytes(0)), RuleSet.read(Path.of("ontology/rules")), Graphs.standard(),
                    "https://w3id.org/stikg/id/", List.of());
            test.accept(own);
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    @Test
    void aKeptPlan_isNotStoppedByTheDeadlineOfTheRequestThatPlannedIt() {
        // REGEX reads its input through the request's deadline, and looks at the clock every 4,096 characters
        String text = PREFIXES + "SELECT ?s { ?s rdfs:label ?l FILTER(REGEX(CONCAT(STR(?l), \""
                + "a".repeat(6_000) + "\"), \"b\")) } LIMIT 1";
        onServer("deadline", c -> c.withTimeout(Duration.ofSeconds(1)), server -> {
            HttpResponse<String> planner = ask(server, text, "", "text/csv");
            assertEquals(200, planner.statusCode(), planner.body());
            assertEquals("new", plan(planner));
            sleep(Duration.ofMillis(1_300));
            HttpResponse<String> later = ask(server, text, "", "text/csv");
            assertEquals(200, later.statusCode(), later.body());
            assertEquals("kept", plan(later));
        });
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKeptPlan_stillCutsTheAnswerAtTheRowCapAndSaysSo() {
        String text = PREFIXES + "SELECT ?s ?p ?o { ?s ?p ?o }";
        onServer("capped", c -> c.withRowCap(ROW_CAP), server -> {
            for (String expected : List.of("new", "kept")) {
                HttpResponse<String> r = ask(server, text, "", "text/csv");
                assertEquals(expected, plan(r));
                assertEquals(1 + ROW_CAP, r.body().split("\r\n").length, r.body());
                assertEquals(Integer.toString(ROW_CAP),
                        r.headers().firstValue(GuardedQueryProcessor.TRUNCATED).orElse(""));
            }
        });
    }

    @Test
    void aQueryNamingItsDataset_isPlannedForEachRequest() {
        String fromGraph = PREFIXES + "SELECT (COUNT(*) AS ?n) FROM <urn:x-test:none> { ?s ?p ?o }";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = ask(fromGraph);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("new", plan(r));
            assertEquals(0, number(r));
        }
        String count = PREFIXES + "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        ask(count);
        HttpResponse<String> named = ask(keeping, count, "?default-graph-uri=urn:x-test:none", "text/csv");
        assertEquals("new", plan(named));
        assertEquals(0, number(named));
    }

    @Test
    void aQueryThatDoesNotParse_isRefusedEachTimeAndNothingIsKept() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = ask("SELECT ?s { ?s ?p }");
            assertEquals(400, r.statusCode());
            assertEquals("new", plan(r));
        }
    }

    @Test
    void oneKeptPlan_runByManyRequestsAtOnce_givesEachTheSameAnswer() throws Exception {
        String text = PREFIXES + "SELECT ?s ?l { ?s rdfs:label ?l FILTER(STRLEN(?l) > 2) } ORDER BY ?s ?l";
        String expected = ask(text).body();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> ask(text)));
            }
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("kept", plan(r));
                assertEquals(expected, r.body());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(expected.split("\r\n").length > 2, expected);
    }
}
