package stikg.importer.text;

import java.util.List;

/**
 * A text with the marks that were glued to it taken out: footnote marks ("¹⁾", "4)") and explanation stars
 * ("프로그램*").
 *
 * @param footnotes the footnote numbers, in order
 * @param starred the starred words with their stars
 */
public record MarkedText(String text, List<String> footnotes, List<String> starred) {

    public MarkedText {
        footnotes = List.copyOf(footnotes);
        starred = List.copyOf(starred);
    }
}
