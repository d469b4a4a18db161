package stikg.importer.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import stikg.importer.config.BulletKind;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.ActionSplitter;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.Setting;
import stikg.importer.extract.TextPassage;
import stikg.importer.extract.TopicActionExtractor;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * The merge of the bracketed-topics phase ({@link Extractor.Phase#BRACKETED_TOPICS}): each bullet is read as a
 * passage about the policy area its section is about, and its extractors propose the topic it opens with (or, for
 * a topic naming how the area is carried out, the organisations carrying it out). What a topic is needs more than
 * its bullet and is decided here: a topic that names a thing the lexicon or the draft knows is that thing, except
 * that an organisation at the margin heads a sub-area about it ("(CSTI)": the reform of CSTI); indented, a measure
 * under the topic above it (or under the area); at the margin (the shallowest depth of the section's topics on the
 * page), a sub-area where its section shows that the topics at its margin are headings of measures, else a measure.
 *
 * <p>The level under a policy area is one kind of thing across the area's section, and a brief shows which: a
 * sub-area is a heading that has measures under it, so either the section's lead (the lines before its first
 * topic) names its topics as the parts the area is carried out through ("→ A 추진, B 강화, C 강화를 통해 …",
 * "… A, B, C 등 4개 소영역으로 구성"), or measures stand under its topics (deeper items, plain items after a topic
 * before the next one, or the actions a topic lists after it, "(X) A, B, C 등을 추진"). Where neither holds for
 * most of a section's topics, each is a leaf stating one action, and a leaf under a policy area is a measure: the
 * same measure as a task the draft already has under that name (a table's task column lists the area's measures),
 * else a new one under the area. It hands on, by line, the entity each topic bullet is about, and which topics at
 * the margin are measures ({@link #marginMeasures()}).
 */
final class Topics {

    /** The settings of this merge: the layout's {@code settings.topicLevels}, each with a documented default. */
    record Settings(double headingShare, int minimumName, List<String> thingGroups) {

        static final Setting<List<String>> THING_GROUPS = new Setting<>("thingGroups", List.of("programme",
                "facility"), "the class groups whose class word, ending a topic named before a dash ('▸ X 펀드 — …'), "
                        + "makes the topic that thing, which the bullet describes (default: programme, facility)");

        static final Setting<Double> HEADING_SHARE = new Setting<>("headingShare", 0.5,
                "the topics at a section's margin are headings (sub-areas) when more than this share of them is "
                        + "named by the section's lead or has bullets under it; else each is a measure (default: 0.5)");
        static final Setting<Integer> MINIMUM_NAME = new Setting<>("minimumName", 4,
                "a topic shorter than this (folded) is too common a word to tell that the section's lead names it "
                        + "(default: 4)");

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("topicLevels"), "topicLevels", List.of(HEADING_SHARE, MINIMUM_NAME,
                    THING_GROUPS));
            return new Settings(HEADING_SHARE.from(given), MINIMUM_NAME.from(given), THING_GROUPS.from(given));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Topics topics;
    private final LayoutConfig.Extraction extraction;
    private final LayoutConfig.Words words;
    private final List<Extractor> extractors;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;
    private final SectionAreas areas;
    private final Set<Integer> marginMeasures = new TreeSet<>();
    private final ActionSplitter splitter;
    private final int minimumActions;

    Topics(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, NameFolder folder) {
        this.extraction = layout.extraction();
        this.words = layout.words();
        this.settings = Settings.from(extraction);
        this.splitter = new ActionSplitter(layout);
        this.minimumActions = TopicActionExtractor.Settings.from(layout).minimumActions();
        this.topics = extraction.topics();
        this.extractors = Extractors.every(layout).stream()
                .filter(x -> x.phase() == Extractor.Phase.BRACKETED_TOPICS).toList();
        this.book = book;
        this.recognizer = recognizer;
        this.folder = folder;
        this.areas = new SectionAreas(SectionAreas.Settings.from(extraction), book, folder);
    }

    /** Reads the topics of the prose; returns, by line, the entity each topic bullet is about. */
    Map<Integer, String> read(Segmentation seg, ExtractionContext context) {
        Map<Integer, Proposal> proposed = proposals(seg, context);
        Map<Integer, String> out = new LinkedHashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        String section = null;
        Optional<String> lastArea = Optional.empty();
        String margin = null;
        Map<Integer, Integer> marginDepth = marginDepths(seg, proposed);
        Map<String, Boolean> headings = headings(seg, proposed, marginDepth);
        for (Segmentation.ProseLine p : seg.prose()) {
            Optional<Segmentation.Section> s = seg.sectionAt(p.line());
            String sid = s.map(Segmentation.Section::id).orElse("");
            boolean atMargin = p.depth() == marginDepth.getOrDefault(p.line(), 0);
            Optional<String> area = areas.areaAt(seg, p.line());
            // a sub-area heads the topics under it up to the next section or the next area headed in the section
            if (!sid.equals(section) || !area.equals(lastArea)) {
                section = sid;
                lastArea = area;
                margin = null;
            }
            Proposal proposal = proposed.get(p.line());
            if (proposal == null) {
                continue;
            }
            if (proposal.entities().isEmpty()) {
                // a topic naming how the area is carried out: the organisations its bullet names carry it out
                for (CandidateFact f : proposal.facts()) {
                    book.candidate(f.subject(), f.evidence().at()).ref(f.property(), f.object(), null)
                            .comment(f.why());
                }
                continue;
            }
            String topic = proposal.entities().get(0).name();
            String at = "L" + p.line();
            Optional<String> known = named(topic);
            // a name before a dash that ends in a class word of a thing ("▸ X 펀드 — 운용 기관, 기간, 규모") names
            // that thing, which the bullet describes; the topic is still read as the others are (its words after the
            // dash may name who runs it), so the thing is defined beside it
            Optional<String> thing = known.isPresent() || p.text().strip().startsWith("(") ? Optional.empty()
                    : words.typeBySuffix(topic).filter(t -> settings.thingGroups().stream()
                    .anyMatch(g -> extraction.inGroup(g, List.of(t))));
            thing.ifPresent(type -> book.define("named-topic-" + p.line(), type, at).label(book.language(), topic)
                    .comment("the thing named before the dash of the bullet at " + at));
            boolean organisation = known.map(k -> extraction.inGroup("organisation", book.typesOf(k))).orElse(false);
            if (known.isPresent() && !(atMargin && organisation && area.isPresent())) {
                out.put(p.line(), known.get());
                if (atMargin) {
                    margin = null;
                }
                continue;
            }
            // a section about no area the brief names (its areas are headed by bullets, "□ 정책분야 1: …") may
            // still retell the tasks a table lists, each a topic of the same name
            boolean leafAtMargin = atMargin && !headings.getOrDefault(sid, true);
            Optional<String> task = leafAtMargin ? task(topic, area) : Optional.empty();
            if (task.isPresent() || leafAtMargin && area.isPresent()) {
                // a leaf under a policy area: the task the draft has under that name, else a measure of the area
                margin = null;
                marginMeasures.add(p.line());
                if (task.isPresent()) {
                    out.put(p.line(), task.get());
                    continue;
                }
                EntityBuilder b = book.define("topic-" + p.line(), topics.indentedType(), at)
                        .label(book.language(), topic).comment("the bracketed topic of the bullet at " + at
                                + " (at the margin of a section whose topics are no headings: a measure)");
                b.ref(topics.indentedLink(), area.get(), null);
                out.put(p.line(), b.id());
            } else if (atMargin) {
                EntityBuilder b = book.define("topic-" + p.line(), topics.marginType(), at).label(book.language(), topic)
                        .comment("the bracketed topic of the bullet at " + at + " (at the margin)");
                b.literal("order", String.valueOf(orders.merge(sid, 1, Integer::sum)), false, null);
                area.ifPresent(a -> b.ref(topics.marginLink(), a, null));
                known.ifPresent(k -> b.ref(topics.marginNamedLink(), k, null));
                margin = b.id();
                out.put(p.line(), b.id());
            } else {
                EntityBuilder b = book.define("topic-" + p.line(), topics.indentedType(), at).label(book.language(), topic)
                        .comment("the bracketed topic of the bullet at " + at + " (indented)");
                String parent = margin != null ? margin : area.orElse(null);
                if (parent != null) {
                    b.ref(topics.indentedLink(), parent, null);
                }
                out.put(p.line(), b.id());
            }
        }
        return out;
    }

    /** The lines of the topic bullets at a margin that {@link #read} made measures (or resolved to tasks). */
    Set<Integer> marginMeasures() {
        return Collections.unmodifiableSet(marginMeasures);
    }

    /**
     * Whether the topics at the margin of each section are headings (sub-areas), by section id: more than the
     * settings' share of them is named by the section's lead, or has bullets under it. Topics naming a thing the
     * lexicon or the draft knows are that thing and are not counted; a section without such topics is not listed.
     */
    private Map<String, Boolean> headings(Segmentation seg, Map<Integer, Proposal> proposed,
            Map<Integer, Integer> marginDepth) {
        Map<String, List<Segmentation.ProseLine>> bySection = new LinkedHashMap<>();
        for (Segmentation.ProseLine p : seg.prose()) {
            bySection.computeIfAbsent(seg.sectionAt(p.line()).map(Segmentation.Section::id).orElse(""),
                    k -> new ArrayList<>()).add(p);
        }
        Map<String, Boolean> out = new HashMap<>();
        for (Map.Entry<String, List<Segmentation.ProseLine>> e : bySection.entrySet()) {
            List<Segmentation.ProseLine> lines = e.getValue();
            StringBuilder lead = new StringBuilder();
            int topicsAtMargin = 0;
            int named = 0;
            int withBullets = 0;
            boolean leading = true;
            for (int i = 0; i < lines.size(); i++) {
                Segmentation.ProseLine p = lines.get(i);
                String topic = topicOf(proposed.get(p.line()));
                if (topic == null) {
                    if (leading) {
                        lead.append(p.text()).append('\n');
                    }
                    continue;
                }
                leading = false;
                if (p.depth() != marginDepth.getOrDefault(p.line(), 0) || named(topic).isPresent()) {
                    continue;
                }
                topicsAtMargin++;
                String name = folder.fold(topic.replaceAll("\\*+", ""));
                if (name.length() >= settings.minimumName() && folder.fold(lead.toString()).contains(name)) {
                    named++;
                }
                if (hasBulletsUnder(lines, i) || listsActions(p.text())) {
                    withBullets++;
                }
            }
            if (topicsAtMargin > 0) {
                double share = settings.headingShare() * topicsAtMargin;
                out.put(e.getKey(), named > share || withBullets > share);
            }
        }
        return out;
    }

    /** The topic a bullet's proposal names, or null (no topic, or one naming how the area is carried out). */
    private static String topicOf(Proposal proposal) {
        return proposal == null || proposal.entities().isEmpty() ? null : proposal.entities().get(0).name();
    }

    /** Whether a topic bullet lists several actions after its topic ("(X) A, B, C 등을 추진"): measures of X. */
    private boolean listsActions(String text) {
        Matcher m = topics.opening().matcher(text);
        return m.lookingAt() && splitter.split(text.substring(m.end())).size() >= minimumActions;
    }

    /**
     * Whether bullets stand under the topic bullet at {@code index} of its section's lines: before the next bullet
     * opening with a topic at its depth or above, and before a line standing shallower than it, a deeper line or a
     * plain item at its depth (not a remark or the explanation of a starred word, which only comment on it).
     */
    private boolean hasBulletsUnder(List<Segmentation.ProseLine> lines, int index) {
        Segmentation.ProseLine topic = lines.get(index);
        for (int i = index + 1; i < lines.size(); i++) {
            Segmentation.ProseLine q = lines.get(i);
            if (q.depth() < topic.depth()
                    || q.depth() == topic.depth() && topics.opening().matcher(q.text()).lookingAt()) {
                return false;
            }
            if (q.kind() == BulletKind.EXPLANATION || q.kind() == BulletKind.REMARK) {
                continue;
            }
            if (q.depth() > topic.depth() || q.kind() == BulletKind.ITEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The measure the draft has under a topic's name (a task a table lists), under the topic's area when it has
     * one; a topic bullet at the margin of a section whose topics are leaves is that task, told again in words.
     */
    private Optional<String> task(String topic, Optional<String> area) {
        String f = folder.fold(topic.replaceAll("\\*+", ""));
        for (EntityBuilder b : book.definitions()) {
            if (!b.types().contains(topics.indentedType())
                    || area.isPresent() && !b.hasRef(topics.indentedLink(), area.get())) {
                continue;
            }
            if (b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(f))) {
                return Optional.of(b.id());
            }
        }
        return Optional.empty();
    }

    /**
     * The depth at the margin of each topic bullet, by line: the shallowest its section's topics stand at on the
     * same page. A section may indent all its bullets under a leading line, and a page break may lose the
     * indentation of the page that follows, so depths compare only within a section's page.
     */
    private Map<Integer, Integer> marginDepths(Segmentation seg, Map<Integer, Proposal> proposed) {
        List<List<Integer>> runs = new ArrayList<>();
        Map<Integer, Integer> depth = new HashMap<>();
        String section = null;
        int last = 0;
        for (Segmentation.ProseLine p : seg.prose()) {
            Proposal proposal = proposed.get(p.line());
            if (proposal == null || proposal.entities().isEmpty()) {
                continue;
            }
            String sid = seg.sectionAt(p.line()).map(Segmentation.Section::id).orElse("");
            if (!sid.equals(section) || pageBreakBetween(seg, last, p.line())) {
                runs.add(new ArrayList<>());
                section = sid;
            }
            runs.get(runs.size() - 1).add(p.line());
            depth.put(p.line(), p.depth());
            last = p.line();
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (List<Integer> run : runs) {
            int margin = run.stream().mapToInt(depth::get).min().orElse(0);
            run.forEach(line -> out.put(line, margin));
        }
        return out;
    }

    /** A page ends between two lines where a footnote stands or two blank lines follow each other. */
    private static boolean pageBreakBetween(Segmentation seg, int from, int to) {
        if (seg.footnotes().stream().anyMatch(f -> f.firstLine() > from && f.firstLine() < to)) {
            return true;
        }
        for (int line = from + 1; line < to; line++) {
            if (line + 1 < to && seg.text().line(line).isBlank() && seg.text().line(line + 1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What each bullet (not an explanation) gives, by line: read as a passage about the area its section is about.
     * The areas are the draft's policy areas, which this phase does not define, so they are the same in every pass.
     */
    private Map<Integer, Proposal> proposals(Segmentation seg, ExtractionContext context) {
        Map<Integer, Proposal> out = new HashMap<>();
        for (Segmentation.ProseLine p : seg.prose()) {
            if (p.kind() == BulletKind.EXPLANATION) {
                continue;
            }
            TextPassage passage = new TextPassage(p.text(), "L" + p.line(),
                    areas.areaAt(seg, p.line()), List.of());
            List<CandidateEntity> entities = new ArrayList<>();
            List<CandidateFact> facts = new ArrayList<>();
            for (Extractor x : extractors) {
                Proposal proposal = x.propose(passage, context);
                entities.addAll(proposal.entities());
                facts.addAll(proposal.facts());
            }
            out.put(p.line(), new Proposal(entities, facts));
        }
        return out;
    }

    /** The entity a topic names as a whole, if one is known. */
    private Optional<String> named(String topic) {
        String f = folder.fold(topic);
        for (Mention m : recognizer.find(topic)) {
            if (folder.fold(m.surface()).equals(f)) {
                return Optional.of(m.id());
            }
        }
        for (EntityBuilder b : book.definitions()) {
            if (b.types().contains(topics.indentedType()) || b.types().contains("Technology")) {
                continue;
            }
            if (b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(f)) || b.acronyms().contains(topic)) {
                return Optional.of(b.id());
            }
        }
        return Optional.empty();
    }
}
