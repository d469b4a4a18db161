package stikg.importer.extract;

import java.util.Objects;

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
}
