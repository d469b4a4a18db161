package stikg.serve;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
 * A fixed-seed fuzz of the query endpoint: the library's queries, mutated (characters cut, doubled, swapped;
 * keywords, brackets, costly patterns and stray bytes inserted), 1,200 of them, sent by GET and by both POST
 * encodings. Whatever the client sends, the server answers with a status below 500 or a 503 timeout, stays up,
 * and its heap stays bounded. A failure prints the seed's query so that it can be replayed.
 */
class QueryFuzzTest {

    private static final long SEED = 16;
    private static final int QUERIES = 1_200;
    /** Far above what this server needs (a few hundred MB) and far below the test JVM's 2 GB. */
    private static final long HEAP_BOUND = 1_200L << 20;
    private static final String[] INSERTS = {"{", "}", "(", ")", "[", "]", ".", ";", ",", "*", "?x", "$y", "\"",
        "'", "<", ">", "<urn:x>", "UNION", "OPTIONAL", "FILTER", "MINUS", "GRAPH ?g", "SERVICE <http://127.0.0.1:9/>",
        "LIMIT 0", "LIMIT 99999999999", "OFFSET -1", "ORDER BY", "GROUP BY ?x", "VALUES ?x { 1 }", "BIND(1 AS ?x)",
        "regex(?x, \"^((a+)+)\\\\2b\")", "CONCAT(?x, ?x)", "REPLACE(?x, \".*\", \"$0$0\")", "/", "|", "^", "+",
        "1E999999999", "\"\"\"", "#", "\n", "\\", "%", "\u0000", "양", "量子", "\uD800", "SELECT", "CONSTRUCT", "ASK",
        "DESCRIBE", "PREFIX x: <", "@en", "^^<http://www.w3.org/2001/XMLSchema#decimal>", "EXISTS", "NOT",
        "{ SELECT * { ?a ?b ?c } }", "?s ?p ?o .", "COUNT(*)", "GROUP_CONCAT(?x)", "LOAD <file:///etc/hostname>"};

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;

    @BeforeAll
    static void start() {
        store = Fixture.buildInto(dir.resolve("store")).open();
        server = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withTimeout(Duration.ofMillis(700)).withRowCap(200),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void givenAThousandMutatedLibraryQueries_whenSent_thenNoServerErrorButTimeoutsTheServerLivesAndTheHeapIsBounded()
            throws Exception {
        List<String> library = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                library.add(Files.readString(f));
            }
        }
        assertTrue(library.size() >= 10, "the query library is there");
        Random random = new Random(SEED);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long maxHeap = 0;
        for (int i = 0; i < QUERIES; i++) {
            String q = mutate(library.get(random.nextInt(library.size())), random);
            HttpRequest request = request(q, i % 3);
            HttpResponse<String> r;
            try {
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // Jetty may close a connection it refused; a second attempt on a fresh one must be answered
                r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            }
            int s = r.statusCode();
            statuses.merge(s, 1, Integer::sum);
            assertTrue(s < 500 || s == 503, "query " + i + " answered " + s + ": " + r.body() + "\n--- query:\n" + q);
            if (i % 100 == 0) {
                maxHeap = Math.max(maxHeap, usedHeapAfterGc());
            }
        }
        maxHeap = Math.max(maxHeap, usedHeapAfterGc());
        System.out.println("fuzz statuses " + statuses + ", largest heap in use after GC " + (maxHeap >> 20) + " MB");
        assertTrue(maxHeap < HEAP_BOUND, "heap in use after GC: " + (maxHeap >> 20) + " MB");
        HttpResponse<String> alive = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, alive.statusCode());
        assertTrue(statuses.keySet().stream().anyMatch(s -> s == 200), "some mutations still answer: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s == 400), "some mutations are refused: " + statuses);
    }

    private static HttpRequest request(String q, int how) {
        URI endpoint = URI.create(server.sparqlUrl());
        return switch (how) {
            case 0 -> HttpRequest.newBuilder(URI.create(endpoint + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build();
            case 1 -> HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .build();
            default -> HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json, text/turtle").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(q)).build();
        };
    }

    static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> {
                    int end = Math.min(b.length(), at + 1 + random.nextInt(20));
                    b.delete(Math.min(at, end), end);
                }
                case 1 -> {
                    int end = Math.min(b.length(), at + 1 + random.nextInt(40));
                    String part = b.substring(Math.min(at, end), end);
                    b.insert(at, part.repeat(1 + random.nextInt(3)));
                }
                case 2 -> b.insert(at, " " + INSERTS[random.nextInt(INSERTS.length)] + " ");
                case 3 -> {
                    if (b.length() > 2) {
                        int j = random.nextInt(b.length());
                        int k = random.nextInt(b.length());
                        char c = b.charAt(j);
                        b.setCharAt(j, b.charAt(k));
                        b.setCharAt(k, c);
                    }
                }
                default -> b.append(' ').append(INSERTS[random.nextInt(INSERTS.length)]);
            }
        }
        return b.toString();
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
