package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import stikg.importer.Briefs;
import stikg.testing.Prerequisites;

/** {@code stikg import BRIEF --out DIR [--id DOC-ID]} through the command line, with its exit codes. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void givenTheSecondBrief_whenImportedFromTheCommandLine_thenItPrintsWhatWasDraftedAndWritesBothFiles() {
        Path out = dir.resolve("draft");
        Result r = run("import", Briefs.EXAMPLIA.toString(), "--out", out.toString(), "--id", "examplia",
                "--lexicon", Briefs.EXAMPLIA_LEXICON.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Drafted examplia from"), r.out());
        assertTrue(r.out().contains("4 tables, 13 rows"), r.out());
        assertTrue(r.out().contains("candidate facts for review"), r.out());
        assertTrue(Files.exists(out.resolve("sources/examplia.yaml")));
        assertTrue(Files.exists(out.resolve("lexicon-proposals.yaml")));
    }

    @Test
    void givenAnEmptyBrief_whenImportedFromTheCommandLine_thenItExitsWithTheInputErrorAndOneMessage() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Result r = run("import", empty.toString(), "--out", dir.resolve("o").toString());
        assertEquals(Main.INPUT_ERROR, r.code());
        assertTrue(r.err().contains("empty.txt: the brief is empty"), r.err());
        assertTrue(Files.notExists(dir.resolve("o").resolve("sources")));
    }

    @Test
    void givenNoOutputFolder_whenImported_thenItIsAUsageError() {
        Result r = run("import", Briefs.EXAMPLIA.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
    }

    /**
     * JVMs iterate immutable maps and sets ({@code Map.of}, {@code Set.copyOf}) in an order salted at start-up, so
     * a draft that depended on such an order would differ between runs: the seed brief is imported in three fresh
     * JVMs and the files compared. A dependence on one such order shows in three of four runs of this test; the
     * one found so far has a test of its own in {@code stikg.importer.names.EntityRecognizerTest}.
     */
    @Test
    void givenTheSeedBrief_whenImportedInSeparateJvms_thenTheDraftsAreTheSameByteForByte() throws Exception {
        Prerequisites.seedBrief();
        Path first = importInNewJvm("first");
        for (String run : new String[] {"second", "third"}) {
            Path other = importInNewJvm(run);
            for (String file : new String[] {"sources/seed.yaml", "lexicon-proposals.yaml"}) {
                assertEquals(Files.readString(first.resolve(file)), Files.readString(other.resolve(file)),
                        file + " differs between the first and the " + run + " run");
            }
        }
    }

    private Path importInNewJvm(String name) throws Exception {
        Path out = dir.resolve(name);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import", Prerequisites.SEED_BRIEF.toString(), "--id", "seed", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertEquals(0, p.waitFor(), "the import in a new JVM failed: " + Files.readString(dir.resolve(name + ".log")));
        return out;
    }
}
