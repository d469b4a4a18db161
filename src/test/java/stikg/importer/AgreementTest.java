package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.source.SourceFile;
import stikg.source.SourceReader;

/**
 * The seed brief, imported, against the curated source file of the same brief
 * ({@code data/sources/kistep-2026-jp-7th-sti-plan-brief.yaml}). Entity and fact precision and recall are
 * defined in {@link DraftAgreement}; the test prints them and fails below 0.9 entity recall or 0.7 fact recall.
 * A missing curated file is a failure, not a skip: the comparison is the point of the test.
 */
class AgreementTest {

    static final Path SEED = Path.of("..", "shared", "seeds", "000_35fc73cf533e72ef.txt");
    static final Path CURATED = Path.of("data", "sources", "kistep-2026-jp-7th-sti-plan-brief.yaml");
    static final Path LEXICON = Path.of("data", "lexicon");

    @TempDir
    Path out;

    @Test
    void givenTheSeedBrief_whenImportedAndComparedWithTheCuratedFile_thenRecallIsAtLeastTheThresholds() throws Exception {
        assumeTrue(Files.exists(SEED), "the seed brief " + SEED + " is not beside the project");
        assertTrue(Files.exists(CURATED), "the curated source file " + CURATED + " does not exist yet: the agreement "
                + "cannot be measured (the loader's curated file is needed)");
        SourceReader reader = new SourceReader(Path.of(""));
        Lexicon lexicon = new LexiconLoader(reader).load(LEXICON);
        ImportReport report = new BriefImporter(new LayoutConfigReader().builtIn(), lexicon)
                .importBrief(SEED, SEED.toString(), out, "seed-draft");
        SourceFile draft = reader.read(report.sourceFile(), SourceFile.Kind.SOURCE);
        SourceFile curated = reader.read(CURATED, SourceFile.Kind.SOURCE);
        List<SourceFile> lexiconFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(LEXICON)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                lexiconFiles.add(reader.read(f, SourceFile.Kind.LEXICON));
            }
        }
        DraftAgreement.Figures fig = new DraftAgreement(lexiconFiles).compare(draft, curated);
        System.out.println("Agreement of the imported seed brief with " + CURATED + ":");
        System.out.println(fig.report());
        System.out.println("curated entities the draft missed (" + fig.missedEntities().size() + "): "
                + fig.missedEntities());
        java.util.Map<String, Long> byProperty = new java.util.TreeMap<>();
        fig.missedFacts().forEach(f -> byProperty.merge(DraftAgreement.propertyOf(f), 1L, Long::sum));
        System.out.println("curated facts the draft missed (" + fig.missedFacts().size() + "), by property: "
                + byProperty);
        DraftAgreement.sample(fig.missedFacts(), 40).forEach(f -> System.out.println("  e.g. " + f));
        assertTrue(fig.entityRecall() >= 0.9, "entity recall " + fig.entityRecall() + " is below 0.9");
        assertTrue(fig.factRecall() >= 0.7, "fact recall " + fig.factRecall() + " is below 0.7");
    }
}
