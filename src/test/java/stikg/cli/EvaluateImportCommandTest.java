package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import stikg.importer.Briefs;

/**
 * {@code ./stikg evaluate-import} over a small corpus made here: the second test brief, once as a development brief
 * and once as an evaluation brief, each against a curated file of five entities written by hand (three policy areas of
 * its overview table, one technology area of its technology table, and a measure the brief does not print).
 */
class EvaluateImportCommandTest {

    @TempDir
    static Path dir;

    static Path curated;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void curate() throws Exception {
        curated = dir.resolve("curated").resolve("examplia.yaml");
        Files.createDirectories(curated.getParent());
        Files.writeString(curated, String.join("\n",
                "document:",
                "  id: examplia-brief",
                "  lines: 100",
                "  at: L2",
                "  label: {ko: 예시아 제3차 국가연구혁신계획의 주요내용}",
                "entities:",
                "  - {id: ex-area-basic, type: PolicyArea, at: L15, label: {ko: 기초연구 확대}}",
                "  - {id: ex-area-industry, type: PolicyArea, at: L16, label: {ko: 산업 연계}}",
                "  - {id: ex-area-intl, type: PolicyArea, at: L23, label: {ko: 국제협력}}",
                "  - {id: ex-tech-bio, type: TechnologyArea, at: L37, label: {ko: 바이오}}",
                "  - {id: ex-unprinted, type: Measure, at: L16, label: {ko: 본문에 없는 시책}}",
                ""));
    }

    private Path manifest(String name, String extraOfEvaluationBrief) throws Exception {
        Path m = dir.resolve(name + ".yaml");
        String brief = Briefs.EXAMPLIA.toAbsolutePath().toString();
        Files.writeString(m, String.join("\n",
                "briefs:",
                "  - id: examplia-dev",
                "    brief: " + brief,
                "    curated: [" + curated + "]",
                "    role: development",
                "  - id: examplia-eval",
                "    brief: " + brief,
                "    curated: " + curated,
                "    role: evaluation",
                extraOfEvaluationBrief,
                ""));
        return m;
    }

    private Result evaluate(Path manifest, String out) {
        return run("evaluate-import", manifest.toString(), "--out", dir.resolve(out).toString(), "--lexicon",
                Briefs.EXAMPLIA_LEXICON.toString());
    }

    @Test
    void givenACorpus_whenEvaluated_thenEachBriefIsScoredStrictAndLexiconFreeFirst_RolesApart_Dated() throws Exception {
        Result r = evaluate(manifest("plain", ""), "plain");
        assertEquals(0, r.code(), r.out() + r.err());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertTrue(r.out().contains("Import evaluation of " + today), r.out());
        int dev = r.out().indexOf("Development briefs");
        int eval = r.out().indexOf("Evaluation briefs");
        assertTrue(dev >= 0 && eval > dev, r.out());
        assertTrue(r.out().contains("| strict, lexicon-free E R / P |"), "the headline column comes first: " + r.out());
        // the four curated entities the brief prints are drafted under their own names; the fifth is not in it
        assertTrue(r.out().contains("| examplia-dev | **0.800** (4/5)"), r.out());
        assertTrue(r.out().contains("- examplia-eval: entities {Measure=1}"), "misses by class: " + r.out());
        assertTrue(r.out().contains("ok     examplia-eval: strict lexicon-free entity recall 0.800 within 0.15"),
                r.out());
        assertTrue(r.out().contains("ok     every draft validates"), r.out());
        assertTrue(Files.readString(dir.resolve("plain").resolve("report-" + today + ".md")).contains(
                "Evaluation briefs"), "the report is written, dated");
        assertTrue(Files.exists(dir.resolve("plain/examplia-eval/lexicon-free/sources/examplia-brief.yaml")));
    }

    @Test
    void givenAFloorAboveWhatTheImporterReaches_whenEvaluated_thenTheCheckIsMissedAndTheExitCodeSaysSo()
            throws Exception {
        Result r = evaluate(manifest("floor", "    floor: {entityRecall: 1.0, factRecall: 1.0}"), "floor");
        assertEquals(Main.THRESHOLD_MISSED, r.code(), r.out());
        assertTrue(r.out().contains("MISSED examplia-eval: strict lexicon-aided recall"), r.out());
    }

    @Test
    void givenADeclaredTrap_whenTheDraftTypesTheNameIntoAnotherBranch_thenTheTrapIsFallen_andNotWhenItAgrees()
            throws Exception {
        Result fallen = evaluate(manifest("trap", "    traps: [{name: 산업 연계, type: Technology}]"), "trap");
        assertEquals(Main.THRESHOLD_MISSED, fallen.code(), fallen.out());
        assertTrue(fallen.out().contains("MISSED examplia-eval: 1 of 1 checked trap(s) fallen"), fallen.out());
        assertFalse(fallen.out().contains("산업 연계: Technology"), "an evaluation brief's names are not printed");
        Result kept = evaluate(manifest("kept", "    traps: [{name: 산업 연계, type: \"skos:Concept\"}]"), "kept");
        assertEquals(0, kept.code(), "a policy area is a skos:Concept in the ontology: " + kept.out());
    }

    @Test
    void givenNoManifest_whenEvaluated_thenOneLineNamesIt() {
        Result r = run("evaluate-import", dir.resolve("none.yaml").toString());
        assertEquals(Main.INPUT_ERROR, r.code());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("none.yaml"), r.err());
    }

    @Test
    void givenHouseStyles_whenEvaluated_thenOnlyTheDevelopmentBriefIsReprinted_andEachVariantIsScoredBesideIt()
            throws Exception {
        Result r = run("evaluate-import", manifest("styles", "").toString(), "--out", dir.resolve("styles").toString(),
                "--lexicon", Briefs.EXAMPLIA_LEXICON.toString(), "--house-styles", "government,cells-pipes");
        assertEquals(0, r.code(), r.out() + r.err());
        int styles = r.out().indexOf("House styles");
        assertTrue(styles > 0, r.out());
        String table = r.out().substring(styles);
        assertTrue(table.contains("examplia-dev (as printed: E R 0.800"), table);
        assertTrue(table.contains("| government | ") && table.contains("| cells-pipes | "), table);
        assertFalse(table.contains("examplia-eval"), "an evaluation brief is never re-printed: " + table);
        assertTrue(Files.exists(dir.resolve("styles/examplia-dev/styles/cells-pipes/brief-examplia.txt")));
        assertFalse(Files.exists(dir.resolve("styles/examplia-eval/styles")));
    }

    @Test
    void givenAnUnknownHouseStyle_whenEvaluated_thenOneLineNamesItAndTheKnownOnes() throws Exception {
        Result r = run("evaluate-import", manifest("unknown", "").toString(), "--out",
                dir.resolve("unknown").toString(), "--house-styles", "baroque");
        assertEquals(Main.INPUT_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("baroque")
                && r.err().contains("government"), r.err());
    }
}
