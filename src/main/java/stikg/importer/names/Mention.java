package stikg.importer.names;

/**
 * A place in a text where a known entity is named.
 *
 * @param surface the name as the lexicon writes it
 * @param start the first character of the name in the text
 * @param end the character after the name
 * @param particle the particle attached right after the name ("는", "의"), or ""
 */
public record Mention(String id, String surface, int start, int end, String particle) {

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
