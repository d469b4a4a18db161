package stikg.importer.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.source.EntityRecord;
import stikg.source.SourceFile;
import stikg.source.SourceReader;
import stikg.source.Value;

/** The writer prints the source format: any text survives quoting, and property names never clash with keys. */
class DraftWriterTest {

    @TempDir
    Path dir;

    @Test
    void givenTextsWithQuotesAndBackslashesAndAPropertyNamedLikeAKey_whenWrittenAndReadBack_thenNothingIsLost()
            throws Exception {
        String tricky = "a \"quoted\" \\ name: # not a comment\twith tab";
        Draft.EntityPart event = new Draft.EntityPart("d/event-1", null, List.of("Announcement"), "L3",
                Map.of("ko", tricky, "en", "x"), Map.of(), List.of("A:B"), List.of(EntityBook.CANDIDATE),
                List.of(new Draft.FactPart("about", new Draft.Ref("d/thing"), null),
                        new Draft.FactPart("date", new Draft.Literal("2025-12", false), "L4")),
                List.of("how it was read"));
        Draft.EntityPart thing = new Draft.EntityPart("d/thing", null, List.of("Guideline"), "t1#⑬ L3",
                Map.of("ko", "가이드라인", "en", "Guideline"), Map.of(), List.of(), List.of(), List.of(), List.of());
        Draft draft = new Draft("ko", new Draft.DocumentPart("d", 9, "L1", Map.of("ko", "제목", "en", "Title"), List.of(),
                List.of()), List.of(), List.of(), List.of(event, thing), List.of(), List.of(), List.of());
        String yaml = new DraftWriter().source(draft, "brief.txt");
        assertTrue(yaml.contains("sti:about: d/thing"), yaml);
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, yaml);
        SourceFile read = new SourceReader(dir).read(f, SourceFile.Kind.SOURCE);
        EntityRecord e = read.entities().get(0);
        Value.LangText label = (Value.LangText) e.facts().stream().filter(x -> x.property().equals("label"))
                .findFirst().orElseThrow().value();
        assertEquals(List.of(tricky), label.byLanguage().get("ko"));
        assertEquals(4, e.facts().stream().filter(x -> x.property().equals("date")).findFirst().orElseThrow()
                .at().firstLine());
        assertEquals("⑬", read.entities().get(1).at().row());
        assertFalse(e.facts().stream().anyMatch(x -> x.property().equals("about")));
    }
}
