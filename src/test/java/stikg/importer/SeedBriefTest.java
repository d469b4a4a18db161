package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.importer.names.Lexicon;
import stikg.source.EntityRecord;
import stikg.source.Fact;
import stikg.source.SourceFile;
import stikg.source.SourceReader;
import stikg.source.Value;
import stikg.testing.Prerequisites;

/** The seed brief imports with the project's lexicon into a draft that validates (skipped with the reason printed on a fresh clone, failed under STIKG_STRICT_TESTS). */
class SeedBriefTest {

    @TempDir
    static Path out;

    static ImportReport report;
    static SourceFile draft;

    @BeforeAll
    static void importIt() {
        Path seed = Prerequisites.seedBrief();
        Lexicon lexicon = Briefs.lexicon(Path.of("data", "lexicon"));
        report = new BriefImporter(Briefs.layout(), lexicon).importBrief(seed, seed.toString(), out,
                "seed-draft");
        draft = new SourceReader(out).read(report.sourceFile(), SourceFile.Kind.SOURCE);
    }

    private static SourceFile draft() {
        return draft;
    }

    private static List<EntityRecord> records(String id) {
        return draft().entities().stream().filter(e -> id.equals(e.subjectId().orElse(null))).toList();
    }

    private static List<String> values(String id, String property) {
        return records(id).stream().flatMap(e -> e.facts().stream()).filter(f -> f.property().equals(property))
                .map(SeedBriefTest::text).toList();
    }

    private static String text(Fact f) {
        return f.value() instanceof Value.Scalar s ? s.text() : f.value().toString();
    }

    private static EntityRecord byLabel(String ko, String type) {
        return draft().entities().stream().filter(e -> e.defines() && e.types().contains(type)
                && e.facts().stream().anyMatch(f -> f.property().equals("label") && f.value() instanceof Value.LangText t
                && t.byLanguage().getOrDefault("ko", List.of()).contains(ko))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + ko));
    }

    @Test
    void givenTheSeedBrief_whenImportedWithTheProjectLexicon_thenTheDraftValidatesWithZeroShaclViolations() {
        draft();
        Briefs.validate(report.sourceFile().getParent(), Path.of("data", "lexicon"));
        System.out.println("Seed draft: " + report.counts());
    }

    @Test
    void givenEveryEntityOfTheDraft_whenRead_thenEachHasALocator() {
        for (EntityRecord e : draft().entities()) {
            assertTrue(e.locator().isPresent(), "no at: for " + e.subjectId().orElse("?"));
        }
    }

    @Test
    void givenTheTechnologyTable_whenImported_thenRowsEightToElevenStayOutOfTheMisplacedGroup() {
        EntityRecord emerging = byLabel("신흥·기반기술", "TechnologyCategory");
        EntityRecord strategic = byLabel("국가전략기술", "TechnologyCategory");
        EntityRecord ocean = byLabel("해양", "TechnologyArea");
        assertEquals(List.of(emerging.id()), values(ocean.id(), "inCategory"));
        EntityRecord quantum = byLabel("양자", "TechnologyArea");
        assertEquals(List.of(strategic.id(), emerging.id()), values(quantum.id(), "inCategory"));
        assertEquals(4, values(quantum.id(), "exampleTechnology").size());
        assertEquals(List.of("⑬"), values(quantum.id(), "number"));
    }

    @Test
    void givenTheTitle_whenImported_thenTheLexiconsPlanGetsTheAreasAndTheCabinetDecision() {
        List<String> areas = values("jp-sti-plan-7", "policyArea");
        assertEquals(6, areas.size());
        assertEquals(List.of("2026-03-27"), values("jp-sti-plan-7", "cabinetDecisionDate"));
    }

    @Test
    void givenTheInvestmentSentences_whenImported_thenTargetsAndActualsAreExactAmountsOfTheirPlans() {
        List<EntityRecord> figures = draft().entities().stream()
                .filter(e -> e.types().contains("Target") || e.types().contains("Actual")).toList();
        assertEquals(6, figures.size());
        EntityRecord estimate = figures.stream().filter(e -> e.facts().stream()
                .anyMatch(f -> f.property().equals("amount") && text(f).equals("86300000000000"))).findFirst()
                .orElseThrow();
        assertEquals(List.of("Actual"), estimate.types());
        assertEquals(List.of("true"), values(estimate.id(), "isEstimate"));
        assertEquals(List.of("jp-sti-plan-6"), values(estimate.id(), "figureOf"));
    }

    @Test
    void givenCueWords_whenImported_thenCandidateFactsNameTheirLine() {
        EntityRecord announcement = draft().entities().stream().filter(e -> e.types().contains("Announcement")
                && e.at().firstLine() == 165).findFirst().orElseThrow();
        assertEquals(List.of("cabinet-office"), values(announcement.id(), "issuedBy"));
        assertEquals(List.of("2025-12"), values(announcement.id(), "date"));
        assertTrue(values("k-program", "fundedBy").containsAll(List.of("jst", "nedo")));
    }

    @Test
    void givenAFootnoteCitingThreeWebPages_whenImported_thenTheBriefAndWhatCarriesItsMarkCiteEachPage() {
        List<String> pages = draft().entities().stream().filter(e -> e.defines() && e.types().contains("Document")
                && e.at().firstLine() == 138).map(EntityRecord::id).toList();
        assertEquals(3, pages.size(), "footnote 4 lists three addresses");
        pages.forEach(p -> assertEquals(1, values(p, "url").size(), p));
        List<String> cited = draft().document().facts().stream().filter(f -> f.property().equals("citedSource"))
                .map(SeedBriefTest::text).toList();
        assertTrue(cited.containsAll(pages));
        assertEquals(pages, values("nedo-frontier-prize", "citedSource"), "its name carries the mark of footnote 4");
    }
}
