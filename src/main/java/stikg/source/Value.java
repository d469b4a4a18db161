package stikg.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import stikg.diag.Location;

/** A value written in a source file, before the ontology says what it means. */
public sealed interface Value {

    Location where();

    /** A plain scalar: a literal's lexical form or an entity id, depending on the property. */
    record Scalar(String text, Location where) implements Value {
        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(where, "where");
        }
    }

    /** Texts by language tag, as in {@code {ko: 양자, en: Quantum}}. */
    record LangText(Map<String, List<String>> byLanguage, Location where) implements Value {
        public LangText {
            byLanguage = Map.copyOf(byLanguage);
            Objects.requireNonNull(where, "where");
        }
    }

    /** An entity written inside another one; it has no id of its own. */
    record Nested(EntityRecord entity) implements Value {
        @Override
        public Location where() {
            return entity.where();
        }
    }
}
