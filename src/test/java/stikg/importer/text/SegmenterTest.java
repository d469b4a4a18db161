package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.BulletKind;

/**
 * The layout traps of the seed brief, each read the way the brief means it, with the seed's own lines
 * (read from ../shared/seeds; skipped with the reason printed on a fresh clone, failed under STIKG_STRICT_TESTS).
 */
class SegmenterTest {

    static Segmentation seed;

    @BeforeAll
    static void segment() {
        seed = Briefs.segment(Briefs.seed());
    }

    private static Segmentation seed() {
        return seed;
    }

    private static Segmentation.Table table(Segmentation s, int firstLine) {
        return s.tables().stream().filter(t -> t.firstLine() <= firstLine && firstLine <= t.lastLine()).findFirst()
                .orElseThrow();
    }

    private static Segmentation.ProseLine line(Segmentation s, int n) {
        return s.prose().stream().filter(p -> p.line() == n).findFirst().orElseThrow();
    }

    @Test
    void givenNumberedSectionsAndKoreanSubSections_whenSegmented_thenEachHasItsNumberTitleAndLines() {
        Segmentation s = seed();
        assertEquals(List.of("s1", "s1-a", "s1-b", "s2", "s2-a", "s2-b", "s2-c", "s2-d", "s2-e", "s2-f", "s3"),
                s.sections().stream().map(Segmentation.Section::id).toList());
        Segmentation.Section s2c = s.sections().get(6);
        assertEquals("2.다", s2c.number());
        assertEquals("과학기술과 국가안보와의 유기적 연계", s2c.title());
        assertEquals(148, s2c.firstLine());
        assertEquals(166, s2c.lastLine());
        assertEquals("s2", s2c.parentId());
        assertEquals(7, s.sections().get(0).firstLine());
        assertEquals(40, s.sections().get(0).lastLine(), "a section ends at its last non-blank line");
        assertEquals(281, s.sections().get(10).lastLine());
    }

    @Test
    void givenBulletsWithStackedMarkers_whenSegmented_thenTheLastMarkerDecidesKindAndIndentDecidesDepth() {
        Segmentation s = seed();
        Segmentation.ProseLine lead = line(s, 11);
        assertEquals(BulletKind.LEAD, lead.kind(), "'- ⇒' is a lead line");
        assertEquals(0, lead.depth());
        assertTrue(lead.text().startsWith("1995년 제정된"), lead.text());
        Segmentation.ProseLine remark = line(s, 12);
        assertEquals(BulletKind.REMARK, remark.kind(), "' - ※' is a remark");
        assertEquals(1, remark.depth());
        assertEquals(BulletKind.LEAD, line(s, 100).kind(), "➔");
        assertEquals(BulletKind.LEAD, line(s, 150).kind(), "→");
        assertEquals(BulletKind.LEAD, line(s, 67).kind(), "●");
        assertEquals(BulletKind.EXPLANATION, line(s, 131).kind(), "' - *' explains a starred word");
        assertEquals(BulletKind.EXPLANATION, line(s, 210).kind(), "' - **'");
        assertEquals(BulletKind.TEXT, line(s, 91).kind());
    }

    @Test
    void givenFootnoteMarksGluedToWords_whenSegmented_thenTheMarksAreSeparatedFromTheNames() {
        Segmentation s = seed();
        Segmentation.Title title = s.title().orElseThrow();
        assertEquals("일본 제7기 과학기술·혁신 기본계획 주요내용과 시사점", title.text());
        assertEquals(List.of("1"), title.footnotes());
        Segmentation.ProseLine programmes = line(s, 131);
        assertTrue(programmes.text().endsWith("NEDO의 프론티어 영역 현상금 사업"), "the glued '4)' is not part of the name");
        assertEquals(List.of("4"), programmes.footnotes());
        assertEquals(List.of("3"), line(s, 81).footnotes());
        assertTrue(line(s, 130).text().contains("프로그램을"), "the star of '프로그램*' is taken off");
        assertEquals(List.of("프로그램*"), line(s, 130).starred());
        Segmentation.Row data = table(s, 75).rows().get(1);
        assertEquals(List.of("2"), data.footnotes(), "a mark inside a table cell ('분야²⁾')");
        assertTrue(data.items().get(2).text().endsWith("분야"));
    }

    @Test
    void givenFootnotesAtPageBottoms_whenSegmented_thenEachHasItsNumberAndContinuationLines() {
        Segmentation s = seed();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"),
                s.footnotes().stream().map(Segmentation.Footnote::mark).toList());
        Segmentation.Footnote author = s.footnotes().get(0);
        assertEquals(23, author.firstLine());
        assertEquals(24, author.lastLine(), "the disclaimer line continues footnote 1");
        Segmentation.Footnote hubs = s.footnotes().get(4);
        assertEquals(195, hubs.firstLine());
        assertEquals(196, hubs.lastLine());
        assertTrue(s.prose().stream().noneMatch(p -> p.line() == 24 || p.line() == 114), "footnotes are not prose");
        assertTrue(s.notes().stream().anyMatch(n -> n.firstLine() == 93 && n.items().size() == 2),
                "'주: 1) … 2) …' under a figure is a note, not two footnotes");
    }

    @Test
    void givenCellsWithUnclosedNestedUlLists_whenSegmented_thenItemsAreFlattenedWithDepthAndParent() {
        Segmentation s = seed();
        Segmentation.Row newFields = table(s, 55).rows().get(0);
        assertEquals("1", newFields.mark());
        assertEquals("새로운 연구 영역 (신흥·융합연구) 창출", newFields.name());
        List<Segmentation.CellItem> items = newFields.items();
        assertEquals(7, items.size());
        assertEquals("신진·신영역 지원 체제의 개혁", items.get(0).text());
        assertEquals(1, items.get(0).depth());
        assertEquals("과학연구비 조성 사업(일본학술진흥회:JSPS) 예산의 2배 증액", items.get(1).text());
        assertEquals(2, items.get(1).depth());
        assertEquals(0, items.get(1).parent());
        assertEquals("전략적인 신흥·융합연구 추진", items.get(4).text());
        assertEquals(1, items.get(4).depth(), "a later '•' returns to the top level though no </ul> closed the list");
        assertEquals(4, items.get(5).parent());
        Segmentation.CellItem remark = table(s, 76).rows().get(2).items().get(2);
        assertTrue(remark.remark(), "' * …' in a cell comments on the item before it");
        assertEquals(1, remark.parent());
        assertEquals(List.of("NEXT*"), table(s, 76).rows().get(2).items().get(1).starred());
    }

    @Test
    void givenATableSplitByAPageBreakWithItsHeaderRepeated_whenSegmented_thenItIsOneTableWithoutTheRepeatedHeader() {
        Segmentation s = seed();
        Segmentation.Table revival = table(s, 55);
        assertEquals(54, revival.firstLine());
        assertEquals(63, revival.lastLine(), "the piece after the page break belongs to the same table");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"),
                revival.rows().stream().map(Segmentation.Row::mark).toList());
        assertTrue(revival.rows().stream().noneMatch(r -> r.line() == 61), "the header repeated at L61 is no row");
        assertEquals(2, revival.pieces().size());
        assertEquals("‘과학의 부활’ 영역", revival.caption());
        assertEquals(65, revival.sourceLine().orElseThrow().line());
        assertEquals(4, s.tables().size(), "figures with only a caption are no tables");
    }

    @Test
    void givenAFootnoteBetweenTwoPiecesOfATable_whenSegmented_thenTheTableRunsOverItAndKeepsEveryRow() {
        Segmentation s = seed();
        Segmentation.Table tech = table(s, 106);
        assertEquals(105, tech.firstLine());
        assertEquals(126, tech.lastLine());
        assertEquals(17, tech.rows().size());
        assertEquals("⑬", tech.rows().get(12).mark());
        assertEquals("양자", tech.rows().get(12).name());
        assertEquals(List.of("양자컴퓨팅기술", "양자통신·암호기술", "양자소재기술", "양자센싱기술"),
                tech.rows().get(12).items().stream().map(Segmentation.CellItem::text).toList());
        assertEquals("소영역", tech.nameHeader());
        assertEquals("기술(예시)", tech.itemsHeader());
        assertTrue(s.footnotes().stream().anyMatch(f -> f.firstLine() == 114), "the footnote inside stays a footnote");
    }

    @Test
    void givenAGroupCellPrintedAtTheTopOfAContinuationPage_whenSegmented_thenItIsCarriedDownAndFlagged() {
        Segmentation s = seed();
        Segmentation.Table tech = table(s, 106);
        Segmentation.Row seventh = tech.rows().get(6);
        Segmentation.Row eighth = tech.rows().get(7);
        assertEquals("신흥·기반기술", seventh.group(), "an empty group cell carries the value above it");
        assertFalse(seventh.groupAtPageTop());
        assertEquals("⑧", eighth.mark());
        assertEquals("국가전략기술", eighth.group());
        assertTrue(eighth.groupAtPageTop(), "the cell printed beside ⑧ at L117 may be a misplaced header");
        assertTrue(tech.layoutNotes().stream().anyMatch(n -> n.contains("L117")));
    }

    @Test
    void givenTheSecondBrief_whenSegmented_thenTheSameTrapsAreHandledWithoutAnythingSpecificToEitherBrief() {
        Segmentation s = Briefs.segment(Briefs.examplia());
        assertEquals(List.of("s1", "s1-a", "s2", "s2-a", "s2-b", "s2-c", "s2-d"),
                s.sections().stream().map(Segmentation.Section::id).toList());
        Segmentation.Table overview = s.tables().get(0);
        assertEquals(14, overview.firstLine());
        assertEquals(23, overview.lastLine());
        assertEquals(List.of("1", "2", "3"), overview.rows().stream().map(Segmentation.Row::mark).toList());
        Segmentation.Table tech = s.tables().get(1);
        assertEquals(6, tech.rows().size());
        assertTrue(tech.rows().get(2).groupAtPageTop());
        assertEquals(List.of("3"), s.prose().stream().filter(p -> p.line() == 54).findFirst()
                .map(Segmentation.ProseLine::footnotes).orElseThrow());
        assertEquals(Optional.of("예시아 제3차 국가연구혁신계획의 주요내용"), s.title().map(Segmentation.Title::text));
        assertTrue(s.warnings().isEmpty(), s.warnings().toString());
    }

    @Test
    void givenAPageHoldingOnlyATablesRepeatedHeader_whenSegmented_thenTheTableKeepsItsRowsAndNothingFails() {
        String text = String.join("\n", "", "제목", "", "1 개요", "", "\t영역\t주요 시책", "1\t가영역\t• 하나",
                "2\t나영역\t• 둘¹⁾", "", "1) 주석 하나", "", "\t영역\t주요 시책", "", "본문 한 줄");
        Segmentation s = Briefs.segment(BriefText.of("header-only.txt", text));
        assertEquals(1, s.tables().size());
        assertEquals(List.of("1", "2"), s.tables().get(0).rows().stream().map(Segmentation.Row::mark).toList());
    }

    @Test
    void givenARowWithNothingInTheNamingColumn_whenSegmented_thenItIsNamedByItsMarkWithAWarningNamingItsLine() {
        String text = String.join("\n", "", "제목", "", "1 개요", "", "\t영역\t주요 시책", "1\t가영역\t• 하나",
                "2\t\t• 둘", "", "본문 한 줄");
        Segmentation s = Briefs.segment(BriefText.of("unnamed-row.txt", text));
        assertEquals(List.of("가영역", "2"), s.tables().get(0).rows().stream().map(Segmentation.Row::name).toList());
        assertTrue(s.warnings().stream().anyMatch(w -> w.toString().contains("unnamed-row.txt:8")
                && w.toString().contains("named by its mark '2'")), s.warnings().toString());
    }
}
