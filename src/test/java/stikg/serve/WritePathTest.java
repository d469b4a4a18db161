package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.reason.ShapesCheck;
import stikg.store.GraphStore;
import stikg.store.LiveStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/**
 * The state model through a real Fuseki over a real TDB2 store, over HTTP: user graphs written through the
 * service survive rebuilds (with their inferences), built graphs are read-only, a write that breaks a shape is
 * refused and changes nothing, and a server switches to a rebuilt database while it answers.
 */
class WritePathTest {

    private static final String PREFIXES = "PREFIX sti: <https://w3id.org/stikg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX id: <https://w3id.org/stikg/id/> ";
    private static final String NEW_PROGRAM = PREFIXES + """
            INSERT DATA { GRAPH <urn:x:notes> {
              id:fx-new-program a sti:Program ; rdfs:label "New programme"@en ;
                sti:fundedBy id:fx-agency ; sti:supports id:fx-area-space } }""";
    private static final String INFERRED_FROM_NOTE = "ASK { GRAPH <https://w3id.org/stikg/graph/inferred> "
            + "{ id:fx-agency sti:engagedIn id:fx-area-space } }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    Path sources;
    BuildConfig config;
    StoreLocation location;
    LiveStore live;
    StikgServer server;
    final List<RDFPatch> patches = new CopyOnWriteArrayList<>();

    /** The fixture's sources and a store built from them, made once and copied for each test (a build is slow). */
    @TempDir
    static Path template;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path sources = Files.createDirectories(template.resolve("sources"));
        try (var files = Files.list(Fixture.ROOT.resolve("sources"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sources.resolve(f.getFileName()));
            }
        }
        new Build(Fixture.config().withSources(sources), Clock.systemUTC()).into(new StoreLocation(template.resolve("store")));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        copyTree(template, dir);
        sources = dir.resolve("sources");
        config = Fixture.config().withSources(sources);
        location = new StoreLocation(dir.resolve("store"));
        Files.writeString(dir.resolve("passwd"), "admin: admin-pw\n");
        startServer();
    }

    private void startServer() {
        live = LiveStore.open(location);
        ServerConfig sc = ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(dir.resolve("passwd"), List.of("admin"));
        server = StikgServer.start(live, sc, RuleSet.read(config.rulesDir()), ShapesCheck.read(config.shapesFile()),
                config.graphs(), config.iris().base(), List.of());
        server.addWriteListener((patch, buildId) -> patches.add(patch));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            live.close();
        }
    }

    private HttpResponse<String> update(String sparqlUpdate) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String graph, String turtle) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/data?graph="
                        + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-pw".getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/sparql?query="
                + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private boolean ask(String sparql) throws Exception {
        HttpResponse<String> r = query(sparql);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    private String planLabel() throws Exception {
        HttpResponse<String> r = query("SELECT ?l { id:fx-plan-1 rdfs:label ?l FILTER(lang(?l) = \"en\") }");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).findFirst().orElse("").trim();
    }

    private void renamePlan(String newLabel) throws Exception {
        Path f = sources.resolve("fx-brief.yaml");
        String yaml = Files.readString(f);
        String edited = yaml.replaceFirst("label: \\{en: [^,]*, ko: 예시스탄 제1차 혁신계획", "label: {en: " + newLabel
                + ", ko: 예시스탄 제1차 혁신계획");
        assertFalse(yaml.equals(edited), "the fixture changed: the edit no longer applies");
        Files.writeString(f, edited);
    }

    private Map<String, Long> counts() throws Exception {
        HttpResponse<String> r = query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
        Map<String, Long> m = new java.util.TreeMap<>();
        r.body().lines().skip(1).forEach(l -> {
            String[] c = l.trim().split(",");
            m.put(c[0], Long.parseLong(c[1]));
        });
        return m;
    }

    @Test
    void givenAUserGraphWrittenThroughTheService_whenASourceIsEditedAndTheStoreRebuilt_thenTheGraphAndItsInferencesRemain()
            throws Exception {
        assertFalse(ask(INFERRED_FROM_NOTE), "the fixture already infers what the note should add");
        HttpResponse<String> w = update(NEW_PROGRAM);
        assertEquals(2, w.statusCode() / 100, w.body());
        assertTrue(ask(INFERRED_FROM_NOTE), "the inferred graph did not follow the write");
        assertEquals(1, patches.size(), "one committed write, one patch");
        assertTrue(RDFPatchOps.str(patches.get(0)).contains("urn:x:notes"), RDFPatchOps.str(patches.get(0)));

        // rebuilt by the running server: it switches to the new database
        renamePlan("Examplestan First Plan");
        new Build(config, Clock.systemUTC()).intoLive(live);
        assertEquals("Examplestan First Plan", planLabel());
        assertTrue(ask("ASK { GRAPH <urn:x:notes> { id:fx-new-program sti:fundedBy id:fx-agency } }"));
        assertTrue(ask(INFERRED_FROM_NOTE), "the rebuild lost the inference from the user graph");

        // rebuilt with no server running
        server.close();
        live.close();
        server = null;
        renamePlan("Examplestan Plan One");
        new Build(config, Clock.systemUTC()).into(location);
        try (GraphStore s = location.open()) {
            Map<String, org.apache.jena.graph.Graph> user = s.copyGraphs(iri -> !Graphs.standard().isBuilt(iri));
            assertEquals(List.of("urn:x:notes"), new ArrayList<>(user.keySet()));
            assertEquals(4, user.get("urn:x:notes").size());
        }
        startServer();
        assertEquals("Examplestan Plan One", planLabel());
        assertTrue(ask(INFERRED_FROM_NOTE), "the rebuild lost the inference from the user graph");
    }

    @Test
    void givenAWrite_whenTheVoidDescriptionIsAskedAgain_thenAnEarlierOneIsServedAndALaterOneListsTheNewGraph()
            throws Exception {
        HttpRequest voidGet = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/.well-known/void"))
                .header("Accept", "application/n-triples").build();
        String before = HTTP.send(voidGet, HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(before.contains("<urn:x:notes>"), "no such graph yet");
        assertEquals(204, update(NEW_PROGRAM).statusCode());
        // the request after the write is answered at once from the description it has; it has the next one made
        // in the background, which a later request gets (polled, not timed)
        String after = before;
        for (int i = 0; i < 600 && !after.contains("<urn:x:notes>"); i++) {
            after = HTTP.send(voidGet, HttpResponse.BodyHandlers.ofString()).body();
            Thread.sleep(50);
        }
        assertTrue(after.contains("<urn:x:notes>"), "the new graph is described after the write");
        assertTrue(after.contains("http://purl.org/dc/terms/modified"), "the description says when it was computed");
    }

    @Test
    void givenAWriteToABuiltGraph_whenSent_thenItIsRefusedNamingTheGraphAndNothingChanges() throws Exception {
        Map<String, Long> before = counts();
        HttpResponse<String> r = update(PREFIXES + "INSERT DATA { GRAPH <https://w3id.org/stikg/graph/lexicon> "
                + "{ id:fx-agency rdfs:comment \"x\" } . GRAPH <urn:x:ok> { id:fx-agency rdfs:comment \"y\" } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/stikg/graph/lexicon"), r.body());
        HttpResponse<String> clear = update("CLEAR GRAPH <https://w3id.org/stikg/graph/inferred>");
        assertEquals(400, clear.statusCode(), clear.body());
        HttpResponse<String> drop = update("DROP ALL");
        assertEquals(400, drop.statusCode(), drop.body());
        HttpResponse<String> put = put("https://w3id.org/stikg/graph/lexicon", "<urn:a> <urn:b> <urn:c> .");
        assertEquals(4, put.statusCode() / 100, put.body());
        assertTrue(put.body().contains("https://w3id.org/stikg/graph/lexicon"), put.body());
        assertEquals(before, counts());
        assertTrue(patches.isEmpty());
    }

    @Test
    void givenAnUpdateThatBreaksAShape_whenSent_thenItIsRefusedWithTheViolationAndNothingChanges() throws Exception {
        Map<String, Long> before = counts();
        HttpResponse<String> r = update(PREFIXES + """
                INSERT DATA { GRAPH <urn:x:notes> {
                  id:fx-korean-only a sti:Program ; rdfs:label "한국어만"@ko ;
                    sti:fundedBy id:fx-agency ; sti:supports id:fx-area-space } }""");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/stikg/id/fx-korean-only"), r.body());
        assertTrue(r.body().contains("rdfs:label") || r.body().contains("http://www.w3.org/2000/01/rdf-schema#label"),
                r.body());
        HttpResponse<String> put = put("urn:x:notes", "<https://w3id.org/stikg/id/fx-korean-only> a "
                + "<https://w3id.org/stikg/ontology#Program> ; <http://www.w3.org/2000/01/rdf-schema#label> \"한국어만\"@ko .");
        assertEquals(4, put.statusCode() / 100, put.body());
        assertTrue(put.body().contains("fx-korean-only"), put.body());
        assertEquals(before, counts());
        assertFalse(ask(INFERRED_FROM_NOTE), "the refused write left an inference behind");
        assertTrue(patches.isEmpty());
    }

    @Test
    void givenAServerStartedWithInferenceOffForTheBenchmark_whenAWriteIsSent_thenItCommitsAndTheInferredGraphStaysAsItWas()
            throws Exception {
        server.close();
        ServerConfig sc = ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(dir.resolve("passwd"), List.of("admin"));
        server = StikgServer.start(live, sc, RuleSet.read(config.rulesDir()), ShapesCheck.read(config.shapesFile()),
                config.graphs(), config.iris().base(), List.of(), WriteInference.OFF_FOR_BENCHMARK);
        long inferredBefore = counts().get("https://w3id.org/stikg/graph/inferred");

        HttpResponse<String> w = update(NEW_PROGRAM);
        assertEquals(2, w.statusCode() / 100, w.body());
        assertTrue(ask("ASK { GRAPH <urn:x:notes> { id:fx-new-program sti:supports id:fx-area-space } }"));
        assertFalse(ask(INFERRED_FROM_NOTE), "inference off, yet the inferred graph followed the write");
        assertEquals(inferredBefore, counts().get("https://w3id.org/stikg/graph/inferred"));

        // the shapes are still checked: only inference is off
        HttpResponse<String> bad = update(PREFIXES + "INSERT DATA { GRAPH <urn:x:notes> { id:fx-korean-only a "
                + "sti:Program ; rdfs:label \"한국어만\"@ko } }");
        assertEquals(4, bad.statusCode() / 100, bad.body());
    }

    @Test
    void givenAStreamOfQueries_whenTheServerSwitchesToARebuiltDatabase_thenNoneFailsAndEachSeesOldOrNew()
            throws Exception {
        String old = planLabel();
        Path oldDb = live.databaseDir();
        renamePlan("Examplestan Renamed Plan");
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean switched = new AtomicBoolean();
        List<String> answers = new CopyOnWriteArrayList<>();
        List<String> askedAfterTheSwitch = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                while (!done.get()) {
                    try {
                        boolean after = switched.get(); // a query sent before may still end after: it may see the old
                        HttpResponse<String> r = query("SELECT ?l { id:fx-plan-1 rdfs:label ?l FILTER(lang(?l) = \"en\") }");
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.body());
                        } else {
                            String label = r.body().lines().skip(1).findFirst().orElse("").trim();
                            answers.add(label);
                            if (after) {
                                askedAfterTheSwitch.add(label);
                            }
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        Thread.sleep(200);
        new Build(config, Clock.systemUTC()).intoLive(live);
        switched.set(true);
        Thread.sleep(200);
        done.set(true);
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(List.of(), failures);
        assertTrue(answers.size() > 3, "too few answers to tell: " + answers.size());
        for (String a : answers) {
            assertTrue(a.equals(old) || a.equals("Examplestan Renamed Plan"), "an answer from neither build: " + a);
        }
        for (String a : askedAfterTheSwitch) {
            assertEquals("Examplestan Renamed Plan", a, "a query sent after the switch saw the old database");
        }
        assertEquals("Examplestan Renamed Plan", planLabel());
        assertFalse(Files.exists(oldDb), "the replaced database was not deleted after its last reader");
        assertTrue(Files.exists(live.databaseDir()));
    }
}
