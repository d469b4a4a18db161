package stikg.reason;

import java.util.List;
import stikg.diag.Location;

/**
 * Where an asserted triple is stated: the document, the passage (section, lines, table row) and the place in
 * the curated source file that records it.
 *
 * @param document the document's IRI (the lexicon is a document too: see {@link #lexicon()})
 * @param lexicon true when the triple comes from the shared lexicon rather than from a source document
 * @param section the number the document gives the section ({@code "2.나"}), or null
 * @param lineStart the passage's first line in the document's text, or 0 when unknown
 * @param lineEnd the passage's last line, or 0
 * @param table the number (or, without one, the id) of the table, or null
 * @param row the row of the table, or null
 * @param curatedAt where the curated source files record the triple as this passage states it (file and line)
 */
public record SourceLocator(String document, boolean lexicon, String section, int lineStart, int lineEnd,
        String table, String row, List<Location> curatedAt) {

    public SourceLocator {
        curatedAt = List.copyOf(curatedAt);
    }
}
