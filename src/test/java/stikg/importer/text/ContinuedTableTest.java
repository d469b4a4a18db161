package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;

/**
 * A table a page break splits, continued under its caption printed again with "(계속)", after a footer that prints
 * the page number after a bar; its caption numbered by chapter ("[표 3-1]"); a total row printed last. Read on
 * development brief (g) as it stands in its text, and on development brief (e), whose split table has no caption
 * over its rest, and on lines written for this test.
 */
class ContinuedTableTest {

    @TempDir
    Path dir;

    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private static Segmentation segment(Path brief) throws Exception {
        return Briefs.segment(new BriefReader().read(brief, brief.getFileName().toString()));
    }

    private static List<String> tables(Segmentation s) {
        return s.tables().stream().map(t -> t.firstLine() + "-" + t.lastLine() + " " + t.caption()).toList();
    }

    @Test
    void givenBriefGsTaskTableContinuedUnderItsCaptionAndAFooter_whenSegmented_thenOneTableWithItsTotalRowLast()
            throws Exception {
        Segmentation s = segment(BRIEFS.resolve("g-kaldoria-4th-sti-strategy.txt"));
        Segmentation.Table t = s.tables().stream().filter(x -> x.firstLine() == 83).findFirst().orElseThrow();
        assertEquals("4대 전략별 추진과제와 6년간 예산", t.caption(), "a caption numbered by chapter");
        assertEquals(94, t.lastLine(), "L91-94 continue the table after the footer (L87) and the '(계속)' caption");
        assertEquals(List.of("①", "②", "③", "①", "②", "③", "①", "②", "③", "①", "②", "③", "5"),
                t.rows().stream().map(Segmentation.Row::mark).toList(), "the total row is numbered by its place among the printed rows");
        assertEquals("Ⅳ. 산업 전환과 지역 확산", t.rows().get(11).group());
    }

    @Test
    void givenBriefEsSplitTableWithoutACaptionOverItsRest_whenSegmented_thenItIsStillJoined() throws Exception {
        Segmentation s = segment(BRIEFS.resolve("e-arven-7th-sti-basic-plan.txt"));
        assertEquals(1, s.tables().stream().filter(t -> t.firstLine() <= 59 && t.lastLine() >= 76).count());
    }

    @Test
    void givenANewTableUnderItsOwnCaptionAfterAFooter_thenItIsNotJoinedToTheOneBefore() throws Exception {
        Path f = dir.resolve("brief.txt");
        Files.writeString(f, String.join("\n", "가상국 연구혁신 전략의 주요 내용", "", "[표 1-1] 과제", "",
                "전략\t과제", "가\t① 하나", "", "가상 리포트 | 3", "", "[표 1-2] 기술", "", "분야\t기술", "나\t② 둘", ""));
        Segmentation s = Briefs.segment(new BriefReader().read(f, "brief.txt"));
        assertEquals(List.of("5-6 과제", "12-13 기술"), tables(s));
    }
}
