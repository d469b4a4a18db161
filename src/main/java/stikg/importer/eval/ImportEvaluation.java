package stikg.importer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.importer.BriefImporter;
import stikg.importer.ImportReport;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconLoader;
import stikg.importer.text.BriefReader;
import stikg.importer.text.BriefText;
import stikg.source.SourceFile;
import stikg.source.SourceReader;

/**
 * The importer's yardstick: every brief of a {@link CorpusManifest} drafted twice — once with the shared lexicon
 * (lexicon-aided) and once with none (lexicon-free: only what the importer finds in the text itself) — and each
 * draft compared with the brief's curated file by {@link DraftAgreement}. The headline is strict and lexicon-free:
 * entities matched by their names alone, in a draft made without the lexicon, so that neither the ids a lexicon
 * hands over nor a bullet copied whole as a name (matched by passage) count. The lexicon-aided and the lenient
 * (passage-matching) figures are given beside it, labelled.
 */
public final class ImportEvaluation {

    private final LayoutConfig layout;
    private final LayoutConfig unfitted;
    private final Path lexiconDir;
    private final SourceReader reader;
    private final ClassHierarchy classes;

    /**
     * @param layout the layout the importer reads briefs with
     * @param lexiconDir the shared lexicon (the lexicon-aided draft's, and the names of the ids curated files use)
     * @param reader reads source and lexicon files (its root is where paths are shown from)
     * @param classes the ontology's classes, to tell a trap from a class named more or less precisely
     */
    public ImportEvaluation(LayoutConfig layout, Path lexiconDir, SourceReader reader, ClassHierarchy classes) {
        this(layout, null, lexiconDir, reader, classes);
    }

    /**
     * @param unfitted the same layout without the rules fitted to one document, or null: each brief is then also
     *     drafted (lexicon-free) with it, to report what the fitted rules add
     */
    public ImportEvaluation(LayoutConfig layout, LayoutConfig unfitted, Path lexiconDir, SourceReader reader,
            ClassHierarchy classes) {
        this.classes = classes;
        this.layout = layout;
        this.unfitted = unfitted;
        this.lexiconDir = lexiconDir;
        this.reader = reader;
    }

    /** What one brief scored. {@code aided} holds the lenient figures, its {@code byNameOnly()} the strict ones. */
    public record BriefResult(CorpusManifest.Brief brief, DraftAgreement.Figures lexiconFree,
            DraftAgreement.Figures aided, Map<String, Long> missedEntitiesByClass, Map<String, Long> missedFactsByProperty,
            int candidateFacts, int warnings, Path aidedDraft, Path lexiconFreeDraft, List<String> trapsFallen,
            DraftAgreement.Figures unfitted) {

        /** Names only, lexicon-free, drafted without the document-fitted rules; null when not measured. */
        public DraftAgreement.Figures headlineWithoutFittedRules() {
            return unfitted == null ? null : unfitted.byNameOnly();
        }

        /** The headline: names only, in a draft made without the lexicon. */
        public DraftAgreement.Figures headline() {
            return lexiconFree.byNameOnly();
        }

        /** Names only, in a draft made with the lexicon. */
        public DraftAgreement.Figures strictAided() {
            return aided.byNameOnly();
        }

        /** Names, then passages, in a draft made with the lexicon (the figure the seed was once reported by). */
        public DraftAgreement.Figures lenientAided() {
            return aided;
        }
    }

    /** A brief's curated source file and the lexicon files its ids come from (the shared ones and its own). */
    private record Curated(SourceFile file, List<SourceFile> lexiconFiles, List<SourceFile> extraLexicon) {
    }

    private Curated curated(CorpusManifest.Brief brief) {
        if (!Files.isRegularFile(brief.brief())) {
            throw new InvalidInputException(new Problem(Location.wholeFile(brief.brief().toString()),
                    "the brief '" + brief.id() + "' of the corpus is not there"));
        }
        SourceFile curated = null;
        List<SourceFile> lexiconFiles = new ArrayList<>(sharedLexiconFiles());
        List<SourceFile> extraLexicon = new ArrayList<>();
        for (Path p : brief.curated()) {
            if (isSourceFile(p)) {
                if (curated != null) {
                    throw new InvalidInputException(new Problem(Location.wholeFile(p.toString()), "brief '"
                            + brief.id() + "' has more than one curated source file (a document:); give one"));
                }
                curated = reader.read(p, SourceFile.Kind.SOURCE);
            } else {
                SourceFile lex = reader.read(p, SourceFile.Kind.LEXICON);
                extraLexicon.add(lex);
                lexiconFiles.add(lex);
            }
        }
        if (curated == null) {
            throw new InvalidInputException(new Problem(Location.wholeFile(brief.curated().get(0).toString()),
                    "brief '" + brief.id() + "' names no curated source file (one with a document:)"));
        }
        return new Curated(curated, lexiconFiles, extraLexicon);
    }

    /** What a development brief re-printed in another house style scored (strict, lexicon-free). */
    public record StyleResult(CorpusManifest.Brief brief, HouseStyle style, DraftAgreement.Figures variant,
            List<String> trapsFallen, Path variantText) {

        /** Names only, in a draft of the re-printed brief made without the lexicon. */
        public DraftAgreement.Figures headline() {
            return variant.byNameOnly();
        }
    }

    /**
     * Re-prints a development brief in a house style, drafts the variant without the lexicon and scores it against
     * the brief's curated file; the variant and its draft go under {@code out/<brief id>/styles/<style>/}. An
     * evaluation brief is refused: it is only ever read as printed, so that it stays unseen.
     */
    public StyleResult evaluateStyle(CorpusManifest.Brief brief, HouseStyle style, Path out) {
        if (brief.role() != CorpusManifest.Role.DEVELOPMENT) {
            throw new IllegalArgumentException("only development briefs are re-printed in other house styles, not '"
                    + brief.id() + "'");
        }
        Curated c = curated(brief);
        String docId = c.file().documentDecl().map(d -> d.id()).orElse(BriefImporter.idFromFileName(brief.brief()));
        BriefText original = new BriefReader().read(brief.brief(), brief.brief().toString());
        BriefImporter importer = new BriefImporter(layout, Lexicon.empty());
        BriefText rendered = style.render(original, importer.segment(original));
        Path dir = out.resolve(BriefImporter.idFromFileName(Path.of(brief.id()))).resolve("styles").resolve(style.name());
        Path text = dir.resolve(brief.brief().getFileName());
        try {
            Files.createDirectories(dir);
            Files.writeString(text, String.join("\n", rendered.lines()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport r = importer.importBrief(text, text.toString(), dir.resolve("lexicon-free"), docId);
        SourceFile draft = reader.read(r.sourceFile(), SourceFile.Kind.SOURCE);
        DraftAgreement agreement = new DraftAgreement(c.lexiconFiles(), classes);
        List<String> traps = agreement.trapsFallen(draft, brief.traps());
        return new StyleResult(brief, style, agreement.compare(draft, c.file()), traps, text);
    }

    /** Drafts and scores one brief, writing both drafts under {@code out/<brief id>/}. */
    public BriefResult evaluate(CorpusManifest.Brief brief, Path out) {
        Curated loaded = curated(brief);
        SourceFile curated = loaded.file();
        List<SourceFile> lexiconFiles = loaded.lexiconFiles();
        List<SourceFile> extraLexicon = loaded.extraLexicon();
        String docId = curated.documentDecl().map(d -> d.id()).orElse(BriefImporter.idFromFileName(brief.brief()));
        Lexicon shared = new LexiconLoader(reader).load(lexiconDir);
        List<stikg.importer.names.LexiconEntry> more = new ArrayList<>();
        extraLexicon.forEach(f -> more.addAll(LexiconLoader.entries(f)));
        Lexicon aidedLexicon = shared.with(more);

        Path dir = out.resolve(BriefImporter.idFromFileName(Path.of(brief.id())));
        ImportReport aidedReport = new BriefImporter(layout, aidedLexicon).importBrief(brief.brief(),
                brief.brief().toString(), dir.resolve("lexicon-aided"), docId);
        ImportReport freeReport = new BriefImporter(layout, Lexicon.empty()).importBrief(brief.brief(),
                brief.brief().toString(), dir.resolve("lexicon-free"), docId);
        DraftAgreement agreement = new DraftAgreement(lexiconFiles, classes);
        SourceFile aidedDraft = reader.read(aidedReport.sourceFile(), SourceFile.Kind.SOURCE);
        SourceFile freeDraft = reader.read(freeReport.sourceFile(), SourceFile.Kind.SOURCE);
        DraftAgreement.Figures aided = agreement.compare(aidedDraft, curated);
        DraftAgreement.Figures free = agreement.compare(freeDraft, curated);
        DraftAgreement.Figures unfittedFigures = null;
        if (unfitted != null) {
            ImportReport r = new BriefImporter(unfitted, Lexicon.empty()).importBrief(brief.brief(),
                    brief.brief().toString(), dir.resolve("lexicon-free-without-fitted-rules"), docId);
            unfittedFigures = agreement.compare(reader.read(r.sourceFile(), SourceFile.Kind.SOURCE), curated);
        }
        Map<String, Set<String>> classes = agreement.classesIn(curated);
        Map<String, Long> byClass = new TreeMap<>();
        for (String id : free.byNameOnly().missedEntities()) {
            for (String c : classes.getOrDefault(id, Set.of("(no class)"))) {
                byClass.merge(c, 1L, Long::sum);
            }
        }
        Map<String, Long> byProperty = new TreeMap<>();
        free.byNameOnly().missedFacts().forEach(f -> byProperty.merge(DraftAgreement.propertyOf(f), 1L, Long::sum));
        List<String> traps = new ArrayList<>();
        for (CorpusManifest.Trap t : brief.traps()) {
            List<String> where = new ArrayList<>();
            agreement.trapsFallen(aidedDraft, List.of(t)).forEach(x -> where.add("lexicon-aided " + x));
            agreement.trapsFallen(freeDraft, List.of(t)).forEach(x -> where.add("lexicon-free " + x));
            if (!where.isEmpty()) {
                traps.add(t.name() + ": " + String.join("; ", where));
            }
        }
        return new BriefResult(brief, free, aided, byClass, byProperty, aidedReport.counts().candidateFacts(),
                aidedReport.warnings().size(), aidedReport.sourceFile(), freeReport.sourceFile(), traps,
                unfittedFigures);
    }

    private List<SourceFile> sharedLexiconFiles() {
        List<SourceFile> out = new ArrayList<>();
        if (!Files.isDirectory(lexiconDir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(lexiconDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(reader.read(f, SourceFile.Kind.LEXICON));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A curated source file declares its document; a lexicon file does not. */
    private static boolean isSourceFile(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.anyMatch(l -> l.startsWith("document:"));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(p.toString()), "cannot read: "
                    + e.getMessage()));
        }
    }
}
