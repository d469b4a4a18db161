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
 * quantities (money, counts) printed in a text, as the brief's reader of numbers finds them, the editions of its
 * plans a text names (in the editions phase those its finder of plans finds, named with a plan word or a period; in
 * the facts phase every edition mark of the brief's plans, with the plan's period), the dates a text prints, as its
 * reader of dates finds
 * them, the plan the brief is about (the one its title names), if known, which a sentence that does not name
 * it may still be about ("… 전체회의에서 의결"), in a phase that reads the draft's outline, that outline
 * ({@link Outline#NONE} elsewhere), and, in the sources phase, the periods of years a text prints, each an ISO 8601
 * interval ("2011/2015") where it stands (none elsewhere), and in the content phase the name of an entity the
 * lexicon or the draft defines, in the brief's language (none elsewhere), and the brief's own date, if it prints one
 * (none elsewhere).
 */
public record ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
        Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
        Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions,
        Function<String, List<DateSpan>> dates, Optional<String> plan, Outline outline,
        Function<String, List<DateSpan>> periods, Function<String, Optional<String>> labelOf,
        Optional<String> briefDate) {

    /** The document's id where a context is made without one (a passage read on its own). */
    public static final String ANY_DOCUMENT = "document";

    public ExtractionContext {
        classGroups = Map.copyOf(classGroups);
        java.util.Objects.requireNonNull(documentCountry, "documentCountry");
        java.util.Objects.requireNonNull(document, "document");
        java.util.Objects.requireNonNull(quantities, "quantities");
        java.util.Objects.requireNonNull(editions, "editions");
        java.util.Objects.requireNonNull(dates, "dates");
        java.util.Objects.requireNonNull(plan, "plan");
        java.util.Objects.requireNonNull(outline, "outline");
        java.util.Objects.requireNonNull(periods, "periods");
        java.util.Objects.requireNonNull(labelOf, "labelOf");
        java.util.Objects.requireNonNull(briefDate, "briefDate");
    }

    /** A context that does not know the brief's own date. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions,
            Function<String, List<DateSpan>> dates, Optional<String> plan, Outline outline,
            Function<String, List<DateSpan>> periods, Function<String, Optional<String>> labelOf) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, editions, dates, plan, outline,
                periods, labelOf, Optional.empty());
    }

    /**
     * This context knowing the brief's own date (ISO 8601, as the brief prints it: a day, a month or a year), against
     * which what the brief dates is past or to come.
     */
    public ExtractionContext withBriefDate(Optional<String> date) {
        return new ExtractionContext(names, typesOf, classGroups, documentCountry, document, quantities, editions,
                dates, plan, outline, periods, labelOf, date);
    }

    /** A context that knows no entity's name. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions,
            Function<String, List<DateSpan>> dates, Optional<String> plan, Outline outline,
            Function<String, List<DateSpan>> periods) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, editions, dates, plan, outline,
                periods, id -> Optional.empty());
    }

    /** This context with the names of the entities the lexicon or the draft defines, in the brief's language. */
    public ExtractionContext withLabels(Function<String, Optional<String>> labels) {
        return new ExtractionContext(names, typesOf, classGroups, documentCountry, document, quantities, editions,
                dates, plan, outline, periods, labels, briefDate);
    }

    /** A context that finds no periods of years in a text. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions,
            Function<String, List<DateSpan>> dates, Optional<String> plan, Outline outline) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, editions, dates, plan, outline,
                text -> List.of());
    }

    /** This context with the periods of years a text prints, as the brief's reader of dates finds them. */
    public ExtractionContext withPeriods(Function<String, List<DateSpan>> printed) {
        return new ExtractionContext(names, typesOf, classGroups, documentCountry, document, quantities, editions,
                dates, plan, outline, printed, labelOf, briefDate);
    }

    /** A context of a phase that does not read the draft's outline. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions,
            Function<String, List<DateSpan>> dates, Optional<String> plan) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, editions, dates, plan,
                Outline.NONE);
    }

    /** This context with the draft's outline as it stands when a phase begins. */
    public ExtractionContext withOutline(Outline drafted) {
        return new ExtractionContext(names, typesOf, classGroups, documentCountry, document, quantities, editions,
                dates, plan, drafted, periods, labelOf, briefDate);
    }

    /** A context of a brief whose plan is not known. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions,
            Function<String, List<DateSpan>> dates) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, editions, dates, Optional.empty());
    }

    /** A context of a brief whose plans' editions are not known. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<DateSpan>> dates,
            Optional<String> plan) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, text -> List.of(), dates, plan);
    }

    /** A context of a brief whose dates are not read. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities, Function<String, List<PlanEdition>> editions) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, editions, text -> List.of());
    }

    /** A context of a brief whose plans' editions, dates and plan are not known. */
    public ExtractionContext(EntityRecognizer names, Function<String, List<String>> typesOf,
            Map<String, List<String>> classGroups, Optional<String> documentCountry, String document,
            Function<String, List<Quantity>> quantities) {
        this(names, typesOf, classGroups, documentCountry, document, quantities, text -> List.of());
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
