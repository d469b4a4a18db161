package stikg.importer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The house-style yardstick: for each development brief, its strict lexicon-free recall as printed beside the same
 * figure for each re-printed variant, and the drop. A drop is what the importer's reading owes to the house style
 * of the briefs it was developed on.
 */
public record HouseStyleReport(List<ImportEvaluation.BriefResult> originals, List<ImportEvaluation.StyleResult> styles) {

    public HouseStyleReport {
        originals = List.copyOf(originals);
        styles = List.copyOf(styles);
    }

    /** The largest drop of entity or fact recall over every brief and style (0 when none fell). */
    public double worstDrop() {
        double worst = 0;
        for (ImportEvaluation.StyleResult s : styles) {
            Optional<ImportEvaluation.BriefResult> o = original(s.brief().id());
            if (o.isPresent()) {
                worst = Math.max(worst, o.get().headline().entityRecall() - s.headline().entityRecall());
                worst = Math.max(worst, o.get().headline().factRecall() - s.headline().factRecall());
            }
        }
        return worst;
    }

    private Optional<ImportEvaluation.BriefResult> original(String id) {
        return originals.stream().filter(o -> o.brief().id().equals(id)).findFirst();
    }

    /** The report as Markdown: one table per development brief, one row per style. */
    public String markdown(Map<String, HouseStyle> catalogue) {
        StringBuilder sb = new StringBuilder();
        sb.append("\nHouse styles (development briefs re-printed; strict, lexicon-free recall of the variant beside "
                + "the brief as printed, and the drop)\n\n");
        catalogue.values().forEach(h -> sb.append("- ").append(h.name()).append(": ").append(h.description())
                .append("\n"));
        List<String> ids = new ArrayList<>();
        styles.forEach(s -> {
            if (!ids.contains(s.brief().id())) {
                ids.add(s.brief().id());
            }
        });
        for (String id : ids) {
            Optional<ImportEvaluation.BriefResult> o = original(id);
            if (o.isEmpty()) {
                continue;
            }
            DraftAgreement.Figures base = o.get().headline();
            sb.append("\n").append(id).append(String.format(Locale.ROOT, " (as printed: E R %.3f, F R %.3f)%n%n",
                    base.entityRecall(), base.factRecall()));
            sb.append("| style | E R variant | E change | F R variant | F change | traps fallen |\n");
            sb.append("|---|---|---|---|---|---|\n");
            for (ImportEvaluation.StyleResult s : styles) {
                if (!s.brief().id().equals(id)) {
                    continue;
                }
                DraftAgreement.Figures v = s.headline();
                sb.append(String.format(Locale.ROOT, "| %s | %.3f | %s | %.3f | %s | %d |%n", s.style().name(),
                        v.entityRecall(), drop(base.entityRecall(), v.entityRecall()), v.factRecall(),
                        drop(base.factRecall(), v.factRecall()), s.trapsFallen().size()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nWorst drop over every brief and style: %.3f%n", worstDrop()));
        return sb.toString();
    }

    private static String drop(double before, double after) {
        double d = before - after;
        return Math.abs(d) < 0.0005 ? "0" : String.format(Locale.ROOT, "%+.3f", -d);
    }
}
