package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One segmented passage: its text (a prose line, a cell, a note), its locator in the brief ("L12", "t1#2 L34"),
 * and what the segmented brief says of it, where it says anything: the entity it is about (the measure a table cell
 * lists, the topic a bullet is under) and the documents its footnote marks cite. A passage may be made of several
 * texts, its {@link Part}s (a whole document's citations, read in the sources phase, where one citation may name a
 * document another already named): its text is theirs joined by line breaks, and each part says where it stands in
 * the brief, so that the merge can place a fact whose evidence lies in it. A passage of one text has no parts.
 */
public record TextPassage(String text, String at, Optional<String> about, List<String> cites, List<Part> parts) {

    public TextPassage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(about, "about");
        cites = List.copyOf(cites);
        parts = List.copyOf(parts);
        for (Part p : parts) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("a part beyond the passage's text: " + p);
            }
        }
    }

    /** A passage of one text, about what the brief says it is about, citing what its marks cite. */
    public TextPassage(String text, String at, Optional<String> about, List<String> cites) {
        this(text, at, about, cites, List.of());
    }

    /** A passage about nothing in particular that cites nothing. */
    public TextPassage(String text, String at) {
        this(text, at, Optional.empty(), List.of());
    }

    /**
     * One text of a passage made of several: where it stands in the brief ("L12"), its span [start, end) in the
     * passage's text, and the mark it is printed under, if any (a footnote's mark, a table row's mark, a table's
     * number on its header).
     */
    public record Part(String at, int start, int end, Optional<String> mark) {

        public Part {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(mark, "mark");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
            }
        }

        /** The part's own text in its passage. */
        public String in(TextPassage passage) {
            return passage.text().substring(start, end);
        }

        /**
         * Where the j-th tab-separated cell of this part (a table row) stands in {@code passage}: the cell's own
         * words, or the whole part where that cell is blank or the row has fewer cells.
         */
        public Evidence cell(TextPassage passage, int j) {
            String text = in(passage);
            int from = 0;
            for (int k = 0; k < j; k++) {
                int tab = text.indexOf('\t', from);
                if (tab < 0) {
                    return new Evidence(passage.at(), start, end);
                }
                from = tab + 1;
            }
            int to = text.indexOf('\t', from);
            to = to < 0 ? text.length() : to;
            return to > from && !text.substring(from, to).isBlank()
                    ? new Evidence(passage.at(), start + from, start + to)
                    : new Evidence(passage.at(), start, end);
        }
    }

    /** A text of a passage made of several, before it is placed: its text, its locator and its footnote mark. */
    public record Piece(String text, String at, Optional<String> mark) {

        public Piece {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(mark, "mark");
        }
    }

    /** A passage made of several texts, in the order given, joined by line breaks; about nothing, citing nothing. */
    public static TextPassage joined(String at, List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        List<Part> parts = new ArrayList<>();
        for (Piece p : pieces) {
            if (!parts.isEmpty()) {
                text.append('\n');
            }
            int start = text.length();
            text.append(p.text());
            parts.add(new Part(p.at(), start, text.length(), p.mark()));
        }
        return new TextPassage(text.toString(), at, Optional.empty(), List.of(), parts);
    }

    /**
     * The texts an extractor reads one by one: the parts of a passage made of several, else the passage itself as
     * one part at its own locator.
     */
    public List<Part> texts() {
        return parts.isEmpty() ? List.of(new Part(at, 0, text.length(), Optional.empty())) : parts;
    }

    /** The part a span of the passage's text starts in, if the passage is made of parts. */
    public Optional<Part> partAt(int offset) {
        return parts.stream().filter(p -> p.start() <= offset && offset <= p.end()).findFirst();
    }
}
