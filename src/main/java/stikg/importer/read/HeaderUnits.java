package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a table prints in a header cell rather than on a line of its own: a column's header ending in the unit in
 * brackets ("예산(억 원)", "투자(단위: 조 원)") gives it to the bare numbers of that column, and a transposed table's
 * lead cell ("연방 예산(억 탈러)") to the bare numbers of its row. What is in the brackets is a unit only if the
 * brief's reader of quantities reads a number followed by it as a quantity (so "(BMFI)" or "(2026~2030)" is none).
 * A bare number with no unit of its own keeps the unit a unit line gives the whole table, if any.
 */
final class HeaderUnits {

    /** A unit in brackets at the end of a header cell, "단위:" before it or not. */
    private static final Pattern IN_BRACKETS = Pattern.compile("\\(\\s*(?:단위\\s*[:：]\\s*)?([^()]+?)\\s*\\)\\s*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private final Predicate<String> isUnit;

    /** @param isUnit whether a text is a unit: a number followed by it reads as a quantity */
    HeaderUnits(Predicate<String> isUnit) {
        this.isUnit = isUnit;
    }

    /** The unit a header cell ends in, if any. */
    Optional<String> unitIn(String cell) {
        Matcher m = IN_BRACKETS.matcher(cell == null ? "" : cell.strip());
        return m.find() && isUnit.test(m.group(1).strip()) ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /**
     * A row's cells with each bare number given its unit: its column's (from the header), else its row's (from the
     * row's lead cell), else the table's ({@code tableUnit}); empty if no bare number of the row gets one.
     */
    Optional<List<String>> withUnits(List<String> header, List<String> cells, Optional<String> tableUnit) {
        Optional<String> rowUnit = cells.isEmpty() ? Optional.empty() : unitIn(cells.get(0));
        List<String> out = new ArrayList<>();
        boolean given = false;
        for (int c = 0; c < cells.size(); c++) {
            int i = c;
            String cell = cells.get(i);
            // the lead column names the row: its own header or cell gives no unit to it
            Optional<String> unit = (i > 0 && i < header.size() ? unitIn(header.get(i)) : Optional.<String>empty())
                    .or(() -> i > 0 ? rowUnit : Optional.empty()).or(() -> tableUnit);
            if (unit.isPresent() && BARE_NUMBER.matcher(cell.strip()).matches()) {
                out.add(cell.strip() + unit.get());
                given = true;
            } else {
                out.add(cell);
            }
        }
        return given ? Optional.of(out) : Optional.empty();
    }
}
