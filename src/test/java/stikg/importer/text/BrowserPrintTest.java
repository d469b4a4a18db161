package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/**
 * A web article printed from a browser, the house style of development brief (i): each page opens with the print
 * date and the page's title and closes with the address and "n/m", each a line of two fields apart by a tab; endnote
 * marks in square brackets; captions without brackets ("표 1."). A brief written here in that style, with invented
 * names; the same rules are measured on (i) by {@code ./stikg evaluate-import}, and the continuation of a sentence
 * over a page break on (f) as well.
 */
class BrowserPrintTest {

    private static final String BRIEF = String.join("\n",
            "26. 1. 5. 오후 2:10\t가상국 계획의 주요 내용 | 정책 노트",           // 1: header of page 1
            "",
            "가상국 「제2차 과학기술 종합계획」의 주요 내용",                     // 3: title
            "",
            "01  계획의 개요",
            "",
            "  1) 가상국 연구부는 종합계획을 확정하였으며, 계획은 평가원[1]의 점검을 거쳐 다섯 분야에 걸쳐",
            "",
            "https://www.example.org/note/view?no=7\t1/3",                      // 9: footer of page 1
            "",
            "26. 1. 5. 오후 2:10\t가상국 계획의 주요 내용 | 정책 노트",           // 11: header of page 2
            "",
            "     연구비를 늘린다.",                                             // 13: the item goes on
            "",
            "표 1. 분야별 투자 계획",                                              // 15: caption without brackets
            "분야\t투자\t비중",
            "디지털\t9,800\t8.6%",
            "에너지\t8,200\t7.2%",
            "",
            "https://www.example.org/note/view?no=7\t2/3",                      // 20
            "",
            "26. 1. 5. 오후 2:10\t가상국 계획의 주요 내용 | 정책 노트",           // 22
            "",
            "참고",
            "[1] 평가원은 연구부 산하 평가기관이다.",                               // 25: endnote 1
            "",
            "https://www.example.org/note/view?no=7\t3/3");

    private static Segmentation segment(String brief) {
        return new Segmenter(Briefs.layout()).segment(BriefText.of("brief.txt", brief));
    }

    @Test
    void givenABrowsersHeaderAndFooterOnEveryPage_whenSegmented_thenTheyAreNoTableAndNoProse() {
        Segmentation s = segment(BRIEF);
        assertEquals(1, s.tables().size(), s.tables().toString());
        assertEquals(List.of("디지털", "에너지"), s.tables().get(0).rows().stream().map(Segmentation.Row::name).toList());
        assertTrue(s.prose().stream().noneMatch(p -> List.of(1, 9, 11, 20, 22, 27).contains(p.line())),
                s.prose().toString());
        assertEquals(3, s.title().orElseThrow().line());
    }

    @Test
    void givenAnIndentedItemCutByAPageBreak_whenSegmented_thenItIsOneLineAgain() {
        Segmentation.ProseLine p = segment(BRIEF).prose().stream().filter(l -> l.line() == 7).findFirst()
                .orElseThrow();
        assertEquals("1) 가상국 연구부는 종합계획을 확정하였으며, 계획은 평가원의 점검을 거쳐 다섯 분야에 걸쳐 연구비를 늘린다.",
                p.text());
        assertEquals(13, p.lastLine());
    }

    @Test
    void givenAHeadingAFinishedSentenceOrAParagraphAtThePagesFoot_whenSegmented_thenTheNextPageDoesNotContinueIt() {
        String brief = String.join("\n", "Ⅰ. 개요", "", "□ 추진 경과", "", "- 1 -", "", "가상국 정책 노트 3호", "",
                "연구부는 계획을 2026년에 확정하였다", "", "- 2 -", "", "가상국 정책 노트 3호", "", "이 문장은 따로 선다.",
                "", "연구부는 2028년까지 새 시설을 열 예정이며, 운영은 연구청이", "", "- 3 -", "", "가상국 정책 노트 3호", "",
                "맡는다.");
        Segmentation s = segment(brief);
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 9 && p.lastLine() == 9), s.prose().toString());
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 3 && p.lastLine() == 3), s.prose().toString());
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 17 && p.lastLine() == 17),
                "a paragraph at the margin is not joined over the break: " + s.prose());
    }

    @Test
    void givenAHeaderRowRepeatedOverTheRestOfATable_whenSegmented_thenItIsNoRunningHeader() {
        String brief = String.join("\n", "Ⅰ. 개요", "", "[표 1] 과제", "", "전략\t과제", "1. 연구\t기초연구 확대",
                "", "- 1 -", "", "전략\t과제", "2. 지역\t거점 육성", "", "- 2 -", "", "전략\t과제", "3. 인재\t유치 확대");
        Segmentation.Table t = segment(brief).tables().get(0);
        assertEquals(List.of("기초연구 확대", "거점 육성", "유치 확대"),
                t.rows().stream().map(Segmentation.Row::name).toList());
    }

    @Test
    void givenNumbersInSquareBracketsGluedToWords_whenTheBriefHasThoseEndnotes_thenTheyAreFootnoteMarks() {
        Segmentation s = segment(BRIEF);
        Segmentation.ProseLine p = s.prose().stream().filter(l -> l.line() == 7).findFirst().orElseThrow();
        assertEquals(List.of("1"), p.footnotes());
        assertEquals(List.of("1"), s.footnotes().stream().map(Segmentation.Footnote::mark).toList());
        // a bracketed number the brief defines no endnote for stays text
        Segmentation other = segment("Ⅰ. 개요\n\n가상국은 계획[2]을 세웠다.\n");
        assertTrue(other.prose().get(0).text().contains("계획[2]"), other.prose().toString());
    }

    @Test
    void givenACaptionNumberedWithoutBrackets_whenSegmented_thenItIsTheCaptionOfTheTableBelow() {
        assertEquals("분야별 투자 계획", segment(BRIEF).tables().get(0).caption());
    }

    @Test
    void givenABylineOverADateLineEachWithOneBar_whenSegmented_thenEachIsALineOfProseAndNoTableIsMade() {
        String brief = String.join("\n", "가상국 「제2차 과학기술 종합계획」의 주요 내용", "",
                "글 | 윤가람 연구위원 · 차나래 연구원 (정책분석실)", "게시일 2026-01-05  |  조회 17", "", "Ⅰ. 개요", "",
                "| 분야 | 투자 | 비중 |", "| 디지털 | 9,800 | 8.6% |");
        Segmentation s = segment(brief);
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 3 && p.lastLine() == 3 && p.text().startsWith("글 |")),
                s.prose().toString());
        assertEquals(1, s.tables().size(), "a run of rows of three cells is still a table");
    }

    @Test
    void givenAnIndentedNumberedItemUnderARomanSection_whenSegmented_thenItIsProseNotASubSection() {
        String brief = String.join("\n", "Ⅰ. 전략기술", "", "  1) 디지털 지능: 초거대 인공지능, 양자컴퓨팅",
                "  2) 에너지 전환: 청정수소, 차세대 이차전지", "", "1. 추진 체계", "", "연구부가 총괄한다.");
        Segmentation s = segment(brief);
        assertEquals(List.of("전략기술", "추진 체계"), s.sections().stream().map(Segmentation.Section::title).toList());
        assertTrue(s.prose().stream().anyMatch(p -> p.line() == 3 && p.text().startsWith("1) 디지털 지능")),
                s.prose().toString());
    }
}
