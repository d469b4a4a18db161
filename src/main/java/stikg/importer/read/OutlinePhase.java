package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.DraftedThing;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Outline;
import stikg.importer.extract.TextPassage;

/**
 * The outline phase of the merge ({@link Extractor.Phase#OUTLINE}): once the tables, topics and statements are
 * drafted, a copy of the draft's outline (what it defines, with names and links, and the items each table row lists)
 * is the context's, the extractors of the phase read every row of a policy area, one passage per row printing its
 * items' names, and what they all propose is merged after, as links written into the definitions. No extractor sees
 * another's links: the outline is taken before any is read.
 */
final class OutlinePhase {

    /** The class whose rows are read (an overview lists its headline items per policy area). */
    private static final String AREA = "PolicyArea";

    private final List<Extractor> extractors;
    private final EntityBook book;
    private final ExtractionContext context;

    OutlinePhase(LayoutConfig layout, EntityBook book, ExtractionContext context) {
        this.extractors = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.OUTLINE)
                .toList();
        this.book = book;
        this.context = context;
    }

    /** Reads the rows of policy areas and the items each lists ({@code itemsByRow}, in the rows' order). */
    void read(Map<String, List<EntityBuilder>> itemsByRow) {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        itemsByRow.forEach((row, items) -> listed.put(row, items.stream().map(EntityBuilder::id).toList()));
        ExtractionContext withOutline = context.withOutline(new Outline(book.definitions().stream()
                .map(this::drafted).toList(), listed));
        List<CandidateFact> links = new ArrayList<>();
        for (Extractor x : extractors) {
            itemsByRow.forEach((row, items) -> {
                if (book.typesOf(row).contains(AREA)) {
                    links.addAll(x.extract(rowPassage(row, items), withOutline));
                }
            });
        }
        CandidateMerge.link(links, book);
    }

    /** A row as the draft lists it: its items' names, one a line, about its area, at the area's place. */
    private TextPassage rowPassage(String row, List<EntityBuilder> items) {
        String at = book.defined(row).map(EntityBuilder::at).orElse(row);
        String text = String.join("\n", items.stream().map(this::name).toList());
        return new TextPassage(text, at, java.util.Optional.of(row), List.of());
    }

    private String name(EntityBuilder b) {
        return b.labels().getOrDefault(book.language(), "");
    }

    private DraftedThing drafted(EntityBuilder b) {
        return drafted(b, book.language());
    }

    /**
     * A definition as an extractor may read it: its id, classes, name in the brief's language, links, every name and
     * acronyms.
     */
    static DraftedThing drafted(EntityBuilder b, String language) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (Draft.FactPart f : b.facts()) {
            if (f.value() instanceof Draft.Ref r) {
                links.computeIfAbsent(f.property(), k -> new ArrayList<>()).add(r.id());
            }
        }
        return new DraftedThing(b.id(), List.copyOf(b.types()), b.labels().getOrDefault(language, ""), links,
                List.copyOf(b.labels().values()), b.acronyms());
    }
}
