package stikg.importer.text;

import java.util.List;
import java.util.Objects;

/**
 * The text of a brief as lines counted from 1, the way locators count them.
 *
 * @param file the path as the user should see it in messages
 * @param lines the lines without their line ends
 */
public record BriefText(String file, List<String> lines) {

    public BriefText {
        Objects.requireNonNull(file, "file");
        lines = List.copyOf(lines);
    }

    /** The line with the given number, counted from 1. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    public int lineCount() {
        return lines.size();
    }

    /** Splits a text at its line ends (LF, CRLF or CR); a final line end does not start another line. */
    public static BriefText of(String file, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = List.of(t.split("\r\n|\r|\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return new BriefText(file, lines);
    }
}
