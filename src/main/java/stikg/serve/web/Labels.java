package stikg.serve.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** Names of nodes by language, and the choice of one name for a reader who prefers a language. */
final class Labels {

    private final Map<Node, Map<String, String>> names = new HashMap<>();
    private final Map<Node, Integer> positions = new HashMap<>();

    /** The node's position in the list it belongs to (sti:order), so a page can show a list in its own order. */
    void position(Node node, int position) {
        positions.putIfAbsent(node, position);
    }

    /** The list position, or {@link Integer#MAX_VALUE} when the node has none (it sorts last). */
    int position(Node node) {
        return positions.getOrDefault(node, Integer.MAX_VALUE);
    }

    void add(Node node, String lang, String text) {
        names.computeIfAbsent(node, n -> new LinkedHashMap<>()).putIfAbsent(lang == null ? "" : lang, text);
    }

    /** The node's name in {@code lang}, else in English, Korean, Japanese, untagged, or any language. */
    Optional<Label> pick(Node node, String lang) {
        Map<String, String> byLang = names.get(node);
        if (byLang == null || byLang.isEmpty()) {
            return Optional.empty();
        }
        for (String l : List.of(lang, "en", "ko", "ja", "")) {
            if (byLang.containsKey(l)) {
                return Optional.of(new Label(byLang.get(l), l));
            }
        }
        Map.Entry<String, String> any = byLang.entrySet().iterator().next();
        return Optional.of(new Label(any.getValue(), any.getKey()));
    }

    Map<String, String> all(Node node) {
        return names.getOrDefault(node, Map.of());
    }

    /** A name and its language tag ("" when untagged). */
    record Label(String text, String lang) {
    }
}
