package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents the footnotes of a brief cite, by footnote mark: a footnote may cite several (one per web
 * address it lists), and a text with marks cites what all its footnotes cite.
 */
final class CitedDocuments {

    private final Map<String, List<String>> byMark = new LinkedHashMap<>();

    /** Records the documents a footnote cites. */
    void put(String mark, List<String> documentIds) {
        byMark.put(mark, List.copyOf(documentIds));
    }

    /** The documents the footnotes with these marks cite, each once, in the order of the marks. */
    List<String> citedBy(List<String> marks) {
        List<String> out = new ArrayList<>();
        for (String mark : marks) {
            for (String id : byMark.getOrDefault(mark, List.of())) {
                if (!out.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }
}
