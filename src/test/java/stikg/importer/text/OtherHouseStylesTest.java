package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.BulletKind;

/**
 * House styles other than the development briefs' are read as theirs are: table cells separated by bars or aligned
 * by runs of spaces instead of tabs, bullet marks the grammar does not list, sub-sections numbered "가)". Briefs
 * written here; the same rules are measured on every development brief re-printed in those styles by
 * {@code ./stikg evaluate-import --house-styles}.
 */
class OtherHouseStylesTest {

    private static final List<String> TABBED = List.of(
            "가상국 과학기술 동향 7호",
            "",
            "Ⅰ. 추진 전략",
            "",
            "[표 1] 전략별 추진과제",
            "",
            "전략\t추진과제\t주관부처",
            "1. 연구 역량 강화\t1-1 기초연구 확대\t연구부",
            "\t1-2 연구시설 개방\t연구부",
            "2. 지역 혁신\t2-1 지역 거점 육성\t지역부",
            "",
            "가상국 과학기술 동향 7호 | 2",
            "",
            "□ 연구부와 지역부 | 두 부처가 함께 추진",
            "□ 두 칸  띄운 문장도 문장");

    private static Segmentation segment(List<String> lines) {
        return Briefs.segment(new BriefText("brief.txt", lines));
    }

    private static List<List<String>> rows(Segmentation s) {
        return s.tables().stream().flatMap(t -> t.rows().stream())
                .map(r -> List.of(String.valueOf(r.group()), r.name())).toList();
    }

    private static List<String> withCells(String separator) {
        return TABBED.stream().map(l -> l.replace("\t", separator)).toList();
    }

    /** A row continued under the one above: its first and last cells are empty. */
    private static final List<String> CONTINUED = List.of(
            "가상국 과학기술 동향 8호",
            "",
            "[표 1] 전략별 추진과제",
            "",
            "전략\t추진과제\t주관부처",
            "1. 연구 역량 강화\t1-1 기초연구 확대\t연구부",
            "\t1-2 해외 인재 유치\t",
            "2. 지역 혁신\t2-1 지역 거점 육성\t지역부",
            "");

    @Test
    void givenARowWithEmptyFirstAndLastCellsBetweenBars_whenSegmented_thenItIsReadAsWithTabs_withOrWithoutABorder() {
        List<List<String>> tabbed = rows(segment(CONTINUED));
        assertEquals(3, tabbed.size());
        // no border: "| 1-2 해외 인재 유치 |" is the empty first and last cells around the task, not a framed cell
        List<String> open = CONTINUED.stream().map(l -> l.replace("\t", " | ")).toList();
        assertEquals(tabbed, rows(segment(open)));
        // a border on every row: the outer bars are the frame, the empty cells inside stay
        List<String> framed = CONTINUED.stream().map(l -> l.contains("\t") ? "| " + l.replace("\t", " | ") + " |" : l)
                .toList();
        assertEquals(tabbed, rows(segment(framed)));
    }

    @Test
    void givenARowContinuedUnderTheOneAboveInColumnsAlignedBySpaces_whenSegmented_thenItIsReadAsWithTabs() {
        // the continued row's one cell is indented to the second column: its first cell is empty, not a new line of
        // prose that cuts the table in two
        List<String> aligned = List.of(
                "가상국 과학기술 동향 8호",
                "",
                "[표 1] 전략별 추진과제",
                "",
                "전략               추진과제            주관부처",
                "1. 연구 역량 강화  1-1 기초연구 확대   연구부",
                "                   1-2 해외 인재 유치",
                "2. 지역 혁신       2-1 지역 거점 육성  지역부",
                "");
        Segmentation s = segment(aligned);
        assertEquals(1, s.tables().size(), "one table");
        assertEquals(rows(segment(CONTINUED)), rows(s));
        // a line indented under a table to no column of the row above it stays prose
        List<String> remark = List.of("[표 1] 전략별 추진과제", "", "전략               추진과제            주관부처",
                "1. 연구 역량 강화  1-1 기초연구 확대   연구부", "  ※ 연구부가 두 과제를 함께 관리",
                "2. 지역 혁신       2-1 지역 거점 육성  지역부", "");
        assertTrue(rows(segment(remark)).stream().flatMap(List::stream).noneMatch(c -> c.contains("※")),
                "the remark is no row: " + rows(segment(remark)));
    }

    @Test
    void givenCellsSeparatedByBars_whenSegmented_thenTheTableIsReadAsWithTabs_andAFooterOrASentenceWithOneBarIsNoRow() {
        Segmentation tabs = segment(TABBED);
        Segmentation bars = segment(withCells(" | "));
        assertEquals(3, rows(tabs).size());
        assertEquals(rows(tabs), rows(bars));
        assertEquals(tabs.tables().get(0).header(), bars.tables().get(0).header());
        assertTrue(bars.prose().stream().anyMatch(p -> p.line() == 14 && p.text().contains("|")),
                "a prose line with one bar stays prose");
        assertTrue(bars.prose().stream().noneMatch(p -> p.line() == 12), "the footer is a page number, not a row");
    }

    @Test
    void givenCellsInColumnsAlignedBySpaces_whenSegmented_thenEmptyCellsKeepTheirColumn() {
        List<String> aligned = List.of(
                "가상국 과학기술 동향 7호",
                "",
                "Ⅰ. 추진 전략",
                "",
                "[표 1] 전략별 추진과제",
                "",
                "전략               추진과제            주관부처",
                "1. 연구 역량 강화  1-1 기초연구 확대   연구부",
                "                   1-2 연구시설 개방   연구부",
                "2. 지역 혁신       2-1 지역 거점 육성  지역부",
                "",
                "가상국 과학기술 동향 7호 | 2",
                "",
                "□ 연구부와 지역부 | 두 부처가 함께 추진",
                "□ 두 칸  띄운 문장도 문장",
                "",
                "가상연구원  |  정책 브리프",
                "Vol. 9  No. 19  (2026. 12. 2.)",
                "",
                "펴낸곳  가상연구원",
                "펴낸이  홍길동",
                "주  소  가상시 가상로 1");
        Segmentation s = segment(aligned);
        assertEquals(1, s.tables().size(), "lines whose runs of spaces stand in no columns, or set labels before values, are no table");
        assertEquals(rows(segment(TABBED)), rows(s));
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 15), "one line with two spaces in it stays prose");
    }

    @Test
    void givenBulletMarksTheGrammarDoesNotList_whenSegmented_thenTheLevelTheyArePrintedAtDecidesTheirKind() {
        Segmentation s = segment(List.of(
                "가상국 전략",
                "",
                "Ⅰ. 개요",
                "",
                "◆ 전략은 세 분야로 구성",
                "  ▷ 기초연구 분야",
                "▷ 인재 분야",
                "★강조된 문장"));
        assertEquals(BulletKind.LEAD, kindAt(s, 5), "◆ is never indented: a leading statement");
        assertEquals(BulletKind.ITEM, kindAt(s, 6), "▷ is indented somewhere in the brief: an item");
        assertEquals(BulletKind.ITEM, kindAt(s, 7), "… wherever it stands");
        assertEquals("인재 분야", s.prose().stream().filter(p -> p.line() == 7).findFirst().orElseThrow().text());
        assertEquals(BulletKind.TEXT, kindAt(s, 8), "a mark glued to its word is no bullet");
    }

    private static BulletKind kindAt(Segmentation s, int line) {
        return s.prose().stream().filter(p -> p.line() == line).findFirst().orElseThrow().kind();
    }

    @Test
    void givenSubSectionsNumberedWithAClosingParenthesis_whenSegmented_thenShortLinesSetApartAreHeadings_andItemsAndSentencesAreNot() {
        Segmentation s = segment(List.of(
                "가상국 전략",
                "",
                "Ⅰ. 개요",
                "",
                "가) 수립 배경",
                "",
                "□ 정부는 전략을 수립",
                "",
                "나) 주요 내용",
                "",
                "□ 전략은 세 분야로 구성",
                "  ○ (인재) 연구자 처우 개선",
                "    가) 박사후연구원 연봉 상향",
                "    나) 대학원생 장려금 도입",
                "",
                "Ⅱ. 시사점",
                "",
                "가) 우리 정부도 분야별 전략을 세워 추진할 필요가 있음"));
        assertEquals(List.of("s1", "s1-a", "s1-b", "s2"), s.sections().stream().map(Segmentation.Section::id).toList());
        assertEquals("주요 내용", s.sections().get(2).title());
    }

    @Test
    void givenAUnitLineBetweenACaptionAndItsTable_whenSegmented_thenTheCaptionIsStillTheTables() {
        Segmentation s = segment(List.of(
                "가상국 전략",
                "",
                "Ⅰ. 투자",
                "",
                "[표 1] 분야별 5년간(2027~2031) 투자계획",
                "",
                "(단위: 억 원)",
                "",
                "분야\t투자",
                "인공지능\t9,800",
                "양자\t3,500"));
        assertEquals("분야별 5년간(2027~2031) 투자계획", s.tables().get(0).caption(),
                "blank lines around the unit line, as a house style that spaces its lines prints them");
    }

    @Test
    void givenALineOpeningAFieldRightBelowALongLine_whenSegmented_thenItDoesNotContinueIt() {
        Segmentation s = segment(List.of(
                "가상국 전략",
                "",
                "Ⅰ. 일정",
                "",
                "□ (향후 일정) '27.2월 시행계획 수립 → 2029년 중간점검 → '31년 하반기 제8차 기본계획 수립 착수",
                "작성: 가상연구소 정책팀 홍길동 연구원(hong@example.org)"));
        Segmentation.ProseLine last = s.prose().stream().filter(p -> p.line() == 5).findFirst().orElseThrow();
        assertEquals(5, last.lastLine(), "the bullet ends where it is printed: " + last.text());
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 6 && p.text().startsWith("작성:")));
    }

    @Test
    void givenAFootnoteNumberedLikeTheNextSubSection_whenSegmented_thenItHeadsNoSubSection() {
        Segmentation s = segment(List.of(
                "가상국 전략",
                "",
                "Ⅰ. 개요",
                "",
                "1. 배경",
                "□ 부록 2에 분야 목록을 둠",
                "",
                "2) 가상위원회(2026.2.18.). 「가상 전략」 부록 2.",
                "",
                "2. 구성",
                "□ 전략은 세 분야로 구성"));
        assertEquals(List.of("s1", "s1-a", "s1-b"), s.sections().stream().map(Segmentation.Section::id).toList());
        assertEquals("구성", s.sections().get(2).title());
    }
}
