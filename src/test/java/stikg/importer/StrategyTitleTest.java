package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.names.Lexicon;

/**
 * A national plan called a strategy in the brief's title ("「제4차 국가과학기술혁신전략(2027~2032)」") is the plan the
 * brief is about, an edition of its series, as a 기본계획 is; an earlier edition named in prose ("제3차 전략(2021~2026)")
 * is its predecessor. Drafted from development briefs (g) and (a) as they stand in the corpus.
 */
class StrategyTitleTest {

    @TempDir
    Path dir;

    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private String draft(String brief) throws IOException {
        ImportReport r = new BriefImporter(Briefs.layout(), Lexicon.empty()).importBrief(BRIEFS.resolve(brief), brief,
                dir.resolve(brief), null);
        return Files.readString(r.sourceFile());
    }

    /** The lines of the entity of a class whose Korean label is given, from its id line to the next entity. */
    private static String entity(String draft, String ko, String type) {
        List<String> lines = draft.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("label: {ko: \"" + ko + "\"") && lines.get(i - 2).contains("type: " + type)) {
                int from = i;
                while (from > 0 && !lines.get(from).startsWith("  - ")) {
                    from--;
                }
                int to = i + 1;
                while (to < lines.size() && lines.get(to).startsWith("    ")) {
                    to++;
                }
                return String.join("\n", lines.subList(from, to));
            }
        }
        return "no " + type + " '" + ko + "'";
    }

    @Test
    void givenBriefGsTitleNamingTheFourthStrategy_whenDrafted_thenItIsThePlanEditionFourWithItsPredecessor()
            throws IOException {
        String g = draft("g-kaldoria-4th-sti-strategy.txt");
        String plan = entity(g, "제4차 국가과학기술혁신전략", "Plan");
        assertTrue(plan.contains("edition: 4"), plan);
        String third = entity(g, "제3차 국가과학기술혁신전략", "Plan");
        assertTrue(third.contains("edition: 3"), third);
        assertTrue(entity(g, "국가과학기술혁신전략", "PlanSeries").contains("type: PlanSeries"));
    }

    @Test
    void givenBriefAsTitleNamingTheSecondStrategy_whenDrafted_thenItIsThePlanEditionTwo() throws IOException {
        String plan = entity(draft("a-serenia-core-tech-strategy-2.txt"), "제2차 국가핵심기술 연구개발 전략", "Plan");
        assertTrue(plan.contains("edition: 2"), plan);
    }
}
