package stikg.importer.extract;

import java.util.Objects;

/**
 * A quantity printed in a passage, as the reader of numbers found it: an amount of money (its value in units of its
 * currency, the currency's code) or a count of things (the number, its unit word), with where it stands [start, end).
 * Extractors get the quantities of a passage from their context, so that the brief's own reading of its currency
 * words ("아르벤 원(ARW)") holds for them too.
 *
 * @param money whether this is an amount of money (else a count)
 * @param value the value written plainly ("700000000", "400")
 * @param unit the currency code of an amount, the unit word of a count ("명", "곳")
 * @param estimate whether the figure is marked as an estimate ("약")
 */
public record Quantity(boolean money, String value, String unit, boolean estimate, int start, int end) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }
}
