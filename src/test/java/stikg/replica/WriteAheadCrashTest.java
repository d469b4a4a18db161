package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.Materializer;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/**
 * The writer's log and store agree after any crash. A real writer ({@code stikg serve} in a child JVM over a real
 * TDB2 store) takes a stream of writes and is stopped dead: halted exactly at each step of the write-ahead protocol
 * (before and after the commit), then killed with {@code kill -9} at random moments. After each restart its log,
 * read through its own endpoint, replayed from nothing gives exactly the user graph its store holds, in order, with
 * an unbroken id/prev chain and every acknowledged write in it; and a replica that followed the log across every
 * crash ends with the writer's very quads.
 */
class WriteAheadCrashTest {

    private static final int RANDOM_KILLS = 6;
    private static final Graphs GRAPHS = Graphs.standard();
    private static final String GRAPH = "urn:x:crash";
    private static final Node SEQ = NodeFactory.createURI("urn:x:seq");
    private static final Pattern SERVING = Pattern.compile("Serving (http://\\S+?)/ ");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<Long> acknowledged = new ConcurrentSkipListSet<>();
    private final AtomicLong nextValue = new AtomicLong(1);
    private int runs;
    private int pendingKept;
    private int pendingDropped;

    /** A running writer: its process and its address. */
    private record Writer(Process process, String url, Path output) {
    }

    @Test
    void givenAWriterStoppedDeadAtEveryStepAndAtRandom_whenRestarted_thenItsLogHoldsExactlyWhatItsStoreHolds()
            throws Exception {
        StoreLocation writerLocation = Fixture.buildInto(dir.resolve("writer"));
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, ReplicaTesting.PASSWORDS);
        RuleSet rules = RuleSet.read(Path.of("ontology/rules"));
        copy(writerLocation.root(), dir.resolve("replica")); // the same build, before any write (as a dump would give)
        try (GraphStore replicaStore = new StoreLocation(dir.resolve("replica")).open()) {
            ReplicaStore replica = new ReplicaStore(replicaStore, GRAPHS, new Materializer(rules));
            ReplicaProgress progress = new ReplicaProgress(1_000_000, Duration.ofSeconds(30));
            List<Long> logged = List.of();

            // halted at each step: a write halted before its commit must be lost, one halted after it kept; each
            // start settles what the run before it left, and its log is checked before it takes its one write
            long halted = 0;
            String haltedAt = null;
            for (String step : List.of("pending-written", "recorded", "committed", "renamed")) {
                Writer w = start(writerLocation, passwords, step);
                logged = checkAgreement(w, writerLocation, logged);
                assertHaltedWriteSettled(logged, halted, haltedAt);
                follow(w, replica, progress, haltedAt == null);
                halted = nextValue.getAndIncrement();
                haltedAt = step;
                try {
                    update(w, halted);
                    fail("the writer answered a write it should have halted in, at " + step);
                } catch (IOException expected) {
                    // the process halted in the middle of the request
                }
                assertTrue(w.process().waitFor(60, TimeUnit.SECONDS), "the writer did not halt at " + step);
                assertEquals(PatchLog.HALTED, w.process().exitValue(), "not halted by the fault hook at " + step + ": "
                        + Files.readString(w.output()));
            }

            // killed at random moments of a stream of writes
            Random random = new Random(21);
            for (int i = 0; i < RANDOM_KILLS; i++) {
                Writer w = start(writerLocation, passwords, null);
                logged = checkAgreement(w, writerLocation, logged);
                if (i == 0) {
                    assertHaltedWriteSettled(logged, halted, haltedAt);
                }
                follow(w, replica, progress, false);
                AtomicBoolean stopWriting = new AtomicBoolean();
                Thread writes = new Thread(() -> {
                    while (!stopWriting.get()) {
                        try {
                            update(w, nextValue.getAndIncrement());
                        } catch (IOException e) {
                            return; // the writer died under the request
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                int ackedBefore = acknowledged.size();
                writes.start();
                // from the first answered write of the run on (the first one warms the write path up), so that the
                // kill falls among steady writes: in their checks, before, during or after their commit
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (acknowledged.size() == ackedBefore && writes.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertTrue(acknowledged.size() > ackedBefore, "the writer answered no write: " + Files.readString(w.output()));
                Thread.sleep(random.nextInt(1000));
                stop(w.process(), true);
                stopWriting.set(true);
                writes.join(30_000);
            }

            Writer last = start(writerLocation, passwords, null);
            logged = checkAgreement(last, writerLocation, logged);
            follow(last, replica, progress, false);
            stop(last.process(), false); // a clean stop, so the store can be opened here
            assertTrue(logged.containsAll(acknowledged), "acknowledged writes missing from the log");
            try (GraphStore writerStore = writerLocation.open()) {
                assertEquals(ReplicaTesting.sortedNQuads(writerStore.datasetGraph(), GRAPHS),
                        ReplicaTesting.sortedNQuads(replicaStore.datasetGraph(), GRAPHS));
            }
            System.out.println("WriteAheadCrashTest: " + runs + " writer runs, " + (4 + RANDOM_KILLS) + " crashes, "
                    + logged.size() + " writes logged of " + (nextValue.get() - 1) + " sent, " + acknowledged.size()
                    + " acknowledged; pending patches found at a start: " + pendingKept + " kept, " + pendingDropped
                    + " dropped");
            // the halts alone leave three: dropped after "pending-written" and "recorded", kept after "committed";
            // whether a random kill also lands between a commit and its rename is chance, so it is printed only
            assertTrue(pendingKept >= 1 && pendingDropped >= 2, "the halts did not leave pending patches to settle");
        }
    }

    /** The write halted at {@code step} is in the log (and the store) exactly when the halt came after its commit. */
    private static void assertHaltedWriteSettled(List<Long> logged, long value, String step) {
        if (step != null) {
            boolean kept = step.equals("committed") || step.equals("renamed");
            assertEquals(kept, logged.contains(value), "write " + value + " halted at " + step + ": "
                    + (kept ? "committed, but not in the log" : "never committed, but in the log"));
        }
    }

    /** Starts {@code stikg serve} as the writer in a child JVM; {@code haltAt}: the step it halts at, if any. */
    private Writer start(StoreLocation location, Path passwords, String haltAt) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (haltAt != null) {
            cmd.add("-D" + PatchLog.HALT_AT + "=" + haltAt);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "stikg.cli.Main", "serve",
                "--store", location.root().toString(),
                "--sources", Fixture.ROOT.resolve("sources").toAbsolutePath().toString(),
                "--lexicon", Fixture.ROOT.resolve("lexicon").toAbsolutePath().toString(),
                "--port", "0", "--password-file", passwords.toString()));
        Path output = dir.resolve("writer-" + (++runs) + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(Files.readString(output));
            if (m.find()) {
                String text = Files.readString(output);
                pendingKept += text.split("after its write committed: kept", -1).length - 1;
                pendingDropped += text.split("never committed: dropped", -1).length - 1;
                return new Writer(p, m.group(1), output);
            }
            if (!p.isAlive()) {
                fail("the writer did not start: " + Files.readString(output));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        fail("the writer did not start within a minute: " + Files.readString(output));
        return null;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** {@code kill -9} (or a clean stop), and waits for the process to be gone. */
    private static void stop(Process p, boolean kill) throws InterruptedException {
        if (kill) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the writer did not stop");
    }

    /** Write {@code v}: the latest value replaced, the value added, in one request (one transaction). */
    private void update(Writer w, long v) throws IOException, InterruptedException {
        String u = "DELETE WHERE { GRAPH <" + GRAPH + "> { <urn:x:w> <urn:x:latest> ?o } } ; "
                + "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:w> <urn:x:latest> " + v + " . <urn:x:w> <" + SEQ.getURI()
                + "> " + v + " } }";
        HttpRequest req = HttpRequest.newBuilder(URI.create(w.url() + "/stikg/update")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", ReplicaTesting.basic("admin", "admin-pw"))
                .POST(HttpRequest.BodyPublishers.ofString(u)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        acknowledged.add(v);
    }

    /**
     * Reads the writer's whole log (through its endpoint, as a replica does) and its user graph, and checks that they
     * agree: an unbroken chain from patch 1, the values written in increasing order, the replayed log equal to the
     * graph, no pending file left, and the log a continuation of what it held before. Returns the values logged.
     */
    private List<Long> checkAgreement(Writer w, StoreLocation location, List<Long> before) throws Exception {
        HttpResponse<byte[]> logAnswer = http.send(HttpRequest.newBuilder(URI.create(w.url()
                + "/stikg/patches?after=0&max=1000000")).header("Authorization", ReplicaTesting.basic("replica",
                "replica-pw")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, logAnswer.statusCode());
        String build = logAnswer.headers().firstValue("Stikg-Build").orElseThrow();
        List<ReceivedPatches.Received> patches = ReceivedPatches.parse(logAnswer.body());
        Graph replayed = GraphFactory.createDefaultGraph();
        List<Long> values = new ArrayList<>();
        PatchId previous = null;
        for (ReceivedPatches.Received p : patches) {
            if (previous == null) {
                assertEquals(1, p.id().number(), "the log does not start at patch 1");
            } else {
                assertEquals(previous.next(), p.id(), "the ids are not consecutive");
            }
            assertEquals(p.id().previous(), p.previous(), "prev does not name the patch before");
            assertEquals(build, p.build());
            previous = p.id();
            for (ReceivedPatches.Change c : p.changes()) {
                assertEquals(GRAPH, c.quad().getGraph().getURI());
                if (c.add()) {
                    replayed.add(c.quad().asTriple());
                    if (c.quad().getPredicate().equals(SEQ)) {
                        values.add(((Number) c.quad().getObject().getLiteralValue()).longValue());
                    }
                } else {
                    replayed.delete(c.quad().asTriple());
                }
            }
        }
        for (int i = 1; i < values.size(); i++) {
            assertTrue(values.get(i) > values.get(i - 1), "the log is out of write order: " + values);
        }
        assertEquals(before, values.subList(0, Math.min(before.size(), values.size())), "the log changed its past");
        assertTrue(values.size() >= before.size(), "the log lost patches it had");
        HttpResponse<String> stored = http.send(HttpRequest.newBuilder(URI.create(w.url() + "/stikg/get?graph="
                + GRAPH)).header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        Graph held = GraphFactory.createDefaultGraph();
        if (stored.statusCode() == 200) {
            RDFParser.fromString(stored.body(), Lang.NTRIPLES).parse(held);
        } else {
            assertEquals(404, stored.statusCode(), stored.body()); // no write committed yet: no such graph
        }
        assertEquals(nTriples(held), nTriples(replayed), "the replayed log differs from the store's user graph");
        try (Stream<Path> files = Files.list(location.root().resolve("patch-log"))) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".pending")), "a pending patch was left after the start");
        }
        return values;
    }

    private static TreeSet<String> nTriples(Graph g) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** The replica's follower, one step at a time, until it is current with this run of the writer. */
    private static void follow(Writer w, ReplicaStore replica, ReplicaProgress progress, boolean first)
            throws Exception {
        Follower follower = new Follower(new WriterClient(URI.create(w.url()), "replica", "replica-pw"), replica,
                progress, Duration.ZERO);
        for (int i = 0; i < 1000; i++) {
            Follower.Outcome o = follower.step();
            if (o == Follower.Outcome.CURRENT) {
                return;
            }
            boolean expected = o == Follower.Outcome.APPLIED || (first && o == Follower.Outcome.RESYNCED);
            assertTrue(expected, "the replica's follower answered " + o + " " + follower.lastRefusal().orElse(""));
        }
        fail("the replica never became current");
    }
}
