package stikg.importer.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One segmented passage: its text (a prose line, a cell, a note), its locator in the brief ("L12", "t1#2 L34"),
 * and what the segmented brief says of it, where it says anything: the entity it is about (the measure a table cell
 * lists, the topic a bullet is under) and the documents its footnote marks cite.
 */
public record TextPassage(String text, String at, Optional<String> about, List<String> cites) {

    public TextPassage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(about, "about");
        cites = List.copyOf(cites);
    }

    /** A passage about nothing in particular that cites nothing. */
    public TextPassage(String text, String at) {
        this(text, at, Optional.empty(), List.of());
    }
}
