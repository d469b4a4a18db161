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
 * A numbered table of a plan's missions titled with the Korean word 임무 ("[표 2-1] 4대 국가임무와 …") is read as the
 * plan's policy areas, as a table titled 미션 is. Drafted from development brief (g) as it stands in the corpus, and
 * from development brief (f), whose mission table is titled 미션.
 */
class MissionTableTest {

    @TempDir
    Path dir;

    private static final Path BRIEFS = Path.of("data", "importer-corpus", "briefs");

    private List<String> draft(String brief) throws IOException {
        ImportReport r = new BriefImporter(Briefs.layout(), Lexicon.empty()).importBrief(BRIEFS.resolve(brief), brief,
                dir.resolve(brief), null);
        return Files.readString(r.sourceFile()).lines().toList();
    }

    /** The type line of the entity whose Korean label is given. */
    private static String typeOf(List<String> lines, String ko) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("label: {ko: \"" + ko + "\"")) {
                for (int j = i; j > Math.max(0, i - 4); j--) {
                    if (lines.get(j).strip().startsWith("type:")) {
                        return lines.get(j).strip();
                    }
                }
            }
        }
        return "no entity '" + ko + "'";
    }

    @Test
    void givenBriefGsTableOfNationalMissions_whenDrafted_thenTheMissionsArePolicyAreas() throws IOException {
        List<String> g = draft("g-kaldoria-4th-sti-strategy.txt");
        assertTrue(typeOf(g, "무탄소 에너지 전환").equals("type: PolicyArea"), typeOf(g, "무탄소 에너지 전환"));
        assertTrue(typeOf(g, "안전한 국토와 바다").equals("type: PolicyArea"), typeOf(g, "안전한 국토와 바다"));
    }

    @Test
    void givenBriefFsTableOfMissions_whenDrafted_thenTheMissionsStayPolicyAreas() throws IOException {
        List<String> f = draft("f-welmark-ri-future-strategy-2035.txt");
        assertTrue(typeOf(f, "기후중립 산업").equals("type: PolicyArea"), typeOf(f, "기후중립 산업"));
    }
}
