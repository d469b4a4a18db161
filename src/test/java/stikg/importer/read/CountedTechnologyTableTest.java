package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.Briefs;
import stikg.importer.draft.Draft;

/**
 * A technology table whose caption counts its rows ("9대 전략기술" over nine rows: development briefs (g) and (h))
 * drafts its scheme as a technology list named by the counted title; a caption whose count is not the number of
 * rows leaves it a scheme named by the caption. The tables here are written for this test.
 */
class CountedTechnologyTableTest {

    @TempDir
    Path dir;

    private List<String> schemes(String table) throws Exception {
        Draft d = Briefs.draft(dir, "가상국 「제2차 물길계획」 분석\n\n" + table);
        return d.entities().stream().filter(e -> e.types().contains("TechnologyList")
                || e.types().contains("TechnologyScheme")).map(e -> e.types().get(0) + " " + e.label().get("ko"))
                .toList();
    }

    @Test
    void givenACaptionCountingTheRows_thenTheSchemeIsATechnologyListByItsCountedTitle() throws Exception {
        assertEquals(List.of("TechnologyList 3대 물기술"), schemes("""
                [표 1] 3대 물기술의 분류
                구분\t기술\t세부기술
                주력\t① 정수\t막 여과
                주력\t② 담수화\t역삼투
                신흥\t③ 물 재이용\t하수 처리
                """));
    }

    @Test
    void givenACountOtherThanTheRows_thenTheSchemeKeepsTheCaption() throws Exception {
        assertEquals(List.of("TechnologyScheme 5대 물기술의 분류"), schemes("""
                [표 1] 5대 물기술의 분류
                구분\t기술\t세부기술
                주력\t① 정수\t막 여과
                주력\t② 담수화\t역삼투
                신흥\t③ 물 재이용\t하수 처리
                """));
    }

    @Test
    void givenATableContinuedWithoutACaptionAfterAFootnote_thenItsRowsAreInTheSchemeOfTheTableItContinues()
            throws Exception {
        Draft d = Briefs.draft(dir, """
                가상국 「제2차 물길계획」 분석

                〈 물기술 분야와 세부기술 〉

                구분\t분야\t세부기술(예시)
                주력\t① 정수\t막 여과
                \t② 담수화\t역삼투

                1) 가상국 물관리위원회(2025.3.2.). 「제2차 물길계획」 부록

                구분\t분야\t세부기술(예시)
                신흥\t③ 물 재이용\t하수 처리
                \t④ 해수 자원화\t리튬 추출
                """);
        List<Draft.EntityPart> schemes = d.entities().stream().filter(e -> e.types().contains("TechnologyScheme"))
                .toList();
        assertEquals(1, schemes.size(), "one scheme: " + schemes);
        String scheme = schemes.get(0).id();
        assertEquals(4, d.entities().stream().filter(e -> e.types().contains("TechnologyArea") && e.facts()
                .stream().anyMatch(f -> f.property().equals("skos:inScheme") && f.value() instanceof Draft.Ref r
                        && r.id().equals(scheme))).count());
        assertEquals(1, schemes.get(0).facts().stream().filter(f -> f.property().equals("country")).count(),
                "the plan's scheme is of the plan's country");
    }
}
