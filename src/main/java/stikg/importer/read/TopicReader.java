package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.BulletKind;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * A reader of bullets that open with a topic in brackets ("- (스타트업 생태계) …"). Such a topic names a part of
 * the policy area its section is about: at the margin (the shallowest depth of the section's topics on the page)
 * a sub-area, indented a measure under the sub-area above it (or under the area). A topic that names a known
 * entity is that entity, except that an organisation at the margin heads a sub-area about it ("(CSTI)": the
 * reform of CSTI); a topic naming how the area is carried out is no part of it, its organisations carry it out.
 */
final class TopicReader {

    private final LayoutConfig.Topics topics;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;
    private final SectionAreas areas;

    TopicReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer, NameFolder folder) {
        this.topics = extraction.topics();
        this.extraction = extraction;
        this.book = book;
        this.recognizer = recognizer;
        this.folder = folder;
        this.areas = new SectionAreas(SectionAreas.Settings.from(extraction), book, folder);
    }

    /** Reads the topics of the prose; returns, by line, the entity each topic bullet is about. */
    Map<Integer, String> read(Segmentation seg) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        String section = null;
        String margin = null;
        Map<Integer, Integer> marginDepth = marginDepths(seg);
        for (Segmentation.ProseLine p : seg.prose()) {
            Optional<Segmentation.Section> s = seg.sectionAt(p.line());
            String sid = s.map(Segmentation.Section::id).orElse("");
            boolean atMargin = p.depth() == marginDepth.getOrDefault(p.line(), 0);
            if (!sid.equals(section)) {
                section = sid;
                margin = null;
            }
            Matcher m = topics.opening().matcher(p.text());
            if (p.kind() == BulletKind.EXPLANATION || !m.find()) {
                continue;
            }
            String topic = m.group(1).strip();
            if (topic.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            String at = "L" + p.line();
            if (isImplementerTopic(topic)) {
                s.flatMap(areas::areaOf).ifPresent(area -> implementers(area, p.text().substring(m.end()), at));
                continue;
            }
            Optional<String> known = named(topic);
            Optional<String> area = s.flatMap(areas::areaOf);
            boolean organisation = known.map(k -> extraction.inGroup("organisation", book.typesOf(k))).orElse(false);
            if (known.isPresent() && !(atMargin && organisation && area.isPresent())) {
                out.put(p.line(), known.get());
                if (atMargin) {
                    margin = null;
                }
                continue;
            }
            if (atMargin) {
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

    /**
     * The depth at the margin of each topic bullet, by line: the shallowest its section's topics stand at on the
     * same page. A section may indent all its bullets under a leading line, and a page break may lose the
     * indentation of the page that follows, so depths compare only within a section's page.
     */
    private Map<Integer, Integer> marginDepths(Segmentation seg) {
        List<List<Integer>> runs = new ArrayList<>();
        Map<Integer, Integer> depth = new HashMap<>();
        String section = null;
        int last = 0;
        for (Segmentation.ProseLine p : seg.prose()) {
            Matcher m = topics.opening().matcher(p.text());
            if (p.kind() == BulletKind.EXPLANATION || !m.find() || m.group(1).chars().noneMatch(Character::isLetter)
                    || isImplementerTopic(m.group(1))) {
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

    private boolean isImplementerTopic(String topic) {
        return topics.implementerWords().stream().map(folder::fold).anyMatch(folder.fold(topic.strip())::equals);
    }

    /**
     * A topic naming how an area is carried out ("(추진체계) 외무성, CSTI … 중심"): not a part of the area, but the
     * organisations its bullet names carry the area out.
     */
    private void implementers(String area, String body, String at) {
        for (Mention m : recognizer.find(body)) {
            if (extraction.inGroup("organisation", book.typesOf(m.id()))) {
                book.candidate(area, at).ref(topics.implementerProperty(), m.id(), null)
                        .comment("the organisations the bullet on how the area is carried out names");
            }
        }
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
