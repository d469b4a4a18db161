package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;

/**
 * The title of a brief and its top sections where the house style differs from the seed's: a series line above
 * the title, a summary paragraph whose last word carries a footnote mark, top sections numbered "1.", "2." with no
 * Roman numerals above them. Shown on two development briefs of the importer corpus, (e) and (f), and on short
 * texts written here.
 */
class TitleAndTopSectionsTest {

    private static final Path CORPUS = Path.of("data", "importer-corpus", "briefs");

    @TempDir
    Path dir;

    private static Segmentation corpus(String file) {
        Path p = CORPUS.resolve(file);
        return Briefs.segment(new BriefReader().read(p, p.toString()));
    }

    private Segmentation segment(String... lines) throws Exception {
        Path f = dir.resolve("brief.txt");
        Files.writeString(f, String.join("\n", lines));
        return Briefs.segment(new BriefReader().read(f, "brief.txt"));
    }

    @Test
    void givenASeriesLineAboveTheTitle_whenSegmented_thenTheTitleIsTheLineNamingThePlanInQuotes() {
        Segmentation e = corpus("e-arven-7th-sti-basic-plan.txt");
        assertEquals(7, e.title().orElseThrow().line(), "not the provenance note (L1) nor the series line (L5)");
        Segmentation f = corpus("f-welmark-ri-future-strategy-2035.txt");
        assertEquals(7, f.title().orElseThrow().line(),
                "not a wrapped line of the summary whose word carries a footnote mark (L33, L67)");
    }

    @Test
    void givenTopSectionsNumberedWithADot_whenSegmented_thenEachIsASection() {
        Segmentation f = corpus("f-welmark-ri-future-strategy-2035.txt");
        assertEquals(List.of("s1", "s2", "s3", "s4"), f.sections().stream().map(Segmentation.Section::id).toList());
        assertEquals("들어가며", f.sections().get(0).title());
        assertEquals(22, f.sections().get(0).firstLine());
        Segmentation e = corpus("e-arven-7th-sti-basic-plan.txt");
        assertEquals("1", e.sections().get(0).number(), "Roman sections stay the top sections where they are");
        assertEquals("계획 개요", e.sections().get(0).title());
    }

    @Test
    void givenASentenceWithAFootnoteMarkAboveTheTitle_whenSegmented_thenTheSentenceIsNotTheTitle() throws Exception {
        Segmentation s = segment(
                "연구혁신 동향 제3호",
                "",
                "가상국 「제2차 연구혁신 전략」의 특징",
                "",
                "가상국은 전략을 확정하였다¹",
                "",
                "1. 들어가며",
                "",
                "가상국 정부는 전략을 5년마다 수립한다.",
                "",
                "2. 주요 내용",
                "",
                "전략은 3대 분야로 구성된다.",
                "",
                "¹ 가상부(2026). 「연구 전략」.");
        assertEquals("가상국 「제2차 연구혁신 전략」의 특징", s.title().orElseThrow().text());
        assertEquals(List.of("들어가며", "주요 내용"), s.sections().stream().map(Segmentation.Section::title).toList());
    }

    @Test
    void givenNumberedPointsAboveTheTitleOrRunningOn_whenSegmented_thenTheyAreNotSections() throws Exception {
        Segmentation box = segment(
                "요약",
                "",
                "1. 투자 확대",
                "",
                "2. 인재 양성",
                "",
                "가상국 「제2차 연구혁신 전략」의 특징",
                "",
                "Ⅰ. 개요",
                "□ 전략은 3대 분야로 구성");
        assertEquals(7, box.title().orElseThrow().line());
        assertEquals(List.of("s1"), box.sections().stream().map(Segmentation.Section::id).toList(),
                "points of a box above the title are not sections");
        Segmentation list = segment(
                "가상국 「제2차 연구혁신 전략」의 특징",
                "",
                "전략의 목표는 다음과 같다",
                "1. 투자 확대",
                "2. 인재 양성");
        assertEquals(List.of(), list.sections(), "items of a list that run on from line to line are not sections");
    }
}
