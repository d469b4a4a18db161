package stikg.importer.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outline the tables, topics and statements drafted, as the context of a later phase gives it, read-only: the
 * things the draft defines, in the order defined, and the items each table row lists (by the row's id, in the order
 * the row lists them). What an extractor of the outline phase needs from the readers before it reaches it here, typed,
 * rather than through a book those readers write into.
 */
public record Outline(List<DraftedThing> things, Map<String, List<String>> listedBy) {

    /** The outline of a context made before anything is drafted, or where none is needed. */
    public static final Outline NONE = new Outline(List.of(), Map.of());

    public Outline {
        things = List.copyOf(things);
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        listedBy.forEach((row, items) -> copy.put(row, List.copyOf(items)));
        listedBy = java.util.Collections.unmodifiableMap(copy);
    }

    /** The thing drafted under an id, if any. */
    public Optional<DraftedThing> thing(String id) {
        return things.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The things a row lists, in its order (those the outline defines). */
    public List<DraftedThing> listedBy(String row) {
        return listedBy.getOrDefault(row, List.of()).stream().map(this::thing).flatMap(Optional::stream).toList();
    }
}
