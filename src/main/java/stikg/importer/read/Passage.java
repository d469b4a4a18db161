package stikg.importer.read;

/**
 * A text whose facts are yet to be read, where it stands, and the entity it is about when the layout says so
 * (the measure a table cell lists, the word a "*" line explains).
 *
 * @param at the locator of the text ("L81", "t2#3 L57")
 * @param subject the id of the entity the text is about, or null
 * @param explains a starred word this text explains ("NEXT" for a "*" remark under "후가쿠 NEXT*"), or null
 * @param explainsIn the text holding that word
 * @param citations the ids of the documents its footnote marks cite
 */
record Passage(String text, int line, String at, String subject, String explains, String explainsIn,
        java.util.List<String> citations) {

    Passage {
        citations = java.util.List.copyOf(citations);
    }

    Passage(String text, int line, String at, String subject) {
        this(text, line, at, subject, null, null, java.util.List.of());
    }

    /** This passage about another entity. */
    Passage about(String other) {
        return new Passage(text, line, at, other, null, null, citations);
    }

    /** This passage citing documents (by the footnotes marked on it). */
    Passage citing(java.util.List<String> documents) {
        return new Passage(text, line, at, subject, explains, explainsIn, documents);
    }
}
