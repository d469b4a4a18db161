package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import stikg.importer.config.BulletKind;
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
import stikg.importer.extract.ProseTaskListExtractor;
import stikg.importer.extract.Setting;
import stikg.importer.extract.StatementExtractor;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * The merge of the statements phase ({@link Extractor.Phase#STATEMENTS}): which plain bullets of a policy area's
 * section are read, and what each is about, the sub-area its measures stand under: the topic bullet above it in the
 * section, or the topic's own sub-area when that topic is a measure; the section's area when no topic stands above
 * it. A topic at the margin whose text is one statement has that measure too (a list of several is the topics
 * phase's, {@code listed}). The extractors of the phase propose the measures; this merge decides what needs the
 * draft: a bullet previewing the sub-areas a table lists below it states no measure of its own, and a measure stated
 * under a topic naming a category of technology concerns it and supports each of its members. Each measure drafted
 * is handed on as a passage about it, for the facts its own words state.
 */
final class Statements {

    /** The settings of this merge: the layout's {@code settings.statements}, each with a documented default. */
    record Settings(int minimumName, double previewLikeness) {

        static final Setting<Integer> MINIMUM_NAME = new Setting<>("minimumName", 4,
                "names shorter than this (folded) are too common to decide that an action names a sub-area "
                        + "(default: 4)");
        static final Setting<Double> PREVIEW_LIKENESS = new Setting<>("previewLikeness", 0.8,
                "a rewording of a sub-area's name is at least this alike to it by character pairs (Dice), so that "
                        + "an action previewing the sub-area is told (default: 0.8)");

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("statements"), "statements", List.of(MINIMUM_NAME, PREVIEW_LIKENESS));
            return new Settings(MINIMUM_NAME.from(given), PREVIEW_LIKENESS.from(given));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Topics topics;
    private final LayoutConfig.Statements rule;
    private final List<Extractor> extractors;
    private final List<Extractor> proseReaders;
    private final EntityBook book;
    private final SectionAreas areas;
    private final NameFolder folder;

    Statements(LayoutConfig layout, EntityBook book, NameFolder folder) {
        LayoutConfig.Extraction extraction = layout.extraction();
        this.settings = Settings.from(extraction);
        this.topics = extraction.topics();
        this.rule = topics.statements();
        List<Extractor> phase = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.STATEMENTS)
                .toList();
        // a running sentence is read only by the reader of the lists of tasks it frames; a bullet by the others
        this.extractors = phase.stream().filter(x -> !(x instanceof ProseTaskListExtractor)).toList();
        this.proseReaders = phase.stream().filter(x -> x instanceof ProseTaskListExtractor).toList();
        this.book = book;
        this.areas = new SectionAreas(SectionAreas.Settings.from(extraction), book, folder);
        this.folder = folder;
    }

    /**
     * Reads the statements of the prose; {@code topicOf} gives the entity of each topic bullet by line and
     * {@code listed} the lines whose actions are already drafted.
     */
    List<Passage> read(Segmentation seg, Map<Integer, String> topicOf, Set<Integer> listed,
            ExtractionContext context) {
        return read(seg, topicOf, Set.of(), listed, context);
    }

    /**
     * Reads the statements of the prose, as {@link #read(Segmentation, Map, Set, ExtractionContext)};
     * {@code measureTopics} are the lines of topic bullets at a margin that are measures themselves: the one
     * action such a bullet states is that measure, told in other words (its name a second name of the measure).
     */
    List<Passage> read(Segmentation seg, Map<Integer, String> topicOf, Set<Integer> measureTopics,
            Set<Integer> listed, ExtractionContext context) {
        List<Passage> out = new ArrayList<>();
        String section = null;
        Optional<String> lastArea = Optional.empty();
        String governing = null;
        for (Segmentation.ProseLine p : seg.prose()) {
            Optional<Segmentation.Section> s = seg.sectionAt(p.line());
            Optional<String> area = areas.areaAt(seg, p.line());
            String sid = s.map(Segmentation.Section::id).orElse("");
            // a topic governs the lines after it up to the next section or the next area headed within the section
            if (!sid.equals(section) || !area.equals(lastArea)) {
                section = sid;
                lastArea = area;
                governing = null;
            }
            if (area.isEmpty() || p.kind() == BulletKind.EXPLANATION) {
                continue;
            }
            Matcher topic = topics.opening().matcher(p.text());
            if (topicOf.containsKey(p.line())) {
                governing = topicOf.get(p.line());
                if (book.typesOf(governing).contains(topics.marginType()) && !listed.contains(p.line())
                        && topic.find()) {
                    out.addAll(measures(p, p.text().substring(topic.end()), governing, context));
                } else if (measureTopics.contains(p.line()) && book.typesOf(governing).contains(rule.type())
                        && !listed.contains(p.line()) && topic.find()) {
                    out.addAll(restated(p, p.text().substring(topic.end()), governing,
                            ownerUnder(governing).orElse(area.get()), context));
                }
                continue;
            }
            if ((p.kind() == BulletKind.TEXT || p.kind() == BulletKind.LEAD) && governing == null) {
                out.addAll(measures(p, p.text(), area.get(), context, proseReaders));
                continue;
            }
            if (rule.kinds().contains(p.kind()) && !topic.lookingAt()) {
                List<Passage> stated = measures(p, p.text(), ownerUnder(governing).orElse(area.get()), context);
                if (governing != null && book.typesOf(governing).contains(rule.category().type())) {
                    String category = governing;
                    stated.forEach(m -> supportCategory(m.subject(), category));
                }
                out.addAll(stated);
            }
        }
        return out;
    }

    /**
     * Whether a bullet previews the sub-areas a table lists below it ("… A 창출, B 강화, … 에 주력할 방침"): it
     * names two or more sub-areas other than its owner, within its text or as its actions (reworded ones too,
     * "기반적 경비" for "기본적 경비"). Such a bullet states no measure of its own.
     */
    private boolean previews(String text, List<CandidateEntity> actions, String owner) {
        String folded = folder.fold(text);
        List<String> names = actions.stream().map(a -> folder.fold(a.name())).toList();
        int named = 0;
        for (EntityBuilder b : book.definitions()) {
            if (!b.types().contains(topics.marginType()) || b.id().equals(owner)) {
                continue;
            }
            boolean hit = b.labels().values().stream().map(folder::fold).filter(l -> l.length() >= settings.minimumName())
                    .anyMatch(l -> folded.contains(l)
                            || names.stream().anyMatch(n -> NameFolder.dice(n, l) >= settings.previewLikeness()));
            if (hit && ++named >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a topic bullet that is a measure itself states: one action is that measure in other words, so its name
     * and its name as printed become names of the measure, and what its words say (where it stands, who leads it)
     * is said of the measure; several actions are measures of their own under what the measure stands under.
     */
    private List<Passage> restated(Segmentation.ProseLine p, String text, String measure, String owner,
            ExtractionContext context) {
        TextPassage passage = new TextPassage(p.text(), "L" + p.line(), Optional.of(owner), List.of());
        List<Passage> out = new ArrayList<>();
        EntityBuilder m = book.defined(measure).orElse(null);
        for (Extractor x : extractors) {
            Proposal proposal = x.propose(passage, context);
            List<CandidateEntity> actions = proposal.entities();
            if (actions.isEmpty() || previews(text, actions, owner)) {
                continue;
            }
            if (actions.size() > 1 || m == null) {
                // several actions are measures of their own, which the statement reader drafts as it always does
                out.addAll(measures(p, text, owner, context));
                break;
            }
            CandidateEntity action = actions.get(0);
            String words = action.name();
            if (m.labels().values().stream().noneMatch(l -> folder.fold(l).equals(folder.fold(action.name())))) {
                m.alt(book.language(), action.name());
            }
            for (CandidateFact f : proposal.facts()) {
                if (!f.subject().equals(action.key())) {
                    continue;
                }
                if (f.literal() && f.property().equals(StatementExtractor.PRINTED)) {
                    m.alt(book.language(), f.object());
                    words = f.object();
                } else if (f.literal()) {
                    m.literal(f.property(), f.object(), true, null);
                } else if (!(f.property().equals(rule.link()) && f.object().equals(owner)
                        && m.hasRef(rule.link(), owner))) {
                    m.ref(f.property(), f.object(), null);
                }
            }
            out.add(new Passage(words, p.line(), "L" + p.line(), measure));
        }
        return out;
    }

    /** A measure stated under a category of technology concerns it and supports each of its members. */
    private void supportCategory(String measure, String category) {
        LayoutConfig.CategoryLinks c = rule.category();
        book.defined(measure).ifPresent(m -> {
            m.ref(c.concerns(), category, null);
            for (String member : members(category, new HashSet<>())) {
                m.ref(c.supports(), member, null);
            }
        });
    }

    private List<String> members(String category, Set<String> seen) {
        List<String> out = new ArrayList<>();
        if (!seen.add(category)) {
            return out;
        }
        for (EntityBuilder b : book.definitions()) {
            if (b.hasRef(rule.category().memberLink(), category)) {
                out.add(b.id());
            } else if (b.hasRef(rule.category().subLink(), category)) {
                out.addAll(members(b.id(), seen));
            }
        }
        return out;
    }

    /** The sub-area a bullet under a topic belongs to: the topic's, or the one its measure stands under. */
    private Optional<String> ownerUnder(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        List<String> types = book.typesOf(topic);
        if (types.contains(topics.marginType())) {
            return Optional.of(topic);
        }
        if (types.contains(topics.indentedType())) {
            return book.defined(topic).flatMap(b -> b.facts().stream()
                    .filter(f -> f.property().equals(topics.indentedLink()) && f.value() instanceof Draft.Ref)
                    .map(f -> ((Draft.Ref) f.value()).id()).findFirst());
        }
        return Optional.empty();
    }

    /**
     * The measures a bullet states, about {@code owner}: the passage is the whole bullet (its topic opening it, if
     * any), and {@code text} its words after the topic, which decide whether it previews sub-areas.
     */
    private List<Passage> measures(Segmentation.ProseLine p, String text, String owner, ExtractionContext context) {
        return measures(p, text, owner, context, extractors);
    }

    private List<Passage> measures(Segmentation.ProseLine p, String text, String owner, ExtractionContext context,
            List<Extractor> readers) {
        TextPassage passage = new TextPassage(p.text(), "L" + p.line(), Optional.of(owner), List.of());
        List<Passage> out = new ArrayList<>();
        for (Extractor x : readers) {
            Proposal proposal = x.propose(passage, context);
            List<CandidateEntity> actions = proposal.entities();
            if (actions.isEmpty() || previews(text, actions, owner)) {
                continue;
            }
            Map<String, EntityBuilder> made = new HashMap<>();
            Map<String, String> words = new HashMap<>();
            for (int n = 1; n <= actions.size(); n++) {
                CandidateEntity e = actions.get(n - 1);
                String local = e.local() + "-" + p.line() + (actions.size() > 1 ? "-" + n : "");
                made.put(e.key(), book.define(local, e.type(), e.evidence().at()).label(book.language(), e.name())
                        .comment(e.why()));
                words.put(e.key(), e.name());
            }
            for (CandidateFact f : proposal.facts()) {
                EntityBuilder b = made.get(f.subject());
                if (b == null) {
                    continue;
                }
                if (f.literal() && f.property().equals(StatementExtractor.PRINTED)) {
                    b.alt(book.language(), f.object());
                    words.put(f.subject(), f.object());
                } else if (f.literal()) {
                    b.literal(f.property(), f.object(), true, null);
                } else {
                    b.ref(f.property(), f.object(), null);
                }
            }
            actions.forEach(e -> out.add(new Passage(words.get(e.key()), p.line(), "L" + p.line(),
                    made.get(e.key()).id())));
        }
        return out;
    }
}
