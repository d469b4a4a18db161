package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.Materializer;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * A writer with its patch log (a real Fuseki over a real TDB2 store) and a replica's store followed one step at a
 * time, so each case is deterministic: what is applied, what is refused, when the replica resyncs whole.
 */
class FollowerTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final RuleSet RULES = RuleSet.read(Path.of("ontology/rules"));

    @TempDir
    static Path dir;

    static GraphStore writerStore;
    static PatchLog log;
    static StikgServer writer;
    static GraphStore replicaStore;
    static ReplicaProgress progress;
    static Follower follower;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, ReplicaTesting.PASSWORDS);
        writerStore = Fixture.buildInto(dir.resolve("writer")).open();
        String build = writerStore.fingerprint().orElseThrow();
        log = PatchLog.open(dir.resolve("log"), 1000, writerStore.datasetGraph(), GRAPHS);
        ServerConfig config = ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("admin"));
        writer = StikgServer.start(writerStore, config, RULES, GRAPHS, "https://w3id.org/stikg/id/",
                List.of(Replication.writer(log, GRAPHS, build, Set.of("replica"))));
        replicaStore = Fixture.buildInto(dir.resolve("replica")).open();
        progress = new ReplicaProgress(10, Duration.ofSeconds(30));
        follower = new Follower(new WriterClient(URI.create(writer.baseUrl()), "replica", "replica-pw"),
                new ReplicaStore(replicaStore, GRAPHS, new Materializer(RULES)), progress, Duration.ZERO);
        // the first step loads the writer's user graphs (none yet) and records where the log stands
        assertEquals(Follower.Outcome.RESYNCED, follower.step());
    }

    @AfterAll
    static void stop() {
        writer.close();
        writerStore.close();
        replicaStore.close();
    }

    private static long write(String update) throws Exception {
        HttpResponse<String> r = ReplicaTesting.update(writer.baseUrl(), update);
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        return Long.parseLong(r.headers().firstValue("Stikg-Version").orElseThrow());
    }

    private static void assertSameData() {
        // the writer recomputes its inferred graph right after the write's own transaction: wait for it to be there
        List<String> want = ReplicaTesting.sortedNQuads(writerStore.datasetGraph(), GRAPHS);
        assertEquals(want, ReplicaTesting.sortedNQuads(replicaStore.datasetGraph(), GRAPHS));
    }

    private static Path patchFile(long n) throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("log"))) {
            return s.filter(p -> p.getFileName().toString().equals(String.format("%019d.patch", n))).findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void givenWritesOnTheWriter_whenFollowed_thenEachIsAppliedInOrderAndTheStoresHoldTheSameQuads() throws Exception {
        long v1 = write("INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:says> \"one\" . "
                + "<urn:x:a> <urn:x:has> _:b . _:b <urn:x:says> \"blank\" } }");
        long v2 = write("DELETE DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:says> \"one\" } } ; "
                + "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:says> \"two\" } }");
        assertEquals(v1 + 1, v2);
        assertEquals(v2, log.last().number());
        String text = Files.readString(patchFile(v2), StandardCharsets.UTF_8);
        assertTrue(text.contains("H prev <" + new PatchId(log.logId(), v1).node().getURI() + ">"), text);
        assertTrue(text.contains("H build \"" + writerStore.fingerprint().orElseThrow() + "\""), text);
        assertEquals(Follower.Outcome.APPLIED, follower.step());
        assertEquals(v2, progress.reached());
        assertEquals(v2, new ReplicaStore(replicaStore, GRAPHS, null).state().orElseThrow().reached().number());
        assertSameData();
        assertEquals(Follower.Outcome.CURRENT, follower.step());
    }

    @Test
    void givenAWriteToABuiltGraph_whenRefused_thenNothingIsLogged() throws Exception {
        long before = log.last().number();
        HttpResponse<String> r = ReplicaTesting.update(writer.baseUrl(),
                "INSERT DATA { GRAPH <" + GRAPHS.inferred() + "> { <urn:x:b> <urn:x:p> <urn:x:c> } }");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(before, log.last().number());
    }

    @Test
    void givenACutPatch_whenDelivered_thenItIsRefusedAndChangesNothing() throws Exception {
        assertEquals(Follower.Outcome.CURRENT, follower.step());
        long v = write("INSERT DATA { GRAPH <urn:x:notes> { <urn:x:cut> <urn:x:says> \"whole\" } }");
        Path file = patchFile(v);
        String whole = Files.readString(file, StandardCharsets.UTF_8);
        List<String> before = ReplicaTesting.sortedNQuads(replicaStore.datasetGraph(), GRAPHS);
        long reached = progress.reached();
        try {
            Files.writeString(file, whole.substring(0, whole.indexOf("TC")), StandardCharsets.UTF_8); // no TC
            assertEquals(Follower.Outcome.REFUSED, follower.step());
            assertTrue(follower.lastRefusal().orElseThrow().contains("cut short"), follower.lastRefusal().get());
            Files.writeString(file, "H id <urn:x:1> .\nTX .\nA <urn:x:a> <urn:x:b> .\nTC .\n", StandardCharsets.UTF_8);
            assertEquals(Follower.Outcome.REFUSED, follower.step());
            assertTrue(follower.lastRefusal().isPresent());
            Files.writeString(file, whole.replace("H prev <", "H prev <urn:x:elsewhere> .\nH nothing <"),
                    StandardCharsets.UTF_8);
            assertEquals(Follower.Outcome.REFUSED, follower.step());
            assertEquals(before, ReplicaTesting.sortedNQuads(replicaStore.datasetGraph(), GRAPHS));
            assertEquals(reached, progress.reached());
        } finally {
            Files.writeString(file, whole, StandardCharsets.UTF_8);
        }
        assertEquals(Follower.Outcome.APPLIED, follower.step());
        assertEquals(v, progress.reached());
        assertSameData();
    }

    @Test
    void givenAStoreThatRecordsAnotherLog_whenFollowed_thenItResyncsWhole() throws Exception {
        write("INSERT DATA { GRAPH <urn:x:other> { <urn:x:o> <urn:x:says> \"kept\" } }");
        assertTrue(follower.step() != Follower.Outcome.REFUSED);
        // as if the writer had started a new log (or the replica followed another writer): numbers mean nothing now
        UserGraphs ug = new UserGraphs(GRAPHS);
        Txn.executeWrite(replicaStore.datasetGraph(), () -> {
            replicaStore.datasetGraph().add(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:stale"), org.apache.jena.graph.NodeFactory
                            .createURI("urn:x:s"), org.apache.jena.graph.NodeFactory.createURI("urn:x:p"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:o")));
            new ReplicaState(new PatchId(UUID.randomUUID().toString(), log.last().number()),
                    replicaStore.fingerprint().orElseThrow()).write(replicaStore.datasetGraph(), ug.replication());
        });
        assertEquals(Follower.Outcome.RESYNCED, follower.step());
        assertSameData();
        assertFalse(ReplicaTesting.sortedNQuads(replicaStore.datasetGraph(), GRAPHS).stream()
                .anyMatch(l -> l.contains("urn:x:stale")));
    }

    @Test
    void givenTheWriter_whenAskedForThePatchLogWithoutTheReplicatorLogin_thenItRefuses() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(writer.baseUrl()
                + "/stikg/patches?after=0")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(writer.baseUrl()
                + "/stikg/patches?after=0")).header("Authorization", ReplicaTesting.basic("admin", "admin-pw")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, admin.statusCode());
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(writer.baseUrl() + "/stikg/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"build\": \"" + writerStore.fingerprint().orElseThrow() + "\""), ready.body());
    }
}
