package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;
import stikg.importer.draft.DraftOutput;
import stikg.importer.names.Lexicon;

/** Bad input gives a clear error or warning naming file and line, and an error writes nothing. */
class BriefImporterTest {

    @TempDir
    Path dir;

    private final BriefImporter importer = new BriefImporter(Briefs.layout(), Lexicon.empty());

    private Path brief(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static long filesUnder(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void givenAnEmptyFile_whenImported_thenTheErrorNamesTheFileAndNothingIsWritten() throws IOException {
        Path f = brief("empty.txt", new byte[0]);
        Path out = dir.resolve("out");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importer.importBrief(f, "empty.txt", out, null));
        assertEquals("empty.txt: the brief is empty", e.problems().get(0).toString());
        assertEquals(0, filesUnder(out));
    }

    @Test
    void givenOnlyBlankLines_whenImported_thenItIsRefused() throws IOException {
        Path f = brief("blank.txt", "\n  \n\t\n".getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importer.importBrief(f, "blank.txt", dir.resolve("out"), null));
        assertTrue(e.getMessage().contains("blank.txt: the brief has no text"), e.getMessage());
    }

    @Test
    void givenBytesThatAreNotUtf8_whenImported_thenTheErrorNamesTheFileAndLineAndNothingIsWritten() throws IOException {
        byte[] korean = "1 개요\n- 첫 줄\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[korean.length + 3];
        System.arraycopy(korean, 0, bad, 0, korean.length);
        bad[korean.length] = (byte) 0xC7;   // a lone lead byte, as EUC-KR text would have
        bad[korean.length + 1] = (byte) 0x41;
        bad[korean.length + 2] = '\n';
        Path f = brief("euc-kr.txt", bad);
        Path out = dir.resolve("out");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importer.importBrief(f, "euc-kr.txt", out, null));
        assertTrue(e.problems().get(0).toString().startsWith("euc-kr.txt:3: not UTF-8 text: byte 0xC7"),
                e.problems().get(0).toString());
        assertEquals(0, filesUnder(out));
    }

    @Test
    void givenATableWithARaggedRow_whenImported_thenAWarningNamesTheLineAndTheDraftIsStillWritten() throws IOException {
        String text = String.join("\n", "제목", "", "1 개요", "", "\t영역\t주요 시책", "1\t가영역\t<ul> • 하나 • 둘",
                "2\t나영역", "3\t다영역\t• 셋", "");
        Path f = brief("ragged.txt", text.getBytes(StandardCharsets.UTF_8));
        ImportReport r = importer.importBrief(f, "ragged.txt", dir.resolve("out"), "ragged");
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).toString().startsWith("ragged.txt:7: ragged table row: 2 cells where table 1 "
                + "has 3"), r.warnings().get(0).toString());
        assertTrue(Files.exists(r.sourceFile()));
        assertTrue(Files.readString(r.sourceFile()).contains("is ragged"), "the draft says so beside the table");
    }

    @Test
    void givenATitleNamingAKnownPlanInOtherWordsForItsSeries_whenImported_thenThePlanKeepsItsSeriesAndValidates()
            throws IOException {
        Path lexiconDir = Path.of("data", "lexicon");
        Path f = brief("known-plan.txt", String.join("\n", "", "제7기 기본계획 점검", "", "1 개요", "",
                "- ⇒ 제7기 기본계획은 연구 지원을 확대", "").getBytes(StandardCharsets.UTF_8));
        ImportReport r = new BriefImporter(Briefs.layout(), Briefs.lexicon(lexiconDir))
                .importBrief(f, "known-plan.txt", dir.resolve("out"), "known-plan");
        String yaml = Files.readString(r.sourceFile());
        assertTrue(yaml.contains("inSeries: jp-sti-basic-plan"), yaml);
        assertFalse(yaml.contains("type: PlanSeries"), "no second series is drafted for the words '기본계획'");
        Briefs.validate(r.sourceFile().getParent(), lexiconDir);
    }

    @Test
    void givenAnInvalidDocumentId_whenImported_thenItIsRefusedBeforeWriting() throws IOException {
        Path f = brief("b.txt", "제목\n\n1 개요\n- 내용\n".getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importer.importBrief(f, "b.txt", out, "Not An Id"));
        assertTrue(e.getMessage().contains("'Not An Id' is not a valid document id"), e.getMessage());
        assertEquals(0, filesUnder(out));
    }

    @Test
    void givenAnOutputFolderWithOtherFiles_whenImported_thenOnlyTheTwoDraftFilesAreAddedAndNoTemporaryFolderRemains()
            throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("sources"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Path f = brief("b.txt", "제목\n\n1 개요\n- 내용\n".getBytes(StandardCharsets.UTF_8));
        ImportReport r = importer.importBrief(f, "b.txt", out, null);
        assertEquals("b", r.documentId());
        assertEquals(out.resolve("sources").resolve("b.yaml"), r.sourceFile());
        assertEquals(out.resolve(DraftOutput.PROPOSALS), r.proposalsFile());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".import-")));
        }
    }

    @Test
    void givenAFileName_whenNoIdIsGiven_thenTheIdIsASlugOfIt() {
        assertEquals("000-35fc73cf533e72ef", BriefImporter.idFromFileName(Path.of("x/000_35fc73cf533e72ef.txt")));
        assertEquals("brief", BriefImporter.idFromFileName(Path.of("가나다.txt")));
    }
}
