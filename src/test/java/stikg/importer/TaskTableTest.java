package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.names.Lexicon;

/**
 * A table of tasks grouped by strategy with a lead column ("전략 | 추진과제 | 주관부처"), split by a page break whose
 * continuation repeats the header and carries the group over with a ditto mark: the strategies are the plan's
 * policy areas, the tasks measures under them, each led by the bodies its lead cell names (one entity per body).
 */
class TaskTableTest {

    @TempDir
    Path dir;

    private static final String BRIEF = String.join("\n",
            "가상국 「제3차 과학기술 기본계획」 요약",
            "",
            "Ⅰ. 전략 및 과제",
            "",
            "[표 1] 3대 전략 5개 추진과제",
            "",
            "전략\t추진과제\t주관부처",
            "1. 연구 역량 강화\t1-1 기초연구 확대\t연구혁신부",
            "\t1-2 연구시설 개방\t연구혁신부·교육부",
            "",
            "- 3 -",
            "",
            "전략\t추진과제\t주관부처",
            "〃\t1-3 장비 공동활용\t교육부",
            "2. 지역 혁신\t2-1 지역 거점 육성\t지역행정부",
            "");

    @Test
    void givenATaskTableWithALeadColumn_whenDrafted_thenStrategiesAreAreas_TasksMeasures_LedByEachBodyNamed()
            throws IOException {
        Path f = dir.resolve("brief.txt");
        Files.writeString(f, BRIEF);
        ImportReport r = new BriefImporter(Briefs.layout(), Lexicon.empty()).importBrief(f, "brief.txt",
                dir.resolve("out"), null);
        String draft = Files.readString(r.sourceFile());
        List<String> lines = draft.lines().toList();
        assertTrue(draft.contains("label: {ko: \"연구 역량 강화\""), draft);
        assertEquals(1, lines.stream().filter(l -> l.contains("{ko: \"교육부\"")).count(), "one entity per body");
        assertEquals(1, lines.stream().filter(l -> l.contains("{ko: \"연구혁신부\"")).count());
        int area = index(lines, "label: {ko: \"연구 역량 강화\"");
        assertTrue(block(lines, index(lines, "type: PolicyArea") - 1).contains("연구 역량 강화")
                || lines.get(area - 1).contains("PolicyArea"), "a strategy is a policy area");
        String task3 = block(lines, index(lines, "label: {ko: \"장비 공동활용\"") - 2);
        assertTrue(task3.contains("type: Measure"), task3);
        assertTrue(task3.contains("underArea"), "the ditto row stays under strategy 1: " + task3);
        String task2 = block(lines, index(lines, "label: {ko: \"연구시설 개방\"") - 2);
        String led = task2.substring(task2.indexOf("ledBy"));
        assertEquals(2, led.lines().filter(l -> l.strip().startsWith("- ") && l.contains("lead-")).count(),
                "led by both bodies: " + task2);
    }

    @Test
    void givenTwoCountedListsInCaptions_whenDrafted_thenEachTablesTitleWordDecidesWhatItsRowsAre() throws IOException {
        String brief = String.join("\n", "가상국 「연구혁신 전략」 요약", "", "Ⅰ. 두 목록", "",
                "[표 1] 3대 미션의 목표", "", "번호\t이름\t목표", "1\t기후 중립\t감축", "2\t디지털 주권\t자립", "",
                "[표 2] 3대 핵심기술별 투자", "", "순번\t이름\t예산", "1\t양자기술\t38", "2\t수소\t54", "");
        Path f = dir.resolve("two-lists.txt");
        Files.writeString(f, brief);
        List<String> lines = Files.readAllLines(new BriefImporter(Briefs.layout(), Lexicon.empty())
                .importBrief(f, "two-lists.txt", dir.resolve("out2"), null).sourceFile());
        assertTrue(block(lines, index(lines, "{ko: \"디지털 주권\"")).contains("type: PolicyArea"),
                "a row of the missions' table is a policy area");
        assertTrue(block(lines, index(lines, "{ko: \"양자기술\"")).contains("type: TechnologyArea"),
                "a row of the key technologies' table is a technology area, though both lists say 3대");
    }

    @Test
    void givenTwoNumberedListsInProseThatBothSay5dae_whenDrafted_thenMissionsArePolicyAreas_AndTechnologiesTechnologyAreas()
            throws IOException {
        String brief = String.join("\n", "가상국 「연구혁신 전략 2035」 요약", "", "1. 전략의 구조", "",
                "새 전략의 첫 번째 축은 3대 미션이다. 미션은 ① 기후중립 산업, ② 디지털 주권, ③ 안전한 사회로,",
                "각 미션마다 목표가 정해져 있다.", "",
                "두 번째 축은 3대 핵심기술이다. 전략은 인공지능, 양자기술, 수소를 미션 달성에 필요한 기술로 지정하였다.",
                "양자기술은 디지털 주권 미션을 떠받친다.", "");
        Path f = dir.resolve("prose-lists.txt");
        Files.writeString(f, brief);
        List<String> lines = Files.readAllLines(new BriefImporter(Briefs.layout(), Lexicon.empty())
                .importBrief(f, "prose-lists.txt", dir.resolve("out3"), null).sourceFile());
        for (String mission : List.of("기후중립 산업", "디지털 주권", "안전한 사회")) {
            assertTrue(block(lines, index(lines, "{ko: \"" + mission + "\"")).contains("type: PolicyArea"), mission);
        }
        for (String tech : List.of("인공지능", "양자기술", "수소")) {
            assertTrue(block(lines, index(lines, "{ko: \"" + tech + "\"")).contains("type: TechnologyArea"), tech);
        }
    }

    private static int index(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    /** The entity block (from its "- id:" line to the next) around line i. */
    private static String block(List<String> lines, int i) {
        int s = i;
        while (s > 0 && !lines.get(s).strip().startsWith("- id:")) {
            s--;
        }
        int e = s + 1;
        while (e < lines.size() && !lines.get(e).strip().startsWith("- id:")) {
            e++;
        }
        return String.join("\n", lines.subList(s, e));
    }
}
