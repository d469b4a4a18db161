package stikg.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A reader of bullets that open with a topic in brackets ("- (스타트업 생태계) …"). Such a topic names a part of
 * the policy area its section is about: at the margin a sub-area, indented a measure under the sub-area above it
 * (or under the area). A topic that names a known entity is that entity; a topic naming how the area is carried
 * out is no part of it, its organisations carry it out. The section's area is the policy area whose name the
 * section title holds or most resembles.
 */
final class TopicReader {

    private final LayoutConfig.Topics topics;
    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;

    TopicReader(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer, NameFolder folder) {
        this.topics = extraction.topics();
        this.extraction = extraction;
        this.book = book;
        this.recognizer = recognizer;
        this.folder = folder;
    }

    /** Reads the topics of the prose; returns, by line, the entity each topic bullet is about. */
    Map<Integer, String> read(Segmentation seg) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Map<String, Integer> orders = new HashMap<>();
        String section = null;
        String margin = null;
        for (Segmentation.ProseLine p : seg.prose()) {
            Optional<Segmentation.Section> s = seg.sectionAt(p.line());
            String sid = s.map(Segmentation.Section::id).orElse("");
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
            if (topics.implementerWords().stream().map(folder::fold).anyMatch(folder.fold(topic)::equals)) {
                s.flatMap(this::areaOf).ifPresent(area -> implementers(area, p.text().substring(m.end()), at));
                continue;
            }
            Optional<String> known = named(topic);
            if (known.isPresent()) {
                out.put(p.line(), known.get());
                if (p.depth() == 0) {
                    margin = null;
                }
                continue;
            }
            Optional<String> area = s.flatMap(this::areaOf);
            if (p.depth() == 0) {
                EntityBuilder b = book.define("topic-" + p.line(), topics.marginType(), at).label("ko", topic)
                        .comment("the bracketed topic of the bullet at " + at + " (at the margin)");
                b.literal("order", String.valueOf(orders.merge(sid, 1, Integer::sum)), false, null);
                area.ifPresent(a -> b.ref(topics.marginLink(), a, null));
                margin = b.id;
                out.put(p.line(), b.id);
            } else {
                EntityBuilder b = book.define("topic-" + p.line(), topics.indentedType(), at).label("ko", topic)
                        .comment("the bracketed topic of the bullet at " + at + " (indented)");
                String parent = margin != null ? margin : area.orElse(null);
                if (parent != null) {
                    b.ref(topics.indentedLink(), parent, null);
                }
                out.put(p.line(), b.id);
            }
        }
        return out;
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
            if (b.types.contains(topics.indentedType()) || b.types.contains("Technology")) {
                continue;
            }
            if (b.label.values().stream().anyMatch(l -> folder.fold(l).equals(f)) || b.acronyms.contains(topic)) {
                return Optional.of(b.id);
            }
        }
        return Optional.empty();
    }

    /** The policy area a section is about: its title holds the area's name, or resembles it most. */
    private Optional<String> areaOf(Segmentation.Section section) {
        String title = folder.fold(section.title());
        String best = null;
        double score = 0.6;
        for (EntityBuilder b : book.definitions()) {
            if (!b.types.contains("PolicyArea")) {
                continue;
            }
            for (String label : b.label.values()) {
                String l = folder.fold(label);
                double s = title.contains(l) || l.contains(title) ? 1.0 : dice(title, l);
                if (s > score) {
                    score = s;
                    best = b.id;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The Dice coefficient of the character pairs of two texts. */
    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            String pair = b.substring(i, i + 2);
            Integer n = pairs.get(pair);
            if (n != null && n > 0) {
                shared++;
                pairs.put(pair, n - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }
}
