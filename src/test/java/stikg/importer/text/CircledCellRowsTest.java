package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;

/**
 * A table cell that numbers several items in a run of circled marks ("① A ② B ③ C") holds as many rows. Read on the
 * task table of development brief (g) as it stands in its text, on the technology table of development brief (a),
 * whose cells number one item each, and on a cell written for this test.
 */
class CircledCellRowsTest {

    @TempDir
    Path dir;

    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private Segmentation segment(Path brief) throws Exception {
        return Briefs.segment(new BriefReader().read(brief, brief.getFileName().toString()));
    }

    private static List<String> rowsAt(Segmentation s, int line) {
        return s.tables().stream().flatMap(t -> t.rows().stream()).filter(r -> r.line() == line)
                .map(r -> r.mark() + " " + r.name() + " / " + r.group()).toList();
    }

    @Test
    void givenBriefGsTaskCellWithThreeCircledTasks_whenSegmented_thenThreeRowsOfTheStrategysGroup() throws Exception {
        Segmentation s = segment(BRIEFS.resolve("g-kaldoria-4th-sti-strategy.txt"));
        assertEquals(List.of("① 기초연구 다년도 지원 확대 / Ⅰ. 연구 기반 확충", "② 대형 연구장비 공동활용 / Ⅰ. 연구 기반 확충",
                "③ 연구데이터 개방 / Ⅰ. 연구 기반 확충"), rowsAt(s, 84));
        Segmentation.Row second = s.tables().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.line() == 84 && r.mark().equals("②")).findFirst().orElseThrow();
        assertEquals(List.of(), second.items(), "the budget cell stays with the row printed on the line");
    }

    @Test
    void givenBriefAsTechnologyTableWithOneCircledItemPerCell_whenSegmented_thenOneRowPerLine() throws Exception {
        Segmentation s = segment(BRIEFS.resolve("a-serenia-core-tech-strategy-2.txt"));
        assertEquals(List.of("① 인공지능 / 주력기술"), rowsAt(s, 54));
        assertEquals(List.of("⑧ 양자 / 신흥기술"), rowsAt(s, 65));
    }

    @Test
    void givenMarksOutOfTurnInACell_thenTheyStayPartOfTheName() {
        assertEquals(List.of("①:가 ③ 나", "②:다"), TableAssembler.circledRun("①", "가 ③ 나 ② 다").stream()
                .map(p -> p[0] + ":" + p[1]).toList());
        assertEquals(List.of(), TableAssembler.circledRun("1", "가 ② 나"), "only a circled mark starts a run");
        assertEquals(List.of("①:가"), TableAssembler.circledRun("①", "가").stream().map(p -> p[0] + ":" + p[1])
                .toList());
    }
}
