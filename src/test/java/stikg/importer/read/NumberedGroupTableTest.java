package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;
import stikg.importer.draft.Draft;

/**
 * A table of a plan's strategies whose group cells are numbered in order ("1. …", "Ⅱ. …": development briefs (e),
 * (g) and (h)) gives each group its number and its order in the plan, and its name without the mark; a group cell
 * without a mark (a total) gets neither. The tables here are written for this test.
 */
class NumberedGroupTableTest {

    @TempDir
    Path dir;

    private List<String> groups(String table) throws Exception {
        Draft d = Briefs.draft(dir, "가상국 「제2차 물길계획」 분석\n\n" + table);
        return d.entities().stream().filter(e -> e.types().contains("PolicyArea")).map(e -> e.label().get("ko") + " "
                + e.facts().stream().filter(f -> f.property().equals("number") || f.property().equals("order"))
                        .map(f -> f.property() + "=" + ((Draft.Literal) f.value()).text()).toList()).toList();
    }

    @Test
    void givenGroupCellsNumberedInOrder_thenEachGroupHasItsNumberAndOrder() throws Exception {
        assertEquals(List.of("물 안보 강화 [number=Ⅰ, order=1]", "물 산업 육성 [number=Ⅱ, order=2]"), groups("""
                [표 1] 2대 전략과 추진과제
                전략\t추진과제\t주관부처
                Ⅰ. 물 안보 강화\t① 댐 안전 점검 ② 가뭄 대비\t물부
                Ⅱ. 물 산업 육성\t① 정수 기술 수출 ② 물 기업 창업\t산업부
                """));
    }
}
