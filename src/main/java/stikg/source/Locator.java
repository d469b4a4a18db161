package stikg.source;

import java.util.Objects;
import java.util.Optional;
import stikg.diag.Location;

/**
 * Where in a document a fact stands: a line range, a table row, or both.
 *
 * @param firstLine first line, from 1, or 0 when only a table row is given
 * @param lastLine last line (equal to firstLine for one line)
 * @param tableId the declared table, when the fact is a table row
 * @param row the row's number or mark as the table prints it
 * @param written where the locator was written, for error messages
 */
public record Locator(int firstLine, int lastLine, String tableId, String row, Location written) {

    public Locator {
        Objects.requireNonNull(written, "written");
        if (firstLine < 0 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + "-" + lastLine);
        }
    }

    public boolean hasLines() {
        return firstLine > 0;
    }

    public Optional<String> table() {
        return Optional.ofNullable(tableId);
    }

    /** A stable text form, used to mint the passage IRI: {@code L12-15}, {@code t-tech/13/L120}. */
    public String key() {
        StringBuilder sb = new StringBuilder();
        if (tableId != null) {
            sb.append(tableId).append('/').append(row);
        }
        if (hasLines()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append('L').append(firstLine);
            if (lastLine != firstLine) {
                sb.append('-').append(lastLine);
            }
        }
        return sb.toString();
    }

    /** Parses {@code L12}, {@code L12-15}, {@code table#row} and space-separated combinations. */
    public static Locator parse(String text, Location written) {
        int first = 0;
        int last = 0;
        String table = null;
        String row = null;
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new LocatorSyntaxException("empty locator");
        }
        for (String part : trimmed.split("\\s+")) {
            if (part.matches("L\\d{1,9}(-L?\\d{1,9})?")) {
                if (first > 0) {
                    throw new LocatorSyntaxException("two line ranges in locator '" + text + "'");
                }
                String[] ends = part.substring(1).split("-L?");
                first = Integer.parseInt(ends[0]);
                last = ends.length > 1 ? Integer.parseInt(ends[1]) : first;
                if (first < 1 || last < first) {
                    throw new LocatorSyntaxException("line range must run forward from line 1: '" + part + "'");
                }
            } else if (part.contains("#") && part.indexOf('#') > 0 && part.indexOf('#') < part.length() - 1) {
                if (table != null) {
                    throw new LocatorSyntaxException("two table rows in locator '" + text + "'");
                }
                table = part.substring(0, part.indexOf('#'));
                row = part.substring(part.indexOf('#') + 1);
            } else {
                throw new LocatorSyntaxException("cannot read locator part '" + part
                        + "' (expected L<line>, L<first>-<last> or <table>#<row>)");
            }
        }
        return new Locator(first, last, table, row, written);
    }

    /** A locator that cannot be parsed; the reader adds the location. */
    public static final class LocatorSyntaxException extends IllegalArgumentException {
        LocatorSyntaxException(String message) {
            super(message);
        }
    }
}
