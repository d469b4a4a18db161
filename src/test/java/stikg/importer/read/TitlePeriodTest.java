package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;
import stikg.importer.draft.Draft;
import stikg.importer.names.Lexicon;
import stikg.importer.text.BriefReader;

/**
 * The period printed in brackets right after the plan's name in the title ("「제4차 …계획(2027~2031)」", as
 * development briefs (e), (g) and (h) print it) is the period of the plan the brief is about. Titles written for
 * this test.
 */
class TitlePeriodTest {

    @TempDir
    Path dir;

    private List<String> periods(String title) throws Exception {
        Path p = dir.resolve("brief.txt");
        Files.writeString(p, title + "\n\n1. 개요\n가상국은 계획을 세웠다.\n");
        Draft d = new DraftAssembler(Briefs.layout(), Lexicon.empty())
                .assemble(Briefs.segment(new BriefReader().read(p, p.toString())), "doc");
        return d.entities().stream().filter(e -> e.types().contains("Plan")).flatMap(e -> e.facts().stream())
                .filter(f -> f.property().equals("period")).map(f -> ((Draft.Literal) f.value()).text()).toList();
    }

    @Test
    void givenAPeriodInBracketsAfterThePlansNameInTheTitle_thenItIsThePlansPeriod() throws Exception {
        assertEquals(List.of("2028/2032"), periods("가상국 「제3차 물관리 기본계획(2028~2032)」 분석"));
    }

    @Test
    void givenNoPeriodAfterTheName_thenThePlanHasNone() throws Exception {
        assertEquals(List.of(), periods("가상국 「제3차 물관리 기본계획」 분석"));
    }
}
