package stikg.importer.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The figures of an {@link ImportEvaluation} over a corpus, development and evaluation briefs apart, dated, with
 * the checks of the evaluation's thresholds. Only aggregated figures and misses by class and property are shown, so
 * reading the report of an evaluation brief never shows its sentences.
 */
public record EvaluationReport(LocalDate date, String corpus, List<ImportEvaluation.BriefResult> results,
        Thresholds thresholds) {

    public EvaluationReport {
        results = List.copyOf(results);
    }

    /**
     * What the evaluation demands.
     *
     * @param maxRecallGap how far an evaluation brief's strict lexicon-free recall (entities and facts) may lie
     *     below the development briefs' mean (default 0.15)
     * @param maxTraps how many of a brief's declared traps its drafts may fall into (default 0)
     * @param maxTypeDisagreements how many entities a draft may type otherwise than its curator (a class neither
     *     the curated one nor above or below it); negative: reported, not checked (default)
     */
    public record Thresholds(double maxRecallGap, int maxTraps, int maxTypeDisagreements) {

        public static final Thresholds DEFAULT = new Thresholds(0.15, 0, -1);
    }

    /** One check of a threshold, passed or not. */
    public record Check(boolean passed, String text) {

        @Override
        public String toString() {
            return (passed ? "ok     " : "MISSED ") + text;
        }
    }

    public boolean passed() {
        return checks().stream().allMatch(Check::passed);
    }

    public List<Check> checks() {
        List<Check> out = new ArrayList<>();
        List<ImportEvaluation.BriefResult> dev = of(CorpusManifest.Role.DEVELOPMENT);
        double devEntity = mean(dev, r -> r.headline().entityRecall());
        double devFact = mean(dev, r -> r.headline().factRecall());
        for (ImportEvaluation.BriefResult r : of(CorpusManifest.Role.EVALUATION)) {
            if (dev.isEmpty()) {
                out.add(new Check(false, r.brief().id() + ": no development brief to compare with"));
                continue;
            }
            double e = r.headline().entityRecall();
            double f = r.headline().factRecall();
            out.add(new Check(e >= devEntity - thresholds.maxRecallGap(), String.format(Locale.ROOT,
                    "%s: strict lexicon-free entity recall %.3f within %.2f of development's %.3f", r.brief().id(), e,
                    thresholds.maxRecallGap(), devEntity)));
            out.add(new Check(f >= devFact - thresholds.maxRecallGap(), String.format(Locale.ROOT,
                    "%s: strict lexicon-free fact recall %.3f within %.2f of development's %.3f", r.brief().id(), f,
                    thresholds.maxRecallGap(), devFact)));
        }
        for (ImportEvaluation.BriefResult r : results) {
            long checked = r.brief().traps().stream().filter(CorpusManifest.Trap::checked).count();
            out.add(new Check(r.trapsFallen().size() <= thresholds.maxTraps(), String.format(Locale.ROOT,
                    "%s: %d of %d checked trap(s) fallen, at most %d (%d more described in the manifest, not "
                            + "machine-checked)", r.brief().id(), r.trapsFallen().size(), checked,
                    thresholds.maxTraps(), r.brief().traps().size() - checked)));
            if (thresholds.maxTypeDisagreements() >= 0) {
                int d = typeDisagreements(r);
                out.add(new Check(d <= thresholds.maxTypeDisagreements(), String.format(Locale.ROOT,
                        "%s: %d entities typed otherwise than curated, at most %d", r.brief().id(), d,
                        thresholds.maxTypeDisagreements())));
            }
            r.brief().floor().ifPresent(floor -> {
                DraftAgreement.Figures s = r.strictAided();
                out.add(new Check(s.entityRecall() >= floor.entityRecall() && s.factRecall() >= floor.factRecall(),
                        String.format(Locale.ROOT, "%s: strict lexicon-aided recall %.3f / %.3f (entities / facts), "
                                + "floor %.3f / %.3f", r.brief().id(), s.entityRecall(), s.factRecall(),
                                floor.entityRecall(), floor.factRecall())));
            });
        }
        return out;
    }

    /** Entities matched by name whose drafted class is none of the curated ones (nor above or below), in either draft. */
    public static int typeDisagreements(ImportEvaluation.BriefResult r) {
        java.util.Set<String> all = new java.util.TreeSet<>(r.strictAided().typeConflicts());
        all.addAll(r.headline().typeConflicts());
        return (int) all.stream().map(s -> s.substring(0, s.indexOf(':'))).distinct().count();
    }

    private List<ImportEvaluation.BriefResult> of(CorpusManifest.Role role) {
        return results.stream().filter(r -> r.brief().role() == role).toList();
    }

    private static double mean(List<ImportEvaluation.BriefResult> rs, ToDoubleFunction<ImportEvaluation.BriefResult> f) {
        return rs.stream().mapToDouble(f).average().orElse(0);
    }

    /** The headline figures without the document-fitted rules, or a dash where they were not measured. */
    private static String unfitted(ImportEvaluation.BriefResult r) {
        DraftAgreement.Figures u = r.headlineWithoutFittedRules();
        return u == null ? "-" : String.format(Locale.ROOT, "%.3f / %.3f", u.entityRecall(), u.factRecall());
    }

    /** The report as Markdown. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("Import evaluation of ").append(date).append(" over ").append(corpus).append("\n\n");
        sb.append("Recall R and precision P of entities (E) and facts (F). Strict = entities matched by names "
                + "alone; lexicon-free = the draft made with no lexicon; lexicon-aided = with the shared lexicon "
                + "(its ids match by equality); lenient = strict plus entities matched by passage (same class, "
                + "overlapping lines, most character pairs shared). Without fitted rules = the lexicon-free draft made "
                + "without fitted-ko.yaml (the rules fitted to one development brief), to show what they add.\n");
        for (CorpusManifest.Role role : CorpusManifest.Role.values()) {
            List<ImportEvaluation.BriefResult> rs = of(role);
            if (rs.isEmpty()) {
                continue;
            }
            sb.append("\n").append(role == CorpusManifest.Role.DEVELOPMENT ? "Development" : "Evaluation")
                    .append(" briefs\n\n");
            sb.append("| brief | strict, lexicon-free E R / P | F R / P | strict, lexicon-aided E R / P | F R / P "
                    + "| lenient, lexicon-aided E R | F R | traps fallen / checked | typed otherwise | candidate facts "
                + "| strict, lexicon-free, without fitted rules E R / F R |\n");
            sb.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (ImportEvaluation.BriefResult r : rs) {
                DraftAgreement.Figures h = r.headline();
                DraftAgreement.Figures a = r.strictAided();
                DraftAgreement.Figures l = r.lenientAided();
                sb.append(String.format(Locale.ROOT, "| %s | **%.3f** (%d/%d) / %.3f | **%.3f** (%d/%d) / %.3f "
                        + "| %.3f / %.3f | %.3f / %.3f | %.3f | %.3f | %d / %d | %d | %d | %s |%n", r.brief().id(),
                        h.entityRecall(), h.matchedEntities(), h.curatedEntities(), h.entityPrecision(),
                        h.factRecall(), h.matchedFacts(), h.curatedFacts(), h.factPrecision(), a.entityRecall(),
                        a.entityPrecision(), a.factRecall(), a.factPrecision(), l.entityRecall(), l.factRecall(),
                        r.trapsFallen().size(), r.brief().traps().stream().filter(CorpusManifest.Trap::checked).count(),
                        typeDisagreements(r), r.candidateFacts(), unfitted(r)));
            }
            sb.append("\nMissed (strict, lexicon-free), by curated class and by property:\n\n");
            for (ImportEvaluation.BriefResult r : rs) {
                sb.append("- ").append(r.brief().id()).append(": entities ").append(r.missedEntitiesByClass())
                        .append("; facts ").append(r.missedFactsByProperty()).append("\n");
            }
            List<String> traps = new ArrayList<>();
            for (ImportEvaluation.BriefResult r : rs) {
                java.util.Set<String> all = new java.util.TreeSet<>(r.strictAided().typeConflicts());
                all.addAll(r.headline().typeConflicts());
                all.forEach(t -> traps.add(r.brief().id() + " " + t.substring(t.indexOf(':') + 2)));
            }
            if (!traps.isEmpty()) {
                sb.append("\nTyped otherwise than curated, by class:\n\n");
                traps.forEach(t -> sb.append("- ").append(t).append("\n"));
            }
            for (ImportEvaluation.BriefResult r : rs) {
                r.trapsFallen().forEach(t -> sb.append("- trap fallen in ").append(r.brief().id()).append(": ")
                        .append(role == CorpusManifest.Role.DEVELOPMENT ? t
                                : t.substring(t.indexOf(':') + 2).replaceAll("(lexicon-\\w+) [^:;]*: ", "$1 "))
                        .append("\n"));
            }
        }
        sb.append("\nChecks (thresholds: recall gap ").append(thresholds.maxRecallGap()).append(", traps fallen ")
                .append(thresholds.maxTraps()).append(thresholds.maxTypeDisagreements() < 0 ? ""
                : ", typed otherwise " + thresholds.maxTypeDisagreements()).append("):\n\n");
        checks().forEach(c -> sb.append("- ").append(c).append("\n"));
        return sb.toString();
    }
}
