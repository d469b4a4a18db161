package stikg.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named question of the library: its file name without {@code .rq}, titles and descriptions by language,
 * parameters, whether it needs the inferred graph, and the SPARQL text.
 */
public record NamedQuery(String name, Map<String, String> titles, Map<String, String> descriptions,
        List<Parameter> parameters, boolean needsInference, String text) {

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(text, "text");
    }

    /** The title in a language, falling back to English, then to the name. */
    public String title(String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", name));
    }

    public String description(String language) {
        return descriptions.getOrDefault(language, descriptions.getOrDefault("en", ""));
    }
}
