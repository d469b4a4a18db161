package stikg.importer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.text.BriefReader;
import stikg.importer.text.BriefText;
import stikg.importer.text.Segmentation;
import stikg.source.EntityRecord;
import stikg.source.Fact;
import stikg.source.SourceFile;
import stikg.source.SourceReader;
import stikg.source.Value;

/**
 * The house-style re-printer: each transform changes how a brief prints its marks, numbers, captions, cells, pages or
 * blank lines, never a name it holds, and a re-printed brief looks as its style says.
 */
class HouseStyleTest {

    /** A tiny brief in the seed's house style, invented for this test. */
    private static final List<String> TINY = List.of(
            "가상국 연구혁신 전략의 주요 내용",
            "",
            "1 전략 개요",
            "",
            "가. 수립 배경",
            "",
            "- ⇒ 가상국 정부는 2026년 연구혁신 전략을 수립",
            " - 과학부가 시행계획을 마련",
            " - ※ 시행계획은 매년 수립",
            "",
            "〈 전략의 2대 분야 〉",
            "",
            "\t분야\t주관",
            "1\t기초연구\t과학부",
            "2\t인재\t",
            "",
            "나. 주요 내용",
            "",
            "- ⇒ 전략은 2대 분야로 구성",
            "- 7 -");

    private static BriefText tiny() {
        return new BriefText("tiny.txt", TINY);
    }

    private static List<String> render(HouseStyle style, BriefText text) {
        return style.render(text, Briefs.segment(text)).lines();
    }

    @Test
    void givenTheSeedsHouseStyle_whenReprintedAsAGovernmentReport_thenBulletsByLevelRomanSectionsAndSquareCaptions() {
        List<String> out = render(HouseStyle.standard().get("government"), tiny());
        assertEquals(List.of(
                "가상국 연구혁신 전략의 주요 내용",
                "",
                "Ⅰ. 전략 개요",
                "",
                "1. 수립 배경",
                "",
                "□ 가상국 정부는 2026년 연구혁신 전략을 수립",
                " ○ 과학부가 시행계획을 마련",
                " ※ 시행계획은 매년 수립",
                "",
                "[표 1] 전략의 2대 분야",
                "",
                "\t분야\t주관",
                "1\t기초연구\t과학부",
                "2\t인재\t",
                "",
                "2. 주요 내용",
                "",
                "□ 전략은 2대 분야로 구성",
                "- 7 -"), out, "no page number is added to a brief shorter than a page; '- 7 -' stays a page number");
    }

    @Test
    void givenTableRows_whenReprintedWithBarsOrAlignedColumns_thenEmptyCellsKeepTheirPlace() {
        List<String> bars = render(new HouseStyle("bars", List.of(new StyleTransform.TableCells(
                StyleTransform.Cells.PIPES))), tiny());
        assertEquals(List.of("| 분야 | 주관", "1 | 기초연구 | 과학부", "2 | 인재 |"), bars.subList(12, 15));
        List<String> aligned = render(new HouseStyle("aligned", List.of(new StyleTransform.TableCells(
                StyleTransform.Cells.ALIGNED))), tiny());
        assertEquals(List.of("   분야      주관", "1  기초연구  과학부", "2  인재"), aligned.subList(12, 15),
                "each column as wide as its widest cell, a Hangul syllable counting two, plus two spaces");
    }

    @Test
    void givenABriefLongerThanAPage_whenPageNumbersAreAdded_thenTheyStandAtBlankLinesWithARunningHeader() {
        List<String> out = render(new HouseStyle("pages", List.of(new StyleTransform.PageNumbers(6, "머리말"))),
                tiny());
        assertEquals(List.of("", "", "- 1 -", "", "머리말", ""), out.subList(5, 11),
                "after six lines, at the next blank line (line 6), never inside a table or a paragraph");
        assertEquals(TINY.size() + 3 * 5, out.size(), "three page breaks of five lines each (at lines 6, 12, 18)");
    }

    @Test
    void givenABriefLongerThanAPage_whenPrintedFromABrowser_thenEachPageHasTheHeaderOnTopAndItsNumberOutOfTheCountBelow() {
        List<String> out = render(new HouseStyle("browser", List.of(new StyleTransform.BrowserPages(6, "날짜\t제목",
                "https://example.org/a"))), tiny());
        assertEquals(List.of("날짜\t제목", ""), out.subList(0, 2), "the first page has the header too");
        assertEquals(List.of("", "https://example.org/a\t1/4", "", "날짜\t제목", ""), out.subList(7, 12),
                "after six lines, at the next blank line, the footer with the page's number out of four, then the header");
        assertEquals("https://example.org/a\t4/4", out.get(out.size() - 1), "the last page's footer closes the brief");
    }

    @Test
    void givenBlankLines_whenRemovedOrDoubled_thenOnlyBlankLinesChange() {
        List<String> removed = render(new HouseStyle("none", List.of(new StyleTransform.BlankLines(true))), tiny());
        assertEquals(TINY.stream().filter(l -> !l.isBlank()).toList(), removed);
        List<String> doubled = render(new HouseStyle("two", List.of(new StyleTransform.BlankLines(false))), tiny());
        assertEquals(TINY.size() + TINY.stream().filter(String::isBlank).count(), doubled.size());
    }

    @Test
    void givenDevelopmentBriefA_whenReprintedInEveryStandardStyle_thenEveryCuratedNameItPrintsIsStillPrinted() {
        Path brief = Path.of("data/importer-corpus/briefs/a-serenia-core-tech-strategy-2.txt");
        Path curated = Path.of("data/importer-corpus/curated/a-serenia-core-tech-strategy-2.yaml");
        BriefText text = new BriefReader().read(brief, brief.toString());
        SourceFile file = new SourceReader(Path.of("")).read(curated, SourceFile.Kind.SOURCE);
        String original = DraftAgreement.normalise(String.join("\n", text.lines()));
        Set<String> printed = new LinkedHashSet<>();
        for (EntityRecord e : file.entities()) {
            for (Fact f : e.facts()) {
                if (f.property().equals("label") && f.value() instanceof Value.LangText t) {
                    Optional.ofNullable(t.byLanguage().get("ko")).orElse(List.of()).stream()
                            .map(DraftAgreement::normalise).filter(n -> n.length() >= 2 && original.contains(n))
                            .forEach(printed::add);
                }
            }
        }
        assertTrue(printed.size() > 50, "the brief prints most of its curated names: " + printed.size());
        Segmentation segmentation = Briefs.segment(text);
        for (HouseStyle style : HouseStyle.standard().values()) {
            String variant = DraftAgreement.normalise(String.join("\n", style.render(text, segmentation).lines()));
            List<String> lost = new ArrayList<>(printed.stream().filter(n -> !variant.contains(n)).toList());
            assertEquals(List.of(), lost, style.name() + " lost names");
        }
    }

    @Test
    void givenAnEvaluationBrief_whenAskedForAHouseStyleVariant_thenItIsRefusedBeforeAnythingIsRead() {
        CorpusManifest.Brief held = new CorpusManifest.Brief("b-held-out", Path.of("no-such-brief.txt"),
                List.of(Path.of("no-such-curated.yaml")), CorpusManifest.Role.EVALUATION, Optional.empty(), List.of());
        ImportEvaluation evaluation = new ImportEvaluation(Briefs.layout(), Path.of("data/lexicon"),
                new SourceReader(Path.of("")), ClassHierarchy.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluation.evaluateStyle(
                held, HouseStyle.standard().get("government"), Path.of("target/never-written")));
        assertTrue(e.getMessage().contains("b-held-out"), e.getMessage());
    }

    @Test
    void givenTheStandardStyles_thenEachTransformIsNamedAndTheWholeStylesCombineThem() {
        Map<String, HouseStyle> styles = HouseStyle.standard();
        assertEquals("bullets □○-, sections Ⅰ./1., captions [표 1], page numbers every 40 lines",
                styles.get("government").description());
        assertEquals("bullets ●▶·, sections 1./1), captions <표 1>, cells a | b", styles.get("think-tank").description());
    }
}
