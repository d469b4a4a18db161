package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * A reader of the measures a topic bullet lists after its topic ("- (국립대학) A, B, C 등을 추진"): each action is
 * a measure of the topic, under it when the topic is an area and part of it when the topic is itself a measure.
 * Only a list of two or more actions is read, since a single one is the topic's own description. An action that
 * a later topic bullet of the same section names is that bullet's measure (the list previews the bullets below
 * it) and is not drafted twice. Each action drafted is returned as a passage about it, for the facts its own
 * words state (the programme it runs through).
 */
final class TopicActionReader {

    private final LayoutConfig.Topics topics;
    private final EntityBook book;
    private final ActionSplitter splitter;
    private final NameFolder folder;

    TopicActionReader(LayoutConfig.Topics topics, EntityBook book, ActionSplitter splitter, NameFolder folder) {
        this.topics = topics;
        this.book = book;
        this.splitter = splitter;
        this.folder = folder;
    }

    /** Reads the bodies of the topic bullets; {@code topicOf} gives the entity of each topic bullet by line. */
    List<Passage> read(Segmentation seg, Map<Integer, String> topicOf) {
        List<Passage> out = new ArrayList<>();
        for (Segmentation.ProseLine p : seg.prose()) {
            String topic = topicOf.get(p.line());
            Optional<EntityBuilder> owner = topic == null ? Optional.empty() : book.defined(topic);
            Matcher m = topics.opening().matcher(p.text());
            if (owner.isEmpty() || !m.find()) {
                continue;
            }
            List<ActionSplitter.Action> actions = splitter.split(p.text().substring(m.end()));
            if (actions.size() < 2) {
                continue;
            }
            List<String> later = laterTopics(seg, topicOf, p);
            int n = 0;
            for (ActionSplitter.Action a : actions) {
                n++;
                if (later.stream().anyMatch(t -> same(t, a.name()))) {
                    continue;
                }
                EntityBuilder b = book.define("topic-" + p.line() + "-" + n, topics.bodyType(), "L" + p.line())
                        .label(book.language(), a.name()).alt(book.language(), a.printed())
                        .comment("action " + n + " of " + actions.size() + " the topic bullet at L" + p.line() + " lists");
                link(b, owner.get());
                out.add(new Passage(a.printed() != null ? a.printed() : a.name(), p.line(), "L" + p.line(), b.id()));
            }
        }
        return out;
    }

    private void link(EntityBuilder measure, EntityBuilder owner) {
        if (owner.types().contains(topics.bodyType())) {
            measure.ref(topics.bodyPartLink(), owner.id(), null);
            owner.facts().stream().filter(f -> f.property().equals(topics.bodyLink()) && f.value() instanceof Draft.Ref)
                    .findFirst().ifPresent(f -> measure.ref(topics.bodyLink(), ((Draft.Ref) f.value()).id(), null));
        } else {
            measure.ref(topics.bodyLink(), owner.id(), null);
        }
    }

    /**
     * The bullets after this one in its section whose topics are drafted measures (a topic naming a known
     * programme is not a measure, and an action naming it stays one).
     */
    private List<String> laterTopics(Segmentation seg, Map<Integer, String> topicOf, Segmentation.ProseLine p) {
        String section = seg.sectionAt(p.line()).map(Segmentation.Section::id).orElse("");
        List<String> out = new ArrayList<>();
        for (Segmentation.ProseLine q : seg.prose()) {
            String topic = topicOf.get(q.line());
            boolean measure = topic != null && book.defined(topic).map(b -> b.types().contains(topics.bodyType()))
                    .orElse(false);
            if (q.line() > p.line() && measure
                    && seg.sectionAt(q.line()).map(Segmentation.Section::id).orElse("").equals(section)) {
                out.add(q.text());
            }
        }
        return out;
    }

    /** Whether a later bullet's topic names the action (one name within the other). */
    private boolean same(String laterBullet, String action) {
        Matcher m = topics.opening().matcher(laterBullet);
        if (!m.find()) {
            return false;
        }
        String t = folder.fold(m.group(1).replaceAll("\\*+", ""));
        String a = folder.fold(action);
        return !t.isEmpty() && !a.isEmpty() && (a.contains(t) || t.contains(a));
    }
}
