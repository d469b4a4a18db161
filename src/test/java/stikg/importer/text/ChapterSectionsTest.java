package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/**
 * Sections numbered by chapter ("제1장 추진 배경") with "제1절" sub-sections, and a brief keeping one way of numbering
 * its sections: a Roman "Ⅳ" heading a strategy inside chapter 3 starts no section. Read on development brief (g) as
 * it stands in its text, and on development brief (e), numbered in Roman numerals with "1." sub-sections.
 */
class ChapterSectionsTest {

    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private static List<String> sections(String brief) throws Exception {
        Path f = BRIEFS.resolve(brief);
        return Briefs.segment(new BriefReader().read(f, brief)).sections().stream()
                .map(s -> s.number() + " " + s.title()).toList();
    }

    @Test
    void givenBriefGsChaptersAndTheirSubSections_whenSegmented_thenTheyAreItsSectionsAndNoStrategyHeadsOne()
            throws Exception {
        assertEquals(List.of("1 추진 배경", "1.1 칼도리아의 연구혁신 거버넌스", "1.2 제3차 전략(2021~2026)의 성과와 한계",
                "2 비전과 목표", "2.1 비전과 4대 국가임무", "2.2 핵심 성과지표", "3 4대 전략과 추진과제", "3.1 전략별 추진과제와 예산",
                "3.2 전략별 주요 내용", "4 추진체계와 재원", "4.1 추진체계", "4.2 연도별 재원 계획", "5 시사점"),
                sections("g-kaldoria-4th-sti-strategy.txt"));
    }

    @Test
    void givenBriefEsRomanSections_whenSegmented_thenTheyStayItsSections() throws Exception {
        List<String> e = sections("e-arven-7th-sti-basic-plan.txt");
        assertEquals(List.of("1 계획 개요", "2 제6차 기본계획의 성과와 한계", "3 비전 및 목표", "4 5대 전략 및 추진과제",
                "5 투자계획 및 추진체계"), e.stream().filter(s -> !s.contains(".")).toList());
    }

    @Test
    void givenNumeralsWrittenThreeWays_thenEachHasItsStyleAndValue() {
        assertEquals(List.of("digits 3", "words 3", "roman 3", "roman 3"), List.of("3", "제3장", "Ⅲ", "III.").stream()
                .map(n -> Segmenter.numeralStyle(n) + " " + Segmenter.numeral(n)).toList());
    }
}
