package stikg.importer.extract;

import java.util.Objects;

/** One segmented passage: its text (a prose line, a cell, a note) and its locator in the brief ("L12", "t1#2 L34"). */
public record TextPassage(String text, String at) {

    public TextPassage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
