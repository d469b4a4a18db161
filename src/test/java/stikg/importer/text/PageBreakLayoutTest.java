package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/**
 * What a page break leaves between two pages (page numbers, running headers, a repeated header row, a ditto mark
 * in a group cell) is not content, and row marks are told from numbers in cells. A brief written here, in the
 * 개조식 style of government plan summaries; the same rules are measured on development briefs (e) and (a) by
 * {@code ./stikg evaluate-import}.
 */
class PageBreakLayoutTest {

    private static final String BRIEF = String.join("\n",
            "가상국 과학기술 동향 7호",                         // 1: the series line, printed once at the top
            "",
            "Ⅰ. 추진 전략",
            "",
            "□ (전략) 다섯 가지 전략을 제시",
            "",
            "[표 1] 전략별 추진과제",
            "",
            "전략\t추진과제\t주관부처",
            "1. 연구 역량 강화\t1-1 기초연구 확대\t연구부",        // 10
            "\t1-2 연구시설 개방\t연구부",
            "",
            "- 2 -",                                          // 13: page number
            "",
            "가상국 과학기술 동향 7호",                         // 15: running header near the page number
            "",
            "전략\t추진과제\t주관부처",                          // 17: header row repeated
            "〃\t1-3 장비 공동활용\t교육부",                     // 18: ditto: still strategy 1
            "2. 지역 혁신\t2-1 지역 거점 육성\t지역부",
            "",
            "[표 2] 투자 지표",
            "",
            "구분\t목표\t실적",
            "기초연구 투자\t2조 5,000억 원\t98,000억 원");

    private static Segmentation segment() {
        return new Segmenter(Briefs.layout()).segment(BriefText.of("brief.txt", BRIEF));
    }

    @Test
    void givenAPageBreakInsideATable_whenSegmented_thenPageNumberAndRunningHeaderAreNoContent_andTheTableIsOne() {
        Segmentation s = segment();
        Segmentation.Table t = s.tables().get(0);
        assertEquals(List.of("기초연구 확대", "연구시설 개방", "장비 공동활용", "지역 거점 육성"),
                t.rows().stream().map(Segmentation.Row::name).toList());
        assertTrue(s.prose().stream().noneMatch(p -> p.line() == 13 || p.line() == 15),
                "page number and running header are not prose");
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 5));
    }

    @Test
    void givenADittoMarkInAGroupCell_whenSegmented_thenTheRowStaysInTheGroupAbove() {
        Segmentation.Table t = segment().tables().get(0);
        assertEquals(List.of("연구 역량 강화", "연구 역량 강화", "연구 역량 강화", "지역 혁신"),
                t.rows().stream().map(Segmentation.Row::group).toList());
        assertEquals(List.of("1-1", "1-2", "1-3", "2-1"), t.rows().stream().map(Segmentation.Row::mark).toList());
    }

    @Test
    void givenAmountsInCells_whenSegmented_thenTheirDigitsAreNoRowMarks() {
        Segmentation.Table t = segment().tables().get(1);
        assertEquals("기초연구 투자", t.rows().get(0).name());
        assertTrue(t.rows().stream().noneMatch(r -> r.name().startsWith("조") || r.name().startsWith(",")),
                t.rows().toString());
    }

    @Test
    void givenHardWrappedProse_whenSegmented_thenTheWrappedLinesAreOneLine_andAFinishedSentenceIsNotContinued() {
        String brief = String.join("\n", "Ⅰ. 개요", "",
                "가상국 연방정부는 2026년 10월 연방내각 의결로 「연구·혁신 미래전략",
                "2035(Zukunftsstrategie Forschung und Innovation",
                "2035)」를 확정하였다.",
                "새 전략은 다섯 미션을 둔다.",
                "",
                "□ 짧은 줄",
                "다음 줄");
        Segmentation s = new Segmenter(Briefs.layout()).segment(BriefText.of("wrapped.txt", brief));
        Segmentation.ProseLine first = s.prose().stream().filter(p -> p.line() == 3).findFirst().orElseThrow();
        assertEquals("가상국 연방정부는 2026년 10월 연방내각 의결로 「연구·혁신 미래전략 2035(Zukunftsstrategie Forschung"
                + " und Innovation 2035)」를 확정하였다.", first.text());
        assertEquals(5, first.lastLine());
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 6), "a line after a finished sentence stands alone");
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 9), "a short line is no wrapped one");
    }
}
