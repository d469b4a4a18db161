package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.source.SourceFile;
import stikg.source.SourceReader;

/** The agreement metric compares literals by value, whatever notation a file writes a number in. */
class DraftAgreementTest {

    @TempDir
    Path dir;

    private SourceFile source(String name, String amount) throws Exception {
        Path f = dir.resolve("sources").resolve(name + ".yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n",
                "document:",
                "  id: " + name,
                "  lines: 1",
                "  at: L1",
                "  label: {ko: 문서}",
                "entities:",
                "  - id: " + name + "-target",
                "    type: Target",
                "    at: L1",
                "    label: {ko: 목표}",
                "    amount: " + amount,
                "    currency: JPY",
                ""));
        return new SourceReader(dir).read(f, SourceFile.Kind.SOURCE);
    }

    @Test
    void givenAnAmountInExponentNotation_whenComparedWithTheSameAmountWrittenOut_thenTheFactsAgree() throws Exception {
        DraftAgreement.Figures fig = new DraftAgreement(List.of()).compare(source("draft", "30000000000000"),
                source("curated", "30e12"));
        assertEquals(List.of(), fig.missedFacts());
        assertEquals(1.0, fig.factRecall());
    }
}
