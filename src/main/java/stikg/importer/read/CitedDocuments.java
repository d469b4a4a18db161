package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents the footnotes of a brief cite, by footnote mark, as the sources phase found them (read-only): a
 * footnote may cite several (one per web address it lists), and a text with marks cites what all its footnotes cite.
 */
final class CitedDocuments {

    private final Map<String, List<String>> byMark;

    /** The documents each footnote mark cites (a mark given twice cites what its last footnote cites). */
    CitedDocuments(Map<String, List<String>> byMark) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byMark.forEach((mark, ids) -> copy.put(mark, List.copyOf(ids)));
        this.byMark = java.util.Collections.unmodifiableMap(copy);
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
