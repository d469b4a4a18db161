package stikg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;

/**
 * Damaged source files from the fault probe: each is refused in one line naming file (and line where there is
 * one) before the expensive work, instead of a stack overflow, minutes of parsing, a blocked read or silence. The
 * time bound proves no hang (a hang would run into minutes); it is not a performance figure.
 */
class SourceInputLimitsTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private String problemsOf(String yaml) throws IOException {
        Path f = dir.resolve("doc.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return problemsOfFile(f);
    }

    private String problemsOfFile(Path f) {
        return assertTimeoutPreemptively(NO_HANG, () -> assertThrows(InvalidInputException.class,
                () -> new SourceReader(dir).read(f, SourceFile.Kind.SOURCE)).getMessage());
    }

    @Test
    void givenYamlNestedTenThousandDeep_whenRead_thenOneLineNamesFileAndLine() throws IOException {
        String flow = "document: {id: d, lines: 3}\nentities: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String msg = problemsOf(flow);
        assertTrue(msg.contains("\n  doc.yaml:2:1: more than 100 nested"), msg);
        assertEquals(2, msg.lines().count(), "a heading and one line: " + msg);

        // block sequences written compactly ("- - - x"): 10,000 levels on one line
        String blockMsg = problemsOf("document: {id: d, lines: 3}\nentities:\n  " + "- ".repeat(10_000) + "x\n");
        assertTrue(blockMsg.contains("doc.yaml:"), blockMsg);
        assertTrue(blockMsg.contains(": nested deeper than 200 levels"), blockMsg);
    }

    @Test
    void givenTwoThousandNestedEntities_whenRead_thenRefusedWithTheLine() throws IOException {
        // in flow style, one line
        StringBuilder flow = new StringBuilder("document: {id: d, lines: 3}\nentities:\n  - ");
        for (int i = 0; i < 2_000; i++) {
            flow.append("{id: e").append(i).append(", at: L1, partOf: ");
        }
        flow.append("null").append("}".repeat(2_000)).append('\n');
        assertTrue(problemsOf(flow.toString()).contains("doc.yaml:3:1: more than 100 nested"));
        // in block style, 300 levels (2,000 would be a 12 MB file, refused for its size)
        StringBuilder block = new StringBuilder("document: {id: d, lines: 3}\nentities:\n  - id: e0\n    at: L1\n");
        String indent = "    ";
        for (int i = 1; i < 300; i++) {
            block.append(indent).append("partOf:\n").append(indent).append("  id: e").append(i).append('\n')
                    .append(indent).append("  at: L1\n");
            indent += "  ";
        }
        String msg = problemsOf(block.toString());
        assertTrue(msg.matches("(?s).*doc\\.yaml:\\d+:1: nested deeper than 200 levels.*"), msg);
    }

    @Test
    void givenAThirtyMegabyteComment_whenRead_thenTheSizeIsRefusedBeforeParsing() throws IOException {
        Path f = dir.resolve("big.yaml");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("document: {id: d, lines: 3}\n# ");
            String chunk = "x".repeat(1 << 20);
            for (int i = 0; i < 30; i++) {
                w.write(chunk);
            }
            w.write("\n");
        }
        String msg = problemsOfFile(f);
        assertTrue(msg.contains("big.yaml: the file has 31457311 bytes; a source file may have at most"), msg);
    }

    @Test
    void givenAFifoNamedLikeASource_whenRead_thenItIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("x.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor(), "mkfifo failed");
        String msg = problemsOfFile(fifo);
        assertTrue(msg.contains("x.yaml: not a regular file"), msg);
    }

    @Test
    void givenALineCountOfZeroOrLess_whenRead_thenItIsRejectedWithItsLine() throws IOException {
        for (String n : new String[] {"0", "-5"}) {
            String msg = problemsOf("document: {id: d, lines: " + n + "}\nentities:\n  - id: x\n    at: L99\n");
            assertTrue(msg.contains("doc.yaml:1:26: lines must be the text's line count, at least 1, not " + n), msg);
        }
    }

    @Test
    void givenUnknownYamlTags_whenRead_thenTheyAreRejectedNotTakenAsText() throws IOException {
        String custom = problemsOf("document: {id: d, lines: 3}\nentities:\n  - id: x\n    label: !custom {en: X}\n");
        assertTrue(custom.contains("doc.yaml:4:12: the YAML tag '!custom' is not accepted"), custom);
        String binary = problemsOf("document: {id: d, lines: 3}\nentities:\n  - id: x\n    note: !!binary aGVsbG8=\n");
        assertTrue(binary.contains("doc.yaml:4:11: the YAML tag 'tag:yaml.org,2002:binary' is not accepted"), binary);
    }

    @Test
    void givenALocatorWithAnEnormousLineNumber_whenRead_thenItIsAnErrorNotACrash() throws IOException {
        String msg = problemsOf("document: {id: d, lines: 3}\nentities:\n  - id: x\n    at: L99999999999\n");
        assertTrue(msg.contains("doc.yaml:4:9: cannot read locator part 'L99999999999'"), msg);
    }
}
