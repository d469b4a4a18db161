package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.store.ServerRecord;

/**
 * Commands that meet on one store: a real {@code stikg serve} in a child JVM holds the store (real TDB2 lock, real
 * HTTP), and the commands run here either go through it (query, export, explain, build) or say in one line why
 * they cannot, with their own exit code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoexistenceTest {

    @TempDir
    static Path dir;

    static Path sources;
    static Path store;
    static Process server;
    static ServerRecord record;

    static List<String> common(String... more) {
        List<String> a = new ArrayList<>(List.of("--store", store.toString(), "--sources", sources.toString(),
                "--lexicon", Fixture.ROOT.resolve("lexicon").toAbsolutePath().toString()));
        a.addAll(List.of(more));
        return a;
    }

    static MainTest.Result run(String command, String... args) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(args));
        return MainTest.run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void serve() throws Exception {
        sources = Files.createDirectories(dir.resolve("sources"));
        try (var files = Files.list(Fixture.ROOT.resolve("sources"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sources.resolve(f.getFileName()));
            }
        }
        store = dir.resolve("store");
        assertEquals(0, run("build", common().toArray(String[]::new)).code());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "stikg.cli.Main", "serve", "--port", "0"));
        cmd.addAll(common());
        server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile())
                .start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        Optional<ServerRecord> r = Optional.empty();
        while (r.isEmpty() && server.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            r = ServerRecord.read(store);
        }
        assertTrue(r.isPresent(), "the server did not start: " + Files.readString(dir.resolve("server.log")));
        record = r.get();
        assertEquals(server.pid(), record.pid());
        assertTrue(record.url().startsWith("http://127.0.0.1:"), record.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private static void assertOneLine(MainTest.Result r, String... contains) {
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "not one line: " + err);
        for (String c : contains) {
            assertTrue(err.contains(c), err);
        }
    }

    @Test
    @Order(1)
    void givenAServerHoldingTheStore_whenAQueryIsRun_thenItIsAnsweredThroughTheServerAndSaysSo() throws IOException {
        Path rq = Files.writeString(dir.resolve("label.rq"), "#+ title.en: The plan's English label\nSELECT ?l { <https://w3id.org/stikg/id/fx-plan-1> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = \"en\") }");
        MainTest.Result r = run("query", common(rq.toString(), "--format", "csv").toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Examplestan 1st Innovation Plan"), r.out());
        assertTrue(r.err().contains("through it") && r.err().contains(record.url()), r.err());
    }

    @Test
    @Order(2)
    void givenAServerHoldingTheStore_whenExportAndExplainAreRun_thenTheyAnswerThroughIt() throws IOException {
        Path out = dir.resolve("out/all.nq");
        MainTest.Result e = run("export", common("--format", "nquads", "--out", out.toString()).toArray(String[]::new));
        assertEquals(0, e.code(), e.err());
        String dump = Files.readString(out);
        assertTrue(dump.contains("<https://w3id.org/stikg/id/fx-plan-1>"), "export misses the plan");
        assertTrue(dump.contains("<https://w3id.org/stikg/graph/inferred>"), "export misses the inferred graph");
        MainTest.Result x = run("explain", common("fx-program sti:fundedBy fx-agency").toArray(String[]::new));
        assertEquals(0, x.code(), x.out() + x.err());
        assertTrue(x.out().contains("fx-agency"), x.out());
        assertTrue(x.err().contains("through it"), x.err());
    }

    @Test
    @Order(3)
    void givenAServerHoldingTheStore_whenASecondServeOrALinkImportStarts_thenOneLineNamesTheServerWithExitCode4()
            throws IOException {
        MainTest.Result s = run("serve", common("--port", "0").toArray(String[]::new));
        assertEquals(Main.UNAVAILABLE, s.code());
        assertOneLine(s, "pid " + record.pid(), record.url());
        Path dump = Files.writeString(dir.resolve("dump.nt"), "<urn:a> <urn:b> <urn:c> .\n");
        MainTest.Result l = run("link", "import", "--store", store.toString(), dump.toString(), "--filter", "urn:");
        assertEquals(Main.UNAVAILABLE, l.code(), l.out() + l.err());
        assertOneLine(l, "held by a running 'stikg serve' (pid " + record.pid());
    }

    @Test
    @Order(4)
    void givenNoStore_whenQueried_thenOneLineSaysToBuildWithExitCode4() {
        MainTest.Result r = run("query", "--store", dir.resolve("nothing").toString(), "graph-inventory");
        assertEquals(Main.UNAVAILABLE, r.code());
        assertOneLine(r, "./stikg build");
    }

    @Test
    @Order(5)
    void givenABusyPort_whenServing_thenOneLineNamesThePortWithExitCode4() throws IOException {
        Path other = dir.resolve("other-store");
        Fixture.buildInto(other);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            MainTest.Result r = run("serve", "--store", other.toString(), "--sources", sources.toString(), "--lexicon",
                    Fixture.ROOT.resolve("lexicon").toAbsolutePath().toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(Main.UNAVAILABLE, r.code(), r.out() + r.err());
            assertOneLine(r, "127.0.0.1:" + taken.getLocalPort(), "--port");
        }
    }

    @Test
    @Order(6)
    void givenAServerHoldingTheStore_whenBuildIsRun_thenTheServerSwitchesToTheNewBuildWithoutARestart()
            throws IOException {
        Path f = sources.resolve("fx-brief.yaml");
        Files.writeString(f, Files.readString(f).replace("label: {en: Examplestan 1st Innovation Plan,",
                "label: {en: Examplestan Plan Rebuilt,"));
        MainTest.Result b = run("build", common().toArray(String[]::new));
        assertEquals(0, b.code(), b.out() + b.err());
        assertTrue(b.out().contains("now answers from the new database"), b.out() + b.err());
        Path rq = dir.resolve("label.rq");
        MainTest.Result r = run("query", common(rq.toString(), "--format", "csv").toArray(String[]::new));
        assertTrue(r.out().contains("Examplestan Plan Rebuilt"), r.out());
        assertTrue(server.isAlive(), "the server stopped");
    }
}
