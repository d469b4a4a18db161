package stikg.diag;

import java.util.Objects;

/** A place in an input file: the path as the user gave it, a line and a column counted from 1 (0 when unknown). */
public record Location(String file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
    }

    public static Location of(String file, int line) {
        return new Location(file, line, 0);
    }

    public static Location wholeFile(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
