package stikg.importer.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import stikg.importer.names.EntityRecognizer;

/**
 * What an extractor may consult, read-only: the names the draft can recognise in a text, the classes of an entity
 * (from the lexicon or the draft so far), the class groups of the layout, the country the brief is about (the
 * one its title names), if known, the id of the brief itself (the subject of facts about the document), the
 * quantities (money, counts) printed in a text, as the brief's reader of numbers finds them, the dates printed in a
 * text, as the brief's reader of dates finds them, and the plan the brief is about (the one its title names), if
 * known, which a sentence that does not name it may still be about ("… 전체회의에서 의결").
 */
public record ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
        Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
        Function<String, List<Quantity>> quantities, Function<String, List<DateSpan>> dates, Optional<String> plan) {

    /** A date printed in a text: ISO 8601 with the precision printed ("2026-02-18", "2026-03", "2027"), and its span. */
    public record DateSpan(String iso, int start, int end) {
    }

    /** The document's id where a context is made without one (a passage read on its own). */
    public static final String ANY_DOCUMENT = "document";

    public ExtractionContext {
        classGroups = Map.copyOf(classGroups);
        java.util.Objects.requireNonNull(documentCountry, "documentCountry");
        java.util.Objects.requireNonNull(document, "document");
        java.util.Objects.requireNonNull(quantities, "quantities");
        java.util.Objects.requireNonNull(dates, "dates");
        java.util.Objects.requireNonNull(plan, "plan");
    }

    /** A context of a brief whose dates and plan are not read (no date is found in a text, no plan is known). */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, text -> List.of(), Optional.empty());
    }

    /** A context of a brief that finds no quantities in a text. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document) {
        this(names, typesOf, classGroups, documentCountry, document, text -> List.of());
    }

    /** A context of a brief whose id does not matter. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry,
            Function<String, List<Quantity>> quantities) {
        this(names, typesOf, classGroups, documentCountry, ANY_DOCUMENT, quantities);
    }

    /** A context of a brief whose id does not matter, that finds no quantities in a text. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry) {
        this(names, typesOf, classGroups, documentCountry, ANY_DOCUMENT);
    }

    /** A context of a brief whose country is not known. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups) {
        this(names, typesOf, classGroups, Optional.empty());
    }

    /** Whether an entity has a class of the named group (or is of a class named so). */
    public boolean inGroup(String group, String id) {
        List<String> types = typesOf.apply(id);
        List<String> members = classGroups.getOrDefault(group, List.of(group));
        return types.stream().anyMatch(members::contains);
    }
}
