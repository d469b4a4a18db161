package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.testing.Prerequisites;
import stikg.vocab.Graphs;

/**
 * A loopback cluster as it runs in production: the writer (here in the test's JVM, so the test can rebuild it),
 * two replicas as separate processes ({@code stikg serve --replica-of}, killed with {@code kill -9}) and a real
 * HAProxy process with the configuration of {@code deploy/haproxy.cfg}. The tests run in order over one cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final String ID_BASE = "https://w3id.org/stikg/id/";
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path dir;

    static Path project;
    static BuildConfig buildConfig;
    static StoreLocation writerLocation;
    static GraphStore writerStore;
    static StikgServer writer;
    static int writerPort;
    static Path passwords;
    static final List<ReplicaProcess> replicas = new ArrayList<>();
    static Process haproxy;
    static String balancer;

    /** A replica running as its own process. */
    record ReplicaProcess(int port, Path store, Path log, Process[] process) {

        String url() {
            return "http://127.0.0.1:" + port;
        }

        void start() throws IOException {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", cp, "stikg.cli.Main", "serve",
                    "--project", project.toString(), "--store", store.toString(), "--port", Integer.toString(port),
                    "--queries", Path.of("queries").toAbsolutePath().toString(),
                    "--replica-of", "http://127.0.0.1:" + writerPort, "--replica-login", dir.resolve("login").toString(),
                    "--max-lag-seconds", "90", "--drain-seconds", "2.5");
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process[0] = pb.start();
        }

        void kill9() throws InterruptedException {
            process[0].destroyForcibly(); // SIGKILL
            process[0].waitFor(10, TimeUnit.SECONDS);
        }
    }

    @BeforeAll
    static void startCluster() throws Exception {
        Path haproxyBinary = Prerequisites.haproxy();
        project = dir.resolve("project");
        copyTree(Path.of("ontology"), project.resolve("ontology"));
        copyTree(Path.of("data/links"), project.resolve("data/links"));
        copyTree(Fixture.ROOT.resolve("lexicon"), project.resolve("data/lexicon"));
        copyTree(Fixture.ROOT.resolve("sources"), project.resolve("data/sources"));
        passwords = dir.resolve("passwd");
        Files.writeString(passwords, ReplicaTesting.PASSWORDS);
        Files.writeString(dir.resolve("login"), "replica: replica-pw\n");
        buildConfig = BuildConfig.standard(project);
        writerLocation = new StoreLocation(dir.resolve("writer"));
        new Build(buildConfig, Clock.systemUTC()).into(writerLocation);
        writerPort = freePort();
        startWriter();
        for (int i = 1; i <= 2; i++) {
            // each replica starts from a copy of the writer's build (built once here to save time; a replica with
            // no store builds its own, as the rolling rebuild below shows)
            Path store = dir.resolve("replica" + i);
            copyTree(writerLocation.currentDatabase().orElseThrow(), store.resolve("db-1"));
            Files.writeString(store.resolve("CURRENT"), "db-1");
            ReplicaProcess r = new ReplicaProcess(freePort(), store, dir.resolve("replica" + i + ".log"), new Process[1]);
            r.start();
            replicas.add(r);
        }
        int balancerPort = freePort();
        HaproxyConfig cfg = new HaproxyConfig("127.0.0.1:" + balancerPort, "127.0.0.1:" + writerPort,
                replicas.stream().map(r -> "127.0.0.1:" + r.port()).toList(), "127.0.0.1:" + freePort());
        Path cfgFile = dir.resolve("haproxy.cfg");
        Files.writeString(cfgFile, cfg.render());
        haproxy = new ProcessBuilder(haproxyBinary.toString(), "-db", "-f", cfgFile.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        balancer = "http://127.0.0.1:" + balancerPort;
        for (ReplicaProcess r : replicas) {
            awaitReady(r, writerStore.fingerprint().orElseThrow(), 0, Duration.ofSeconds(90));
        }
        awaitBalancerUses(2, Duration.ofSeconds(20));
    }

    private static void startWriter() {
        writerStore = writerLocation.open();
        String build = writerStore.fingerprint().orElseThrow();
        PatchLog log = PatchLog.open(writerLocation.root().resolve("patch-log"), 1000, writerStore.datasetGraph(), GRAPHS);
        ServerConfig config = ServerConfig.defaults(Path.of("queries")).withPort(writerPort)
                .withPasswordFile(passwords, List.of("admin"));
        writer = StikgServer.start(writerStore, config, RuleSet.read(buildConfig.rulesDir()), GRAPHS, ID_BASE,
                List.of(Replication.writer(log, GRAPHS, build, Set.of("replica"))));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(5, TimeUnit.SECONDS);
        }
        for (ReplicaProcess r : replicas) {
            if (r.process()[0] != null) {
                r.process()[0].destroy();
                if (!r.process()[0].waitFor(10, TimeUnit.SECONDS)) {
                    r.kill9();
                }
            }
        }
        if (writer != null) {
            writer.close();
            writerStore.close();
        }
        for (String log : List.of("replica1.log", "replica2.log", "haproxy.log")) {
            Path f = dir.resolve(log);
            if (Files.exists(f)) {
                List<String> lines = Files.readAllLines(f);
                System.out.println("---- " + log + " (last lines)");
                lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(System.out::println);
            }
        }
    }

    // ---- the must-show cases, in order

    @Test
    @Order(1)
    void givenAWriteThroughTheBalancer_thenItIsVisibleOnBothReplicasWithinFiveSeconds() throws Exception {
        HttpResponse<String> w = ReplicaTesting.update(balancer,
                "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:first> <urn:x:says> \"hello\" } }");
        assertEquals(204, w.statusCode(), w.body());
        assertEquals("writer", w.headers().firstValue("Stikg-Role").orElse(""));
        long version = Long.parseLong(w.headers().firstValue("Stikg-Version").orElseThrow());
        assertTrue(version >= 1);
        long start = System.nanoTime();
        for (ReplicaProcess r : replicas) {
            awaitAsk(r.url(), "ASK { GRAPH <urn:x:notes> { <urn:x:first> <urn:x:says> \"hello\" } }",
                    WITHIN.minusNanos(System.nanoTime() - start));
        }
        System.out.printf("write visible on both replicas after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    @Order(2)
    void givenTheBalancer_whenThePatchLogIsAskedThroughIt_thenItIsNotThereHoweverSpelled() throws Exception {
        for (String path : List.of("/stikg/patches?after=0", "/stikg/./patches?after=0", "//stikg//patches?after=0",
                "/stikg/%70atches?after=0", "/stikg/patches?snapshot")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(balancer + path))
                    .header("Authorization", ReplicaTesting.basic("replica", "replica-pw")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), path);
        }
        // the writer itself serves it to the replicator
        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writerPort
                + "/stikg/patches?after=0")).header("Authorization", ReplicaTesting.basic("replica", "replica-pw"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("H prev"), direct.body());
    }

    @Test
    @Order(3)
    void givenReplicasThatLackAWrite_whenAReadNamesItsVersion_thenTheWriterAnswersIt() throws Exception {
        for (ReplicaProcess r : replicas) {
            Files.writeString(r.store().resolve(Replica.HOLD_FILE), "test: hold at the current version\n");
        }
        try {
            Thread.sleep(300); // a long poll in flight returns with the next patch; the hold discards it
            HttpResponse<String> w = ReplicaTesting.update(balancer,
                    "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:ryw> <urn:x:says> \"mine\" } }");
            long version = Long.parseLong(w.headers().firstValue("Stikg-Version").orElseThrow());
            String ask = "ASK { GRAPH <urn:x:notes> { <urn:x:ryw> <urn:x:says> \"mine\" } }";
            // a plain read goes to a replica, which does not have the write
            HttpResponse<String> plain = read(balancer, ask, null);
            assertEquals("replica", plain.headers().firstValue("Stikg-Role").orElse(""));
            assertTrue(plain.body().contains("false"), plain.body());
            // one that names the write's version is refused by each replica (503) and answered by the writer
            HttpResponse<String> ryw = read(balancer, ask, version);
            assertEquals(200, ryw.statusCode(), ryw.body());
            assertEquals("writer", ryw.headers().firstValue("Stikg-Role").orElse(""));
            assertEquals("writer", ryw.headers().firstValue("Stikg-Served-By").orElse(""));
            assertTrue(ryw.body().contains("true"), ryw.body());
            assertEquals(503, read(replicas.get(0).url(), ask, version).statusCode());
        } finally {
            for (ReplicaProcess r : replicas) {
                Files.delete(r.store().resolve(Replica.HOLD_FILE));
            }
        }
        // once replicas have it, a read naming the version is answered by a replica again
        long version = Long.parseLong(writerReady().get("patch"));
        for (ReplicaProcess r : replicas) {
            awaitReady(r, writerStore.fingerprint().orElseThrow(), version, Duration.ofSeconds(10));
        }
        HttpResponse<String> again = read(balancer, "ASK { ?s ?p ?o }", version);
        assertEquals(200, again.statusCode());
        assertEquals("replica", again.headers().firstValue("Stikg-Role").orElse(""));
    }

    @Test
    @Order(4)
    void givenAQueryStream_whenAReplicaIsKilledWithSigkill_thenNoQueryFails() throws Exception {
        try (QueryStream stream = QueryStream.start(balancer, 2)) {
            Thread.sleep(1500);
            replicas.get(0).kill9();
            Thread.sleep(3000);
            stream.stop();
            System.out.printf("query stream while a replica was killed: %d answered, %d failed%n", stream.ok.get(),
                    stream.failed.get());
            assertEquals(0, stream.failed.get(), stream.firstFailure);
            assertTrue(stream.ok.get() > 20, "too few queries to show anything: " + stream.ok.get());
        }
    }

    @Test
    @Order(5)
    void givenAKilledReplica_whenWritesHappenAndItRestarts_thenItCatchesUpAndHoldsTheWritersQuads() throws Exception {
        ReplicaProcess down = replicas.get(0);
        assertFalse(down.process()[0].isAlive());
        for (int i = 0; i < 3; i++) {
            assertEquals(204, ReplicaTesting.update(balancer, "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:while-down> "
                    + "<urn:x:n> " + i + " . <urn:x:while-down> <urn:x:has> _:b" + i + " } }").statusCode());
        }
        assertEquals(204, ReplicaTesting.update(balancer, "DELETE DATA { GRAPH <urn:x:notes> { <urn:x:first> "
                + "<urn:x:says> \"hello\" } }").statusCode());
        long last = Long.parseLong(writerReady().get("patch"));
        long start = System.nanoTime();
        down.start();
        awaitReady(down, writerStore.fingerprint().orElseThrow(), last, Duration.ofSeconds(60));
        System.out.printf("restarted replica caught up in %d ms (from process start)%n",
                (System.nanoTime() - start) / 1_000_000);
        assertEquals(ReplicaTesting.sortedNQuads(writerStore.datasetGraph(), GRAPHS), exportOf(down.url()));
    }

    @Test
    @Order(6)
    void givenAQueryStream_whenASourceChangesAndTheWriterRebuilds_thenNoQueryFailsAndEveryReplicaEndsOnTheNewBuild()
            throws Exception {
        String oldBuild = writerStore.fingerprint().orElseThrow();
        Path source = project.resolve("data/sources/fx-brief.yaml");
        try (QueryStream stream = QueryStream.start(balancer, 2)) {
            Thread.sleep(500);
            Files.writeString(source, Files.readString(source).replace("a short brief", "a revised brief"));
            writer.close();
            writerStore.close();
            new Build(buildConfig, Clock.systemUTC()).into(writerLocation);
            startWriter();
            String newBuild = writerStore.fingerprint().orElseThrow();
            assertFalse(newBuild.equals(oldBuild));
            long last = Long.parseLong(writerReady().get("patch"));
            for (ReplicaProcess r : replicas) {
                awaitReady(r, newBuild, last, Duration.ofSeconds(90));
            }
            awaitBalancerUses(2, Duration.ofSeconds(10));
            stream.stop();
            System.out.printf("query stream during the rolling rebuild: %d answered, %d failed%n", stream.ok.get(),
                    stream.failed.get());
            assertEquals(0, stream.failed.get(), stream.firstFailure);
        }
        for (ReplicaProcess r : replicas) {
            assertEquals(ReplicaTesting.sortedNQuads(writerStore.datasetGraph(), GRAPHS), exportOf(r.url()));
        }
    }

    // ---- helpers

    /** Queries through the balancer from a few threads until stopped, counting answers and failures. */
    static final class QueryStream implements AutoCloseable {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<Thread> threads = new ArrayList<>();
        volatile String firstFailure = "";

        static QueryStream start(String url, int threads) {
            QueryStream s = new QueryStream();
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> s.run(url), "query-stream-" + i);
                s.threads.add(t);
                t.start();
            }
            return s;
        }

        private void run(String url) {
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
            while (running.get()) {
                try {
                    HttpResponse<String> r = read(url, q, null);
                    if (r.statusCode() == 200 && r.body().contains("\"n\"")) {
                        ok.incrementAndGet();
                    } else {
                        fail("HTTP " + r.statusCode() + " " + r.body());
                    }
                } catch (IOException e) {
                    fail(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void fail(String why) {
            if (failed.getAndIncrement() == 0) {
                firstFailure = why;
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(30_000);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    static HttpResponse<String> read(String baseUrl, String query, Long minVersion)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + "/stikg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/sparql-results+json");
        if (minVersion != null) {
            b.header("Stikg-Min-Version", Long.toString(minVersion));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitAsk(String baseUrl, String ask, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (read(baseUrl, ask, null).body().contains("true")) {
                return;
            }
            Thread.sleep(20);
        }
        fail(baseUrl + " did not show the write within " + within);
    }

    private static java.util.Map<String, String> readyOf(String baseUrl) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/stikg/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            java.util.Map<String, String> out = new java.util.HashMap<>();
            out.put("status", Integer.toString(r.statusCode()));
            Matcher m = Pattern.compile("\"(\\w+)\": (\"[^\"]*\"|[^,}]+)").matcher(r.body());
            while (m.find()) {
                out.put(m.group(1), m.group(2).replace("\"", ""));
            }
            String patch = out.getOrDefault("patch", "null");
            out.put("patch", patch.equals("null") ? "-1" : patch.substring(patch.lastIndexOf(':') + 1));
            return out;
        } catch (IOException e) {
            return java.util.Map.of("status", "down", "reason", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Map.of("status", "interrupted");
        }
    }

    private static java.util.Map<String, String> writerReady() {
        return readyOf("http://127.0.0.1:" + writerPort);
    }

    private static void awaitReady(ReplicaProcess r, String build, long patch, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        java.util.Map<String, String> last = java.util.Map.of();
        while (System.nanoTime() < deadline) {
            last = readyOf(r.url());
            if (last.get("status").equals("200") && build.equals(last.get("build"))
                    && Long.parseLong(last.get("patch")) >= patch) {
                return;
            }
            Thread.sleep(100);
        }
        fail(r.url() + " not ready on build " + build + " at patch " + patch + " within " + within + ": " + last);
    }

    /** Waits until the balancer has sent reads to {@code n} different replicas (its health checks passed). */
    private static void awaitBalancerUses(int n, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Set<String> seen = new java.util.HashSet<>();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = read(balancer, "ASK { }", null);
            if (r.statusCode() == 200) {
                seen.add(r.headers().firstValue("Stikg-Served-By").orElse(""));
            }
            if (seen.stream().filter(s -> s.startsWith("replica")).count() >= n) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the balancer does not send reads to " + n + " replicas: " + seen);
    }

    /** The replica's whole dataset over HTTP, as sorted N-Quads, without its own replication record. */
    private static List<String> exportOf(String baseUrl) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/stikg/get"))
                .header("Accept", "application/n-quads").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.NQUADS)
                .labelToNode(org.apache.jena.riot.lang.LabelToNode.createUseLabelEncoded()).parse(dsg);
        return ReplicaTesting.sortedNQuads(dsg, GRAPHS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
