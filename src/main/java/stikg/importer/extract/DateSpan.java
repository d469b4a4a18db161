package stikg.importer.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A date printed in a passage, as the brief's reader of dates found it: its ISO 8601 form ("2023", "2026-03") and
 * where it stands [start, end). Extractors get the dates of a text from their context, so that the brief's own ways
 * of writing dates ("'23년") hold for them too.
 */
public record DateSpan(String iso, int start, int end) {

    public DateSpan {
        Objects.requireNonNull(iso, "iso");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /**
     * How a date (a day, a month or a year, ISO 8601) stands to the brief's own date: "done" if it ends before the
     * brief's date starts, "planned" if it starts after the brief's date ends, else none (a step in the brief's own
     * year, when the brief prints only its year).
     */
    public static Optional<String> relative(String date, String brief) {
        if (end(date).compareTo(start(brief)) < 0) {
            return Optional.of("done");
        }
        return start(date).compareTo(end(brief)) > 0 ? Optional.of("planned") : Optional.empty();
    }

    private static String start(String iso) {
        return iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso;
    }

    private static String end(String iso) {
        return iso.length() == 4 ? iso + "-12-31" : iso.length() == 7 ? iso + "-31" : iso;
    }
}
