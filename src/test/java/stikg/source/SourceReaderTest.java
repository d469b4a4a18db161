package stikg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;

class SourceReaderTest {

    @TempDir
    Path dir;

    private SourceFile read(String yaml) throws IOException {
        Path f = dir.resolve("doc.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return new SourceReader(dir).read(f, SourceFile.Kind.SOURCE);
    }

    private String problemsOf(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(yaml));
        return e.getMessage();
    }

    @Test
    void givenAWellFormedSourceFile_whenRead_thenRecordsKeepValuesLocatorsAndLines() throws IOException {
        SourceFile f = read("""
                document: {id: d, lines: 10, at: L1, label: {en: D}}
                sections:
                  - {id: s1, number: "1", title: {en: One}, lines: 2-5}
                tables:
                  - {id: t1, lines: 3-4, section: s1}
                entities:
                  - id: x
                    type: [Plan]
                    at: L3-4
                    edition: 7
                    cabinetDecisionDate: {value: 2026-03-27, at: L2}
                    target:
                      - {type: Target, amount: 60e12}
                """);
        assertEquals("d", f.document().id());
        assertEquals(10, f.document().lines());
        EntityRecord x = f.entities().get(0);
        assertEquals("x", x.id());
        assertEquals(3, x.at().firstLine());
        assertEquals(4, x.at().lastLine());
        Fact date = x.facts().get(1);
        assertEquals("cabinetDecisionDate", date.property());
        assertEquals(2, date.at().firstLine());
        assertEquals(11, date.where().line());
        assertTrue(x.facts().get(2).value() instanceof Value.Nested);
    }

    @Test
    void givenBrokenYaml_whenRead_thenTheErrorNamesFileAndLine() {
        String msg = problemsOf("document: {id: d, lines: 3}\nentities:\n  - id: x\n    label: [unclosed\n");
        assertTrue(msg.contains("doc.yaml:"), msg);
        assertTrue(msg.contains("YAML syntax"), msg);
    }

    @Test
    void givenAnUnknownTopLevelKeyABadLocatorAndADuplicateKey_whenRead_thenAllThreeAreReportedWithTheirLines() {
        String msg = problemsOf("""
                document: {id: d, lines: 3}
                entites: []
                entities:
                  - id: x
                    at: line 3
                    edition: 1
                    edition: 2
                """);
        assertTrue(msg.contains("doc.yaml:2:10: unknown top-level key 'entites'"), msg);
        assertTrue(msg.contains("doc.yaml:5:9: cannot read locator part 'line'"), msg);
        assertTrue(msg.contains("doc.yaml:7:5: key 'edition' appears twice"), msg);
    }

    @Test
    void givenAnEntityWithoutIdOrAbout_whenRead_thenItIsRejected() {
        assertTrue(problemsOf("document: {id: d, lines: 3}\nentities:\n  - type: Plan\n")
                .contains("doc.yaml:3:5: an entity needs 'id:'"));
    }

    @Test
    void givenBytesThatAreNotUtf8_whenRead_thenTheFileIsNamed() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SourceReader(dir).read(f, SourceFile.Kind.LEXICON));
        assertTrue(e.getMessage().contains("latin1.yaml: not valid UTF-8"), e.getMessage());
    }

    @Test
    void givenLocatorTexts_whenParsed_thenLinesAndTableRowsAreRead() {
        Locator l = Locator.parse("t-tech#⑬ L120-123", stikg.diag.Location.of("f", 1));
        assertEquals("t-tech", l.tableId());
        assertEquals("⑬", l.row());
        assertEquals(120, l.firstLine());
        assertEquals(123, l.lastLine());
        assertEquals("t-tech/⑬/L120-123", l.key());
        assertThrows(IllegalArgumentException.class, () -> Locator.parse("L9-3", stikg.diag.Location.of("f", 1)));
    }
}
