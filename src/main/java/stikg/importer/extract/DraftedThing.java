package stikg.importer.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A thing the draft defines when a phase begins, as an extractor may read it (a copy: the draft is not the
 * extractor's to change): its id, its classes, its name in the brief's language ("" if it has none), its links to
 * other things, by property, in the order drafted, its names in every language and its acronyms.
 */
public record DraftedThing(String id, List<String> types, String name, Map<String, List<String>> links,
        List<String> names, List<String> acronyms) {

    public DraftedThing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        types = List.copyOf(types);
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        links.forEach((property, ids) -> copy.put(property, List.copyOf(ids)));
        links = java.util.Collections.unmodifiableMap(copy);
        names = List.copyOf(names);
        acronyms = List.copyOf(acronyms);
    }

    /** A thing known by its name in the brief's language only, without acronyms. */
    public DraftedThing(String id, List<String> types, String name, Map<String, List<String>> links) {
        this(id, types, name, links, name.isEmpty() ? List.of() : List.of(name), List.of());
    }

    /** Whether it links to a thing by a property. */
    public boolean links(String property, String id) {
        return links.getOrDefault(property, List.of()).contains(id);
    }
}
