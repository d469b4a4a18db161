package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The measures a topic bullet lists after its topic ("- (국립대학) A, B, C 등을 추진"): each action is a measure of
 * the topic, under it when the topic is an area and part of it when the topic is itself a measure. Only a list of
 * at least {@link Settings#minimumActions()} actions is read, since a single one is the topic's own description.
 *
 * <p>A passage is one topic bullet, about the entity its topic is ({@link TextPassage#about()}); whether that is a
 * measure the context's classes tell. Each action is proposed ({@link #ACTION}: the merge numbers it after the
 * bullet's line and its place in the list) with its name, the action as printed (an alternative name) and its link
 * to the topic, its evidence the action's words in the bullet. Deciding that a later bullet of the same section
 * already names an action (the list previews the bullets below it) needs the whole section and is the merge's.
 */
public final class TopicActionExtractor implements ProposingExtractor {

    /** The local name of a proposed action: the merge makes its id from the bullet's line and the action's place. */
    public static final String ACTION = "topic";

    /** The property of an action's name as printed, when it differs from its name: an alternative name. */
    public static final String PRINTED = "skos:altLabel";

    /** The settings of this extractor: the layout's {@code settings.topicActions}, each with a documented default. */
    public record Settings(Pattern opening, String measureClass, String underLink, String partLink,
            int minimumActions) {

        public static final Setting<Integer> MINIMUM_ACTIONS = new Setting<>("minimumActions", 2,
                "a topic bullet's body is read as a list of measures only if it lists at least this many actions; "
                        + "fewer are the topic's own description (default: 2)");

        /**
         * The layout's topic rules (the bracketed topic opening a bullet, the class of a measure, the links of a
         * measure to its area and to the measure it is part of) and this extractor's own settings.
         */
        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Topics t = layout.extraction().topics();
            var given = Setting.given(layout.extraction().setting("topicActions"), "topicActions",
                    List.of(MINIMUM_ACTIONS));
            return new Settings(t.opening(), t.bodyType(), t.bodyLink(), t.bodyPartLink(),
                    MINIMUM_ACTIONS.from(given));
        }
    }

    private final Settings settings;
    private final ActionSplitter splitter;

    /** An extractor with its settings and the layout's splitter of a list into actions. */
    public TopicActionExtractor(Settings settings, ActionSplitter splitter) {
        this.settings = settings;
        this.splitter = splitter;
    }

    @Override
    public String id() {
        return "topic-actions";
    }

    @Override
    public Phase phase() {
        return Phase.TOPICS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        if (passage.about().isEmpty()) {
            return Proposal.nothing();
        }
        String topic = passage.about().get();
        String text = passage.text();
        Matcher m = settings.opening().matcher(text);
        if (!m.find()) {
            return Proposal.nothing();
        }
        List<ActionSplitter.Action> actions = splitter.split(text.substring(m.end()));
        if (actions.size() < settings.minimumActions()) {
            return Proposal.nothing();
        }
        boolean topicIsMeasure = context.typesOf().apply(topic).contains(settings.measureClass());
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        int from = m.end();
        for (int n = 1; n <= actions.size(); n++) {
            ActionSplitter.Action a = actions.get(n - 1);
            String words = a.printed() != null ? a.printed() : a.name();
            // the action's words where they stand from the last action on, else the bullet's body after its topic
            // (an action whose name was reworded is not printed as such)
            int at = text.indexOf(words, from);
            Evidence evidence = at < 0 ? new Evidence(passage.at(), m.end(), text.length())
                    : new Evidence(passage.at(), at, at + words.length());
            from = at < 0 ? from : at + words.length();
            String key = CandidateEntity.BLANK + ACTION + "-" + n;
            String why = "action " + n + " of " + actions.size() + " the topic bullet at " + passage.at() + " lists";
            entities.add(new CandidateEntity(key, settings.measureClass(), a.name(), ACTION, evidence, why));
            if (a.printed() != null) {
                facts.add(new CandidateFact(key, PRINTED, a.printed(), true, id() + "/printed", evidence,
                        "the action as printed"));
            }
            if (topicIsMeasure) {
                facts.add(new CandidateFact(key, settings.partLink(), topic, false, id() + "/part", evidence,
                        "an action a measure's bullet lists is part of that measure"));
            } else {
                facts.add(new CandidateFact(key, settings.underLink(), topic, false, id() + "/under", evidence,
                        "an action a topic's bullet lists is a measure of that topic"));
            }
        }
        return new Proposal(entities, facts);
    }
}
