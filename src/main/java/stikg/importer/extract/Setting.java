package stikg.importer.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;

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

    /**
     * The value a layout gives for this setting, or the default when it gives none. A number is taken as the
     * default's kind of number (YAML reads "15" as an integer and "0.8" as a double, whichever the setting holds).
     */
    @SuppressWarnings("unchecked")
    public T from(Map<String, ?> given) {
        Object v = given.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (defaultValue instanceof Number) {
            if (!(v instanceof Number n)) {
                throw bad("setting '" + key + "' must be a number, not '" + v + "'");
            }
            Object number = defaultValue instanceof Integer ? (Object) n.intValue() : (Object) n.doubleValue();
            return (T) number;
        }
        return (T) v;
    }

    /**
     * The settings a layout gives one reader: the mapping under {@code group} of the layout's {@code settings:}
     * section, or none. A key that is none of the reader's settings is an error (a misspelt setting would
     * otherwise leave its default silently in force).
     */
    public static Map<String, ?> given(Object section, String group, List<Setting<?>> known) {
        if (section == null) {
            return Map.of();
        }
        if (!(section instanceof Map<?, ?> m)) {
            throw bad("settings." + group + " must be a mapping");
        }
        List<String> keys = known.stream().map(Setting::key).toList();
        for (Object k : m.keySet()) {
            if (!keys.contains(String.valueOf(k))) {
                throw bad("settings." + group + " has no setting '" + k + "' (known: " + String.join(", ", keys)
                        + ")");
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> out = (Map<String, ?>) m;
        return out;
    }

    /** A layout's setting that cannot be used: one line naming it, as a bad key of the layout file is reported. */
    private static InvalidInputException bad(String message) {
        return new InvalidInputException(new Problem(Location.wholeFile("layout"), message));
    }
}
