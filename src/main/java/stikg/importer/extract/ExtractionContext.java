package stikg.importer.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import stikg.importer.names.EntityRecognizer;

/**
 * What an extractor may consult, read-only: the names the draft can recognise in a text, the classes of an entity
 * (from the lexicon or the draft so far) and the class groups of the layout.
 */
public record ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
        Map<String, List<String>> classGroups) {

    public ExtractionContext {
        classGroups = Map.copyOf(classGroups);
    }

    /** Whether an entity has a class of the named group (or is of a class named so). */
    public boolean inGroup(String group, String id) {
        List<String> types = typesOf.apply(id);
        List<String> members = classGroups.getOrDefault(group, List.of(group));
        return types.stream().anyMatch(members::contains);
    }
}
