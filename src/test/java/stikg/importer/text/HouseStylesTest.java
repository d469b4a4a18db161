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
    void givenNumeralsOfBothKinds_whenRead_thenTheyCountAlike() {
        assertEquals(List.of(1, 2, 3, 4, 9, 3, 4, 12), List.of("1", "Ⅱ", "Ⅲ.", "IV.", "IX.", "III.", "Ⅳ", "12")
                .stream().map(Segmenter::numeral).toList());
    }
}
