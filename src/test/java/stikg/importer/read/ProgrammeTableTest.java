package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;
import stikg.importer.draft.Draft;

/**
 * A table whose header names programmes ("사업명 | 주관부처 | 사업기간 | 총사업비") drafts a programme per row, as
 * development brief (h) prints its new programmes; the table here is written for this test.
 */
class ProgrammeTableTest {

    @TempDir
    Path dir;

    @Test
    void givenATableHeadedBy사업명_whenDrafted_thenEachRowIsAProgrammeLedByItsMinistry() throws Exception {
        Draft d = Briefs.draft(dir, """
                가상국 「제2차 물길계획」 분석

                <표 1> 주요 신규 사업
                사업명\t주관부처\t사업기간\t총사업비
                맑은 하천 복원 사업\t수자원부\t2027~2030\t120
                정수 기술 도약 프로그램\t산업부\t2027~2031\t80
                """);
        List<String> programmes = d.entities().stream().filter(e -> e.types().contains("Program"))
                .map(e -> e.label().get("ko")).sorted().toList();
        assertEquals(List.of("맑은 하천 복원 사업", "정수 기술 도약 프로그램"), programmes);
    }

    @Test
    void givenAPeriodColumn_whenDrafted_thenEachProgrammeRunsThenAndIsPlannedOrOngoingByTheBriefsDate()
            throws Exception {
        Draft d = Briefs.draft(dir, """
                가상국 「제2차 물길계획」 분석

                발행일: 2026년 11월 2일

                <표 1> 주요 사업
                사업명\t주관부처\t사업기간\t총사업비
                맑은 하천 복원 사업\t수자원부\t2027~2030\t120
                정수 기술 도약 프로그램\t산업부\t2024~2028\t80
                """);
        List<String> programmes = d.entities().stream().filter(e -> e.types().contains("Program"))
                .map(e -> e.label().get("ko") + " " + e.facts().stream().filter(f -> f.property().equals("period")
                        || f.property().equals("status")).map(f -> ((Draft.Literal) f.value()).text()).toList())
                .sorted().toList();
        assertEquals(List.of("맑은 하천 복원 사업 [2027/2030, planned]", "정수 기술 도약 프로그램 [2024/2028, ongoing]"),
                programmes);
    }
}
