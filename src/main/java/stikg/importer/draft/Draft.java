package stikg.importer.draft;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import stikg.diag.Problem;
import stikg.importer.text.Segmentation;

/**
 * A draft source file and the lexicon entries it proposes, as values ready to be written: the document,
 * its sections and tables, the entities with their facts and locators, and the warnings of the import.
 *
 * @param language the language the brief's names and titles are written in (the layout's)
 * @param proposals new lexicon entries for names no lexicon entry knows (written to a file of their own)
 * @param lexiconMentions the ids of the lexicon entities the brief names, in the order first named
 */
public record Draft(String language, DocumentPart document, List<Segmentation.Section> sections,
        List<TablePart> tables, List<EntityPart> entities, List<EntityPart> proposals, List<String> lexiconMentions,
        List<Problem> warnings) {

    public Draft {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(document, "document");
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        entities = List.copyOf(entities);
        proposals = List.copyOf(proposals);
        lexiconMentions = List.copyOf(lexiconMentions);
        warnings = List.copyOf(warnings);
    }

    /** The {@code document:} entry. */
    public record DocumentPart(String id, int lines, String at, Map<String, String> label, List<FactPart> facts,
            List<String> comments) {
        public DocumentPart {
            label = Map.copyOf(label);
            facts = List.copyOf(facts);
            comments = List.copyOf(comments);
        }
    }

    /** A {@code tables:} entry; {@code comments} say what was done about its layout. */
    public record TablePart(String id, String number, String title, int firstLine, int lastLine, String section,
            String citedSource, int rows, List<String> comments) {
        public TablePart {
            comments = List.copyOf(comments);
        }
    }

    /**
     * An entity: defined here ({@code id}) or described here ({@code about}); nested entities have neither.
     *
     * @param label texts by language tag
     * @param notes curator's notes ({@code note:}, English)
     * @param comments YAML comments written above the entity (how it was found)
     */
    public record EntityPart(String id, String about, List<String> types, String at, Map<String, String> label,
            Map<String, List<String>> altLabel, List<String> acronyms, List<String> notes, List<FactPart> facts,
            List<String> comments) {
        public EntityPart {
            types = List.copyOf(types);
            label = Map.copyOf(label);
            altLabel = Map.copyOf(altLabel);
            acronyms = List.copyOf(acronyms);
            notes = List.copyOf(notes);
            facts = List.copyOf(facts);
            comments = List.copyOf(comments);
        }

        /** The id this entity is known by, defined or described; null for a nested one. */
        public String subject() {
            return id != null ? id : about;
        }
    }

    /** One property value, with its own locator when it differs from the entity's. */
    public record FactPart(String property, ValuePart value, String at) {
        public FactPart {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A value of a fact. */
    public sealed interface ValuePart {
    }

    /** The id of another entity. */
    public record Ref(String id) implements ValuePart {
    }

    /** A literal as written: a number, a date, a boolean or a text; {@code quoted} for texts. */
    public record Literal(String text, boolean quoted) implements ValuePart {
    }

    /** Texts by language. */
    public record Texts(Map<String, String> byLanguage) implements ValuePart {
        public Texts {
            byLanguage = Map.copyOf(byLanguage);
        }
    }

    /** A nested entity. */
    public record Nested(EntityPart entity) implements ValuePart {
    }
}
