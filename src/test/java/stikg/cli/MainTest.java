package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private static final List<String> COMMANDS = List.of("build", "serve", "query", "export", "validate", "import",
            "explain", "link", "bench");

    /** Runs the command line and returns exit code and what it printed. */
    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }

    @Test
    void givenHelp_whenAsked_thenEverySubcommandIsListed() {
        Result r = run("--help");
        assertEquals(0, r.code());
        for (String c : COMMANDS) {
            assertTrue(r.out().contains("  " + c + " "), c + " missing from:\n" + r.out());
        }
    }

    @Test
    void givenAnySubcommand_whenAskedForHelp_thenItDescribesItselfAndTheSharedOptions() {
        for (String c : COMMANDS) {
            Result r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("Usage: stikg " + c), r.out());
        }
        for (String c : List.of("build", "serve", "query", "export", "validate")) {
            Result r = run(c, "--help");
            assertTrue(r.out().contains("--store") && r.out().contains("--sources"), c + ": " + r.out());
        }
    }

    @Test
    void givenServerOptionsTheServerCannotTake_whenServing_thenItIsAUsageErrorNamingThem_BeforeAnyBuild(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String store = dir.resolve("store").toString();
        Result cache = run("serve", "--store", store, "--answer-cache-mb", "-1", "--port", "0");
        assertEquals(2, cache.code(), cache.err());
        assertTrue(cache.err().startsWith("the answer cache cannot hold fewer than 0 bytes"), cache.err());
        Result cap = run("serve", "--store", store, "--row-cap", "0", "--port", "0");
        assertEquals(2, cap.code(), cap.err());
        assertTrue(cap.err().startsWith("row cap must be at least 1"), cap.err());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("store")), "nothing was built");
    }

    @Test
    void givenAQueryLibraryFolderThatDoesNotExist_whenServing_thenOneLineNamesIt_BeforeAnyBuild(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path missing = dir.resolve("no-queries-here");
        Result r = run("serve", "--store", dir.resolve("store").toString(), "--queries", missing.toString(),
                "--port", "0");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("--queries"), r.err());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("store")), "nothing was built");
    }

    @Test
    void givenAnUnknownOption_whenRun_thenTheUsageErrorExitCodeIsReturned() {
        assertEquals(2, run("build", "--no-such-option").code());
    }
}
