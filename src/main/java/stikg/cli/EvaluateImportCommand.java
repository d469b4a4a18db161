package stikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import stikg.diag.StikgException;
import stikg.importer.config.LayoutConfig;
import stikg.importer.config.LayoutConfigReader;
import stikg.importer.eval.ClassHierarchy;
import stikg.importer.eval.CorpusManifest;
import stikg.importer.eval.EvaluationReport;
import stikg.importer.eval.HouseStyle;
import stikg.importer.eval.HouseStyleReport;
import stikg.importer.eval.ImportEvaluation;
import stikg.pipeline.GraphCompiler;
import stikg.source.SourceReader;

/**
 * {@code stikg evaluate-import [MANIFEST]}: the importer's yardstick. Drafts every brief of the corpus, scores each
 * draft against its curated file, checks that each draft validates, and prints the figures (strict and
 * lexicon-free first) with the evaluation's checks. Exit code 0 when every check passes, 2 when one is missed.
 */
@Command(name = "evaluate-import", mixinStandardHelpOptions = true,
        description = "Measures the importer over a corpus of briefs with hand-curated source files: recall and "
                + "precision of entities and facts, strict (names only) and lexicon-free first, lexicon-aided and "
                + "lenient beside them; development and evaluation briefs apart. Exit code 5 when a threshold is "
                + "missed or a draft does not validate.")
final class EvaluateImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MANIFEST",
            description = "The corpus manifest (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/importer-corpus/manifest.yaml")
    Path manifest;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/import-evaluation",
            description = "Where the drafts and the report are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--layout", paramLabel = "FILE",
            description = "A layout file (default: the built-in layout of Korean briefs).")
    Path layoutFile;

    @Option(names = "--max-recall-gap", paramLabel = "X", defaultValue = "0.15",
            description = "How far below the development briefs' strict lexicon-free recall an evaluation brief's "
                    + "may lie (default: ${DEFAULT-VALUE}).")
    double maxRecallGap;

    @Option(names = "--max-traps", paramLabel = "N", defaultValue = "0",
            description = "Declared traps (the manifest's 'traps:') a brief's drafts may fall into (default: "
                    + "${DEFAULT-VALUE}).")
    int maxTraps;

    @Option(names = "--max-typed-otherwise", paramLabel = "N", defaultValue = "-1",
            description = "Entities a draft may type otherwise than its curator; negative: reported only (default: "
                    + "${DEFAULT-VALUE}).")
    int maxTypedOtherwise;

    @Option(names = "--house-styles", paramLabel = "STYLES", arity = "0..1", fallbackValue = "all",
            description = "Also re-print each development brief in other house styles (all, or a comma-separated list "
                    + "of: ${COMPLETION-CANDIDATES}) and report each variant's strict lexicon-free recall beside the "
                    + "brief's as printed. Evaluation briefs are never re-printed.",
            completionCandidates = StyleNames.class)
    String houseStyles;

    /** The names of the standard house styles, for the option's help. */
    static final class StyleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return HouseStyle.standard().keySet().iterator();
        }
    }

    @Option(names = "--only", paramLabel = "ROLE",
            description = "Evaluate only the briefs of one role: development or evaluation.")
    String only;

    /**
     * The ontology's classes with their direct superclasses, named as source files name them: the project's own
     * classes by their local name, others by prefix and local name ({@code skos:Concept}).
     */
    static ClassHierarchy classHierarchy(Path ontologyDir) {
        Model m = ModelFactory.createDefaultModel();
        try (java.util.stream.Stream<Path> files = Files.list(ontologyDir)) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> RDFDataMgr.read(m, f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> parents = new HashMap<>();
        m.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                parents.computeIfAbsent(name(m, st.getSubject().getURI()), k -> new HashSet<>())
                        .add(name(m, st.getObject().asResource().getURI()));
            }
        });
        return new ClassHierarchy(parents);
    }

    private static String name(Model m, String iri) {
        String own = m.getNsPrefixURI("sti");
        if (own != null && iri.startsWith(own)) {
            return iri.substring(own.length());
        }
        return m.shortForm(iri);
    }

    /**
     * The whole comparison of a development brief (every missed and unmatched entity, every missed fact, strict and
     * lexicon-free), for whoever writes rules from it. Evaluation briefs get none: their misses are only counted.
     */
    private static void writeComparison(ImportEvaluation.BriefResult r, Path outDir) {
        var f = r.headline();
        Path file = outDir.resolve(r.aidedDraft().getParent().getParent().getParent().getFileName())
                .resolve("comparison.txt");
        try {
            Files.writeString(file, f.report() + "\n\nmissed curated entities:\n" + String.join("\n",
                    f.missedEntities()) + "\n\ndrafted entities not curated:\n" + String.join("\n",
                    f.unmatchedEntities()) + "\n\nmissed curated facts:\n" + String.join("\n", f.missedFacts())
                    + "\n\nlexicon-aided, lenient:\n" + r.lenientAided().report() + "\n\nmissed curated facts:\n"
                    + String.join("\n", r.lenientAided().missedFacts()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The house styles asked for, by name; none without the option. */
    private Map<String, HouseStyle> styles() {
        Map<String, HouseStyle> all = HouseStyle.standard();
        if (houseStyles == null) {
            return Map.of();
        }
        if (houseStyles.isBlank() || houseStyles.equals("all")) {
            return all;
        }
        Map<String, HouseStyle> out = new java.util.LinkedHashMap<>();
        for (String n : houseStyles.split(",")) {
            HouseStyle h = all.get(n.strip());
            if (h == null) {
                throw new StikgException("--house-styles: no house style '" + n.strip() + "' (known: "
                        + String.join(", ", all.keySet()) + ")");
            }
            out.put(h.name(), h);
        }
        return out;
    }

    @Override
    public Integer call() {
        Path root = common.project.toAbsolutePath().normalize();
        Path manifestFile = root.resolve(manifest);
        if (!Files.isRegularFile(manifestFile)) {
            throw new StikgException(manifest + ": no corpus manifest there");
        }
        CorpusManifest corpus = CorpusManifest.read(manifestFile, root);
        LayoutConfigReader layouts = new LayoutConfigReader();
        LayoutConfig layout = layoutFile == null ? layouts.builtIn() : layouts.read(layoutFile);
        Path outDir = root.resolve(out);
        LayoutConfig unfitted = layoutFile == null ? layouts.builtIn(false) : null;
        ImportEvaluation evaluation = new ImportEvaluation(layout, unfitted, root.resolve(common.lexicon),
                new SourceReader(root),
                classHierarchy(common.buildConfig().ontologyDir()));
        PrintWriter o = spec.commandLine().getOut();
        Map<String, HouseStyle> styles = styles();
        List<ImportEvaluation.BriefResult> results = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (CorpusManifest.Brief b : corpus.briefs()) {
            if (only != null && !b.role().name().equalsIgnoreCase(only)) {
                continue;
            }
            ImportEvaluation.BriefResult r = evaluation.evaluate(b, outDir);
            results.add(r);
            if (b.role() == CorpusManifest.Role.DEVELOPMENT) {
                writeComparison(r, outDir);
            }
            for (Path draft : List.of(r.aidedDraft(), r.lexiconFreeDraft())) {
                try {
                    new GraphCompiler(common.buildConfig().withSources(draft.getParent().toAbsolutePath()),
                            Clock.systemUTC()).compile();
                } catch (StikgException e) {
                    invalid.add(b.id() + ": " + root.relativize(draft.toAbsolutePath()) + " does not validate: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        EvaluationReport report = new EvaluationReport(LocalDate.now(ZoneOffset.UTC), manifest.toString(), results,
                new EvaluationReport.Thresholds(maxRecallGap, maxTraps, maxTypedOtherwise));
        StringBuilder text = new StringBuilder(report.markdown());
        text.append(invalid.isEmpty() ? "- ok     every draft validates\n"
                : String.join("\n", invalid.stream().map(s -> "- MISSED " + s).toList()) + "\n");
        if (!styles.isEmpty()) {
            List<ImportEvaluation.StyleResult> variants = new ArrayList<>();
            for (ImportEvaluation.BriefResult r : results) {
                if (r.brief().role() == CorpusManifest.Role.DEVELOPMENT) {
                    for (HouseStyle h : styles.values()) {
                        variants.add(evaluation.evaluateStyle(r.brief(), h, outDir));
                    }
                }
            }
            text.append(new HouseStyleReport(results, variants).markdown(styles));
        }
        Path file = outDir.resolve("report-" + report.date() + ".md");
        try {
            Files.createDirectories(outDir);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        o.print(text);
        o.println("\nWritten to " + root.relativize(file.toAbsolutePath()) + "; the drafts are under "
                + root.relativize(outDir.toAbsolutePath()));
        o.flush();
        return report.passed() && invalid.isEmpty() ? 0 : Main.THRESHOLD_MISSED;
    }
}
