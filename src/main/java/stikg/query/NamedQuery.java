package stikg.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

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

    /**
     * The query as it runs: parsed from the text, with the VALUES block of every given parameter holding the given
     * term instead of its default.
     */
    public Query bound(Map<String, Node> values) {
        Query q = QueryFactory.create(text);
        List<String> missing = ValuesBlocks.bind(q, values);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(name + ": no VALUES block for " + missing);
        }
        return q;
    }

    public String description(String language) {
        return descriptions.getOrDefault(language, descriptions.getOrDefault("en", ""));
    }
}
