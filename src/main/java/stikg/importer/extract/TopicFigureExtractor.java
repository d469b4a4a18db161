package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import stikg.importer.config.LayoutConfig;

/**
 * The figures a bullet states for the measure it is about: a bullet that opens with a measure's topic in brackets
 * ("○ (X) 거점대학 6곳을 지정하여 대학당 연 2,000만 …를 지원"), or one printed under it, sets that measure's
 * targets. Only figures no thing of the bullet takes are the measure's: a figure set for a programme, a facility or
 * a body the bullet names is that thing's (as {@link TargetFigures} reads it), and a figure that is no target (an actual, the
 * start of a change, a conversion) is nobody's; a figure keeps the period or the year of deadline its clause gives.
 */
public final class TopicFigureExtractor implements Extractor {

    /** The settings of this extractor: the layout's {@code settings.topicFigures}. */
    public record Settings(List<String> subjects) {

        public static final Setting<List<String>> SUBJECTS = new Setting<>("subjects", List.of("Measure"),
                "classes of what a bullet is about whose targets the bullet's own figures are (default: Measure)");

        public Settings {
            subjects = List.copyOf(subjects);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("topicFigures"), "topicFigures", List.of(SUBJECTS));
            return new Settings(SUBJECTS.from(given));
        }
    }

    private final Settings settings;
    private final TargetFigures figures;

    /** @param figures the reader of which figures are targets and which thing of the text each is for */
    public TopicFigureExtractor(Settings settings, TargetFigures figures) {
        this.settings = settings;
        this.figures = figures;
    }

    @Override
    public String id() {
        return "topic-figure";
    }

    @Override
    public Phase phase() {
        return Phase.FACTS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        if (passage.about().isEmpty()
                || context.typesOf().apply(passage.about().get()).stream().noneMatch(settings.subjects()::contains)) {
            return List.of();
        }
        String measure = passage.about().get();
        List<CandidateFact> out = new ArrayList<>();
        for (TargetFigures.Figure f : figures.targets(passage.text(), context)) {
            if (f.thing().isPresent()) {
                continue;
            }
            Quantity q = f.quantity();
            out.add(new CandidateFact(measure, "target", "Target", false, id() + "/of-measure",
                    new Evidence(passage.at(), q.start(), q.end()), "'" + passage.text().substring(q.start(), q.end())
                    + "': a figure the bullet about the measure states, which no thing it names takes", f.node()));
        }
        return List.copyOf(out);
    }
}
