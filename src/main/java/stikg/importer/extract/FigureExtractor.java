package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import stikg.importer.names.Mention;

/**
 * The figure a running sentence sets for a thing it names becomes that thing's target; which figures are targets
 * and which thing each is for is {@link TargetFigures}' reading (a word of scale before a name, the thing a table
 * row names first, else the thing named last before the figure in its clause). A count a change starts from ("연
 * 120명에서 연 300명으로") is the count the thing named before it in its clause has now.
 */
public final class FigureExtractor implements Extractor {

    private final TargetFigures figures;

    /** An extractor that names no counted noun on a target's count. */
    public FigureExtractor(TargetFigures.Settings settings) {
        this(settings, CountedNoun.NONE);
    }

    /** @param counted the reader of what a target's count counts */
    public FigureExtractor(TargetFigures.Settings settings, CountedNoun counted) {
        this.figures = new TargetFigures(settings, counted);
    }

    @Override
    public String id() {
        return "figure";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<CandidateFact> out = new ArrayList<>();
        for (TargetFigures.Figure f : figures.targets(text, context)) {
            if (f.thing().isEmpty()) {
                continue;
            }
            Mention t = f.thing().get();
            Quantity q = f.quantity();
            int s = Math.min(t.start(), q.start());
            int e = Math.max(t.end(), q.end());
            out.add(new CandidateFact(t.id(), "target", "Target", false, id() + "/" + f.how(),
                    new Evidence(passage.at(), s, e), "'" + text.substring(s, e) + "': " + switch (f.how()) {
                        case "scale-of" -> "the figure measures the name after it";
                        case "row-name" -> "the figure of the thing the row names first";
                        case "same-sentence" -> "a clause naming no thing goes on about the thing the sentence set "
                                + "a figure for before";
                        default -> "the figure set in the clause that names it";
                    }, f.node()));
        }
        // the start of a change of a count is the count the thing has now ("X를 연 120명에서 연 300명으로": 120)
        for (TargetFigures.Figure f : figures.countsNow(text, context)) {
            Mention t = f.thing().orElseThrow();
            Quantity q = f.quantity();
            out.add(new CandidateFact(t.id(), "count", "Count", false, id() + "/" + f.how(),
                    new Evidence(passage.at(), Math.min(t.start(), q.start()), Math.max(t.end(), q.end())), "'"
                    + text.substring(q.start(), q.end()) + "': the count a change starts from is the thing's now",
                    f.node()));
        }
        return List.copyOf(out);
    }
}
