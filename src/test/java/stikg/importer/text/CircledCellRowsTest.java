package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;

/**
 * A table cell that numbers several items in a run of circled marks ("① A ② B ③ C") holds as many rows, and a
 * table without a header whose every cell is one numbered item is a list printed in columns. Read on the
 * task table and technology grid of development brief (g) as they stand in its text, on the technology tables of
 * development briefs (a) and (e), whose cells number one item each under a header, and on cells written for this
 * test.
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
    void givenBriefGsTechnologyGridNumberedDownItsColumns_whenSegmented_thenOneRowPerCellInTheOrderOfTheNumbers()
            throws Exception {
        Segmentation s = segment(BRIEFS.resolve("g-kaldoria-4th-sti-strategy.txt"));
        Segmentation.Table grid = s.tables().stream().filter(t -> t.firstLine() == 114).findFirst().orElseThrow();
        assertEquals(List.of("① 차세대 반도체 L114", "② 인공지능 L115", "③ 이차전지 L116", "④ 양자기술 L114",
                "⑤ 첨단바이오 L115", "⑥ 청정수소 L116", "⑦ 우주·항공 L114", "⑧ 해양기술 L115", "⑨ 사이버보안 L116"),
                grid.rows().stream().map(r -> r.mark() + " " + r.name() + " L" + r.line()).toList());
    }

    @Test
    void givenBriefEsNumberedTableWithAHeaderRow_whenSegmented_thenItIsNoGrid() throws Exception {
        Segmentation s = segment(BRIEFS.resolve("e-arven-7th-sti-basic-plan.txt"));
        Segmentation.Table t = s.tables().stream().filter(x -> x.firstLine() <= 102 && x.lastLine() >= 102)
                .findFirst().orElseThrow();
        assertEquals(List.of("순번", "기술", "투자계획", "비고"), t.header());
        assertEquals(11, t.rows().size(), "one row per printed line, the total row included");
        assertEquals(List.of(), t.layoutNotes().stream().filter(n -> n.contains("columns")).toList());
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
