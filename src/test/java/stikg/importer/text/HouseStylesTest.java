package stikg.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;
import stikg.importer.config.BulletKind;

/**
 * The house style of Korean public documents, written here for the test: sections numbered Ⅰ, Ⅱ with 1., 2.
 * sub-sections, □ and ○ bullets, a caption "[표 1] …", and a provenance note above the title.
 */
class HouseStylesTest {

    @TempDir
    Path dir;

    private Segmentation segment(String... lines) throws Exception {
        Path f = dir.resolve("brief.txt");
        Files.writeString(f, String.join("\n", lines));
        return Briefs.segment(new BriefReader().read(f, "brief.txt"));
    }

    @Test
    void givenRomanSectionsNumberedSubSectionsAndBoxBullets_whenSegmented_thenEachIsReadAsTheGenrePrintsIt()
            throws Exception {
        Segmentation s = segment(
                "# a note about this file, above the title",
                "",
                "가상국 제2차 연구혁신 전략의 주요 내용¹⁾",
                "",
                "Ⅰ. 전략의 개요",
                "",
                "1. 수립 배경",
                "□ 가상국 정부는 연구혁신 전략을 5년마다 수립",
                " ○ 과학부가 시행계획을 마련",
                "2. 주요 내용",
                "□ 전략은 3대 분야로 구성",
                "",
                "[표 1] 전략의 3대 분야",
                "",
                "Ⅱ. 시사점",
                "□ 우리나라에도 참고할 만함",
                "",
                "1) 가상연구원 홍길동 연구위원(hong@example.org)");
        assertEquals("가상국 제2차 연구혁신 전략의 주요 내용", s.title().orElseThrow().text(),
                "the title is the line that carries the author's footnote, not the note above it");
        assertEquals(List.of("s1", "s1-a", "s1-b", "s2"), s.sections().stream().map(Segmentation.Section::id).toList());
        assertEquals("전략의 개요", s.sections().get(0).title());
        assertEquals("수립 배경", s.sections().get(1).title());
        assertEquals("1.2", s.sections().get(2).number());
        Segmentation.ProseLine lead = s.prose().stream().filter(p -> p.line() == 8).findFirst().orElseThrow();
        Segmentation.ProseLine item = s.prose().stream().filter(p -> p.line() == 9).findFirst().orElseThrow();
        assertEquals(BulletKind.LEAD, lead.kind());
        assertEquals(BulletKind.ITEM, item.kind());
        assertEquals(List.of("전략의 3대 분야"), s.captions().stream().map(Segmentation.Caption::text).toList());
    }

    @Test
    void givenBareSuperscriptMarks_whenTheFootnoteTheyPointToExists_thenTheyAreSplitOff_andNotOtherwise()
            throws Exception {
        Segmentation s = segment(
                "가상국 연구 전략¹",
                "",
                "Ⅰ. 개요",
                "□ 전략은 부록 3²에 목록을 둠",
                "□ 면적은 500 m³ 규모",
                "",
                "¹ 가상연구원 홍길동 연구위원(hong@example.org)",
                "² 가상부(2026). 「연구 전략」 부록 3.");
        assertEquals("가상국 연구 전략", s.title().orElseThrow().text());
        assertEquals(List.of("1", "2"), s.footnotes().stream().map(Segmentation.Footnote::mark).toList());
        Segmentation.ProseLine annex = s.prose().stream().filter(p -> p.line() == 4).findFirst().orElseThrow();
        assertEquals("전략은 부록 3에 목록을 둠", annex.text(), "the 3 of 부록 3 stays, the footnote 2 goes");
        assertEquals(List.of("2"), annex.footnotes());
        Segmentation.ProseLine unit = s.prose().stream().filter(p -> p.line() == 5).findFirst().orElseThrow();
        assertEquals("면적은 500 m³ 규모", unit.text(), "no footnote 3: the superscript is a unit's");
    }

    @Test
    void givenNumeralsOfBothKinds_whenRead_thenTheyCountAlike() {
        assertEquals(List.of(1, 2, 3, 4, 9, 3, 4, 12), List.of("1", "Ⅱ", "Ⅲ.", "IV.", "IX.", "III.", "Ⅳ", "12")
                .stream().map(Segmenter::numeral).toList());
    }
}
