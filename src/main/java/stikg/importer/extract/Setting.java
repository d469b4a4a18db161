package stikg.importer.extract;

import java.util.Map;
import java.util.Objects;

/**
 * One setting of an extractor: its key in the layout file, its documented default and what it does (modelled on
 * RDF4J Rio's {@code RioSetting}). An extractor's settings record reads each of its fields through one of these,
 * so every value an extractor uses has a name, a default and a description in one place.
 */
public record Setting<T>(String key, T defaultValue, String description) {

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
    }

    /** The value a layout gives for this setting, or the default when it gives none. */
    @SuppressWarnings("unchecked")
    public T from(Map<String, ?> given) {
        Object v = given.get(key);
        return v == null ? defaultValue : (T) v;
    }
}
