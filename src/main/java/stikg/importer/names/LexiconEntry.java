package stikg.importer.names;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named entity the importer can recognise: its id, classes, labels by language, aliases and acronyms.
 *
 * @param values the single values of its other facts by property (edition, inSeries …), for finding editions
 * @param origin where it is defined (a lexicon file, or "draft" for entities the importer defines itself)
 */
public record LexiconEntry(String id, List<String> types, Map<String, List<String>> labels,
        Map<String, List<String>> altLabels, List<String> acronyms, Map<String, List<String>> values, String origin) {

    public LexiconEntry {
        Objects.requireNonNull(id, "id");
        types = List.copyOf(types);
        labels = Map.copyOf(labels);
        altLabels = Map.copyOf(altLabels);
        acronyms = List.copyOf(acronyms);
        values = Map.copyOf(values);
    }

    /** The single values written for a property (an edition, a series id …). */
    public List<String> values(String property) {
        return values.getOrDefault(property, List.of());
    }

    /** Every text the entity can be named by: labels and aliases in any language, and acronyms. */
    public List<String> surfaceForms() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        labels.values().forEach(out::addAll);
        altLabels.values().forEach(out::addAll);
        out.addAll(acronyms);
        return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The label in a language, if it has one. */
    public java.util.Optional<String> label(String language) {
        return labels.getOrDefault(language, List.of()).stream().findFirst();
    }
}
