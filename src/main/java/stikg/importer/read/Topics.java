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
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * The merge of the bracketed-topics phase ({@link Extractor.Phase#BRACKETED_TOPICS}): each bullet is read as a
 * passage about the policy area its section is about, and its extractors propose the topic it opens with (or, for
 * a topic naming how the area is carried out, the organisations carrying it out). What a topic is needs more than
 * its bullet and is decided here: at the margin (the shallowest depth of the section's topics on the page) a
 * sub-area, indented a measure under the sub-area above it (or under the area); a topic that names a thing the
 * lexicon or the draft knows is that thing, except that an organisation at the margin heads a sub-area about it
 * ("(CSTI)": the reform of CSTI). It hands on, by line, the entity each topic bullet is about.
 */
final class Topics {

    private final LayoutConfig.Topics topics;
    private final LayoutConfig.Extraction extraction;
    private final List<Extractor> extractors;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final NameFolder folder;
    private final SectionAreas areas;

    Topics(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, NameFolder folder) {
        this.extraction = layout.extraction();
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
        String margin = null;
        Map<Integer, Integer> marginDepth = marginDepths(seg, proposed);
        for (Segmentation.ProseLine p : seg.prose()) {
            Optional<Segmentation.Section> s = seg.sectionAt(p.line());
            String sid = s.map(Segmentation.Section::id).orElse("");
            boolean atMargin = p.depth() == marginDepth.getOrDefault(p.line(), 0);
            if (!sid.equals(section)) {
                section = sid;
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
                    seg.sectionAt(p.line()).flatMap(areas::areaOf), List.of());
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
