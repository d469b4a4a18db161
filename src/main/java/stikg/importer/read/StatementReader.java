package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import stikg.importer.config.BulletKind;
import stikg.importer.config.LayoutConfig;
import stikg.importer.extract.ActionSplitter;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * A reader of the plain bullets of a policy area's section that state what the government will do ("- … CSTI와
 * 유관 정부부처 간 협력을 강화", "- ※ … 등을 실시할 방침"). Each action such a bullet lists is a measure of the
 * sub-area it stands under: the topic bullet above it in the section, or the topic's own sub-area when that
 * topic is a measure; the section's area when no topic stands above it. A topic at the margin whose text is one
 * such statement has that measure too (a list of several is the topic-action reader's). Bullets that describe,
 * explain or report ("… 의미", "… 지적", "… 채택") end in no word of policy and are left to the fact finders.
 *
 * <p>How the bullet ends or opens may tell where its measures stand ("… 검토": under consideration); under a
 * topic naming a category of technology they support the category's areas; an organisation the words name leads
 * a measure or is what it is about, by the words after its name. Each measure drafted is returned as a passage
 * about it, for the facts its own words state.
 */
final class StatementReader {

    /** The settings of this reader: the layout's {@code settings.statements}, each with a documented default. */
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
    private final LayoutConfig.Extraction extraction;
    private final EntityRecognizer recognizer;
    private final LayoutConfig.Topics topics;
    private final LayoutConfig.Statements rule;
    private final EntityBook book;
    private final ActionSplitter splitter;
    private final SectionAreas areas;
    private final NameFolder folder;

    StatementReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer,
            ActionSplitter splitter, NameFolder folder) {
        this.extraction = extraction;
        this.settings = Settings.from(extraction);
        this.recognizer = recognizer;
        this.topics = extraction.topics();
        this.rule = topics.statements();
        this.book = book;
        this.splitter = splitter;
        this.areas = new SectionAreas(SectionAreas.Settings.from(extraction), book, folder);
        this.folder = folder;
    }

    /**
     * Reads the statements of the prose; {@code topicOf} gives the entity of each topic bullet by line and
     * {@code listed} the lines whose actions are already drafted.
     */
    List<Passage> read(Segmentation seg, Map<Integer, String> topicOf, Set<Integer> listed) {
        List<Passage> out = new ArrayList<>();
        String section = null;
        String governing = null;
        for (Segmentation.ProseLine p : seg.prose()) {
            Optional<Segmentation.Section> s = seg.sectionAt(p.line());
            Optional<String> area = s.flatMap(areas::areaOf);
            String sid = s.map(Segmentation.Section::id).orElse("");
            if (!sid.equals(section)) {
                section = sid;
                governing = null;
            }
            if (area.isEmpty() || p.kind() == BulletKind.EXPLANATION) {
                continue;
            }
            Matcher topic = topics.opening().matcher(p.text());
            if (topicOf.containsKey(p.line())) {
                governing = topicOf.get(p.line());
                if (book.typesOf(governing).contains(topics.marginType()) && !listed.contains(p.line())
                        && topic.find() && states(p.text())) {
                    out.addAll(measures(p, p.text().substring(topic.end()), governing));
                }
                continue;
            }
            if (rule.kinds().contains(p.kind()) && !topic.lookingAt() && states(p.text())) {
                List<Passage> stated = measures(p, p.text(), ownerUnder(governing).orElse(area.get()));
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
    private boolean previews(String text, List<ActionSplitter.Action> actions, String owner) {
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

    /** The organisations a measure's words name with a role: the one leading it, the ones it is about. */
    private void roles(EntityBuilder measure, String text) {
        for (Mention m : recognizer.find(text)) {
            if (!extraction.inGroup("organisation", book.typesOf(m.id()))) {
                continue;
            }
            String after = text.substring(m.end());
            rule.roles().stream().filter(r -> r.after().matcher(after).lookingAt()).findFirst()
                    .ifPresent(r -> measure.ref(r.property(), m.id(), null));
        }
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

    private boolean states(String text) {
        return rule.policyEnd().matcher(text.strip()).find();
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

    private List<Passage> measures(Segmentation.ProseLine p, String text, String owner) {
        List<ActionSplitter.Action> actions = splitter.split(text);
        List<Passage> out = new ArrayList<>();
        if (previews(text, actions, owner)) {
            return out;
        }
        for (int n = 1; n <= actions.size(); n++) {
            ActionSplitter.Action a = actions.get(n - 1);
            String local = "statement-" + p.line() + (actions.size() > 1 ? "-" + n : "");
            EntityBuilder b = book.define(local, rule.type(), "L" + p.line()).label(book.language(), a.name())
                    .alt(book.language(), a.printed())
                    .comment(actions.size() > 1 ? "action " + n + " of " + actions.size() + " the bullet at L"
                            + p.line() + " states" : "what the bullet at L" + p.line() + " states");
            b.ref(rule.link(), owner, null);
            rule.status().stream().filter(st -> st.pattern().matcher(text.strip()).find()).findFirst()
                    .ifPresent(st -> b.literal("status", st.status(), true, null));
            String words = a.printed() != null ? a.printed() : a.name();
            roles(b, words);
            out.add(new Passage(words, p.line(), "L" + p.line(), b.id()));
        }
        return out;
    }
}
