package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;

/**
 * A table without row marks whose header names its rows in a later column ("정책분야 | 중점과제 | 주관부처") is read
 * with the first column as the rows' group, a name cell listing several items ("A, B") holding a row for each; and a
 * grid of numbered items beside a group column ("유형 | ① A | ② B") holds one row per item in its group. Read on the
 * tables of development brief (h) as they stand in its text and on tables written for this test.
 */
class GroupedTableRowsTest {

    @TempDir
    Path dir;

    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private static Segmentation segment(Path brief) throws Exception {
        return Briefs.segment(new BriefReader().read(brief, brief.getFileName().toString()));
    }

    private Segmentation segment(String text) throws Exception {
        Path brief = dir.resolve("brief.txt");
        Files.writeString(brief, text);
        return segment(brief);
    }

    private static List<String> rows(Segmentation s, int firstLine) {
        Segmentation.Table t = s.tables().stream().filter(x -> x.firstLine() <= firstLine
                && x.lastLine() >= firstLine).findFirst().orElseThrow();
        return t.rows().stream().map(r -> r.name() + " / " + r.group() + " L" + r.line()).toList();
    }

    @Test
    void givenBriefHsAreaTableWithTasksJoinedByCommas_whenSegmented_thenOneRowPerTaskUnderItsArea() throws Exception {
        Segmentation s = segment(BRIEFS.resolve("h-halvaria-4th-ri-plan.txt"));
        List<String> rows = rows(s, 60);
        assertEquals(List.of("장기 기초연구 지원 확대 / 기초연구 생태계 강화 L60", "연구장비 공동활용 체계 구축 / 기초연구 생태계 강화 L60",
                "전략기술 임무형 연구 추진 / 국가전략기술 확보 L61", "연구보안 강화 / 국가전략기술 확보 L61",
                "신진연구자 안정적 연구 지원 / 연구인재 육성·유치 L62", "해외 우수 연구자 유치 / 연구인재 육성·유치 L63"),
                rows.subList(0, 6));
        assertEquals("전략적 파트너국 공동연구 / 개방형 국제협력 L67", rows.get(rows.size() - 1));
        assertEquals(12, rows.size());
    }

    @Test
    void givenBriefHsTechnologyGridBesideItsTypeColumn_whenSegmented_thenOneRowPerTechnologyInItsType()
            throws Exception {
        Segmentation s = segment(BRIEFS.resolve("h-halvaria-4th-ri-plan.txt"));
        List<String> rows = rows(s, 120);
        assertEquals(12, rows.size());
        assertEquals(List.of("차세대 반도체 / 주력기간기술 L120", "이차전지 / 주력기간기술 L120", "첨단 모빌리티 / 주력기간기술 L121"),
                rows.subList(0, 3));
        assertEquals("해양기술 / 안보필수기술 L125", rows.get(11));
    }

    @Test
    void givenAnInventedTableWhoseHeaderNamesTasksInItsSecondColumn_thenTheFirstColumnGroupsThem()
            throws Exception {
        Segmentation s = segment("""
                가상국 「제2차 물길계획」 분석

                [표 1] 3대 방향과 중점과제
                방향\t중점과제\t담당부처
                1. 물길 정비\t하천 복원, 제방 보강\t수자원부
                2. 물 산업 육성\t정수 기술 개발\t산업부
                """);
        assertEquals(List.of("하천 복원 / 물길 정비 L5", "제방 보강 / 물길 정비 L5", "정수 기술 개발 / 물 산업 육성 L6"),
                rows(s, 5));
    }

    @Test
    void givenAnInventedTableWhoseFirstColumnNamesItsRows_thenNothingChanges() throws Exception {
        Segmentation s = segment("""
                가상국 「제2차 물길계획」 분석

                [표 1] 3대 과제
                중점과제\t내용\t담당부처
                하천 복원\t제방 보강, 습지 조성\t수자원부
                정수 기술 개발\t막 여과 기술\t산업부
                """);
        assertEquals(List.of("하천 복원 / null L5", "정수 기술 개발 / null L6"), rows(s, 5));
    }
}
