package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.extract.TopicActionExtractor;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * The merge of the topics phase ({@link Extractor.Phase#TOPICS}): each topic bullet whose topic is drafted is read
 * as one passage about that topic, and the actions its extractors propose are defined, each numbered after the
 * bullet's line and its place in the list ("topic-81-2"). What needs the whole section is decided here: an action
 * that a later topic bullet of the same section names is that bullet's measure (the list previews the bullets below
 * it) and is not drafted twice; an action part of a measure stands under the area that measure stands under. Each
 * action drafted is handed on as a passage about it, for the facts its own words state (the programme it runs
 * through) and so that the statement reader knows which bullets' actions are drafted.
 */
final class TopicActions {

    private final TopicActionExtractor.Settings rule;
    private final List<Extractor> extractors;
    private final EntityBook book;
    private final NameFolder folder;

    TopicActions(LayoutConfig layout, EntityBook book, NameFolder folder) {
        this.rule = TopicActionExtractor.Settings.from(layout);
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.TOPICS)
                .toList();
        this.book = book;
        this.folder = folder;
    }

    /** Reads the topic bullets; {@code topicOf} gives the entity of each topic bullet by line. */
    List<Passage> read(Segmentation seg, Map<Integer, String> topicOf, ExtractionContext context) {
        List<Passage> out = new ArrayList<>();
        for (Segmentation.ProseLine p : seg.prose()) {
            String topic = topicOf.get(p.line());
            if (topic == null || book.defined(topic).isEmpty()) {
                continue;
            }
            TextPassage passage = new TextPassage(p.text(), "L" + p.line(), Optional.of(topic), List.of());
            for (Extractor x : extractors) {
                Proposal proposal = x.propose(passage, context);
                if (!proposal.entities().isEmpty()) {
                    merge(proposal, p, laterTopics(seg, topicOf, p), out);
                }
            }
        }
        return out;
    }

    private void merge(Proposal proposal, Segmentation.ProseLine p, List<String> later, List<Passage> out) {
        Map<String, EntityBuilder> made = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        List<CandidateEntity> entities = proposal.entities();
        for (int n = 1; n <= entities.size(); n++) {
            CandidateEntity e = entities.get(n - 1);
            if (later.stream().anyMatch(t -> same(t, e.name()))) {
                continue;
            }
            made.put(e.key(), book.define(e.local() + "-" + p.line() + "-" + n, e.type(), e.evidence().at())
                    .label(book.language(), e.name()).comment(e.why()));
            words.put(e.key(), e.name());
        }
        for (CandidateFact f : proposal.facts()) {
            EntityBuilder b = made.get(f.subject());
            if (b == null) {
                continue;
            }
            if (f.literal() && f.property().equals(TopicActionExtractor.PRINTED)) {
                b.alt(book.language(), f.object());
                words.put(f.subject(), f.object());
            } else if (!f.literal()) {
                b.ref(f.property(), f.object(), null);
                if (f.property().equals(rule.partLink())) {
                    // a part of a measure stands under the area that measure stands under
                    book.defined(f.object()).flatMap(owner -> owner.facts().stream()
                            .filter(o -> o.property().equals(rule.underLink()) && o.value() instanceof Draft.Ref)
                            .findFirst()).ifPresent(o -> b.ref(rule.underLink(), ((Draft.Ref) o.value()).id(), null));
                }
            }
        }
        for (CandidateEntity e : entities) {
            if (made.containsKey(e.key())) {
                out.add(new Passage(words.get(e.key()), p.line(), "L" + p.line(), made.get(e.key()).id()));
            }
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
            boolean measure = topic != null && book.defined(topic).map(b -> b.types().contains(rule.measureClass()))
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
        Matcher m = rule.opening().matcher(laterBullet);
        if (!m.find()) {
            return false;
        }
        String t = folder.fold(m.group(1).replaceAll("\\*+", ""));
        String a = folder.fold(action);
        return !t.isEmpty() && !a.isEmpty() && (a.contains(t) || t.contains(a));
    }
}
