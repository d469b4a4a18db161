package stikg.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * Table rows printed without tabs, read back into tab-separated rows before the brief is segmented: rows whose cells
 * are separated by a bar ("1 | 과학의 부활 | …"), and rows whose cells stand in columns aligned by runs of spaces (a
 * PDF extraction that keeps the layout). Only a run of several such rows is a table, so a sentence holding one bar
 * or two spaces stays prose, and so do lines whose runs of spaces stand in no columns or set a label before its
 * value (a colophon); a page-number line ("보고서 2026-11호 | 4") is never a row. Line numbers stay.
 */
public final class CellSeparators {

    private final LayoutConfig.CellPrint rules;
    private final Pattern pageNumber;
    private final Pattern gap;

    CellSeparators(LayoutConfig.CellPrint rules, Pattern pageNumber) {
        this.rules = rules;
        this.pageNumber = pageNumber;
        this.gap = rules.columnGap() > 0 ? Pattern.compile(" {" + rules.columnGap() + ",}") : null;
    }

    /** The brief with bar-separated and space-aligned rows printed with tabs. */
    BriefText tabbed(BriefText text) {
        List<String> lines = new ArrayList<>(text.lines());
        boolean changed = false;
        if (rules.bar() != null && !rules.bar().isEmpty()) {
            changed |= convert(lines, this::barRow, run -> {
                // bars at both ends are a table's border only where most of its rows have them; in a table
                // without a border, a row's leading bar follows an empty first cell, a trailing one an empty last
                long framed = run.stream().filter(this::framed).count();
                boolean bordered = framed * 2 > run.size();
                return line -> barCells(line, bordered);
            });
        }
        if (gap != null) {
            changed |= convertAligned(lines);
        }
        return changed ? new BriefText(text.file(), lines) : text;
    }

    private interface RowTest {
        boolean test(String line);
    }

    private interface Cutter {
        List<String> cells(String line);
    }

    /** The cutter of one run of rows, which may depend on the whole run (whether its rows have a border). */
    private interface CutterOfRun {
        Cutter of(List<String> run);
    }

    private boolean convert(List<String> lines, RowTest isRow, CutterOfRun cutterOfRun) {
        boolean changed = false;
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            while (i < lines.size() && isRow.test(lines.get(i))) {
                i++;
            }
            Cutter cutter = i - start >= rules.minimumRows() ? cutterOfRun.of(List.copyOf(lines.subList(start, i)))
                    : null;
            // as in a table of aligned columns, some row has three cells: two lines of two fields each (a byline
            // "글 | …" over "게시일 … | 조회 …", a masthead over its number) stay prose
            boolean wide = false;
            for (int k = start; cutter != null && k < i; k++) {
                wide |= cutter.cells(lines.get(k)).size() >= MINIMUM_COLUMNS;
            }
            if (cutter != null && wide) {
                for (int k = start; k < i; k++) {
                    List<String> cells = cutter.cells(lines.get(k));
                    // a rule under a header ("|---|---|") is no row
                    boolean rule = cells.stream().allMatch(c -> c.matches(":?-{3,}:?"));
                    lines.set(k, rule ? "" : String.join("\t", cells));
                }
                changed = true;
            }
            i = Math.max(i, start + 1);
        }
        return changed;
    }

    /**
     * A line that may be a row: not blank, no tab, and no page-number line — but a line with two bars or more is a
     * row even where it ends like a footer's page number ("연방 예산 | 62 | 38"; a footer prints "리포트 | 4").
     */
    private boolean plain(String line) {
        String t = line.strip();
        boolean bars = rules.bar() != null && !rules.bar().isEmpty()
                && t.split(java.util.regex.Pattern.quote(rules.bar()), -1).length > 2;
        return !t.isEmpty() && !line.contains("\t") && (bars || !pageNumber.matcher(t).matches());
    }

    private boolean barRow(String line) {
        if (!plain(line)) {
            return false;
        }
        String t = line.strip();
        String bar = rules.bar();
        boolean border = t.length() > bar.length() && t.startsWith(bar) && t.endsWith(bar);
        String inner = border ? t.substring(bar.length(), t.length() - bar.length()) : t;
        // "| x |" is a row too: a cell between empty first and last ones, or one framed cell
        return inner.contains(bar) || t.startsWith(bar);
    }

    /** A row with a bar at both ends. */
    private boolean framed(String line) {
        String t = line.strip();
        String bar = rules.bar();
        return t.length() > bar.length() && t.startsWith(bar) && t.endsWith(bar);
    }

    /**
     * In a bordered table, "| a | b |" → a, b and "|  | b |" → "", b; in a table without a border, "a | b | c" → a,
     * b, c, "| b | c" → "", b, c and "| b |" → "", b, "" (empty first and last cells).
     */
    private List<String> barCells(String line, boolean bordered) {
        String t = line.strip();
        String bar = rules.bar();
        if (bordered) {
            if (t.startsWith(bar)) {
                t = t.substring(bar.length());
            }
            if (t.endsWith(bar)) {
                t = t.substring(0, t.length() - bar.length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : t.split(Pattern.quote(bar), -1)) {
            out.add(c.strip());
        }
        return out;
    }

    /** Runs of lines with cells apart by runs of spaces, their cells put in the columns their starts line up in. */
    private boolean convertAligned(List<String> lines) {
        boolean changed = false;
        int i = 0;
        while (i < lines.size()) {
            int start = i;
            while (i < lines.size() && plain(lines.get(i)) && (gap.matcher(lines.get(i).strip()).find()
                    || i > start && continued(lines.get(i - 1), lines.get(i), i + 1 < lines.size()
                            ? lines.get(i + 1) : ""))) {
                i++;
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (int k = start; k < i; k++) {
                rows.add(cells(lines.get(k)));
            }
            if (i - start >= rules.minimumRows() && aligned(rows)) {
                List<Integer> columns = columnStarts(rows);
                for (int k = start; k < i; k++) {
                    String[] cells = new String[columns.size()];
                    java.util.Arrays.fill(cells, "");
                    for (Cell c : rows.get(k - start)) {
                        int col = column(columns, c.start());
                        cells[col] = cells[col].isEmpty() ? c.text() : cells[col] + " " + c.text();
                    }
                    lines.set(k, String.join("\t", cells));
                }
                changed = true;
            }
            i = Math.max(i, start + 1);
        }
        return changed;
    }

    private record Cell(int start, String text) {
    }

    /**
     * Whether a line between two rows of aligned cells is a row continued under the one above: its one cell is
     * indented to where a cell after the first starts in the row above (its first cells are empty, as a tab-separated
     * row "\t해외 우수 연구자 유치\t" prints aligned), and the line below is a row again.
     */
    private boolean continued(String above, String line, String below) {
        if (line.isBlank() || line.charAt(0) != ' ' || !plain(below) || !gap.matcher(below.strip()).find()) {
            return false;
        }
        List<Cell> cells = cells(line);
        List<Cell> over = cells(above);
        if (cells.size() != 1 || over.size() < 2) {
            return false;
        }
        int start = cells.get(0).start();
        return over.subList(1, over.size()).stream().anyMatch(c -> Math.abs(c.start() - start) <= rules.columnSlack());
    }

    /** Some row of a table printed in aligned columns has at least this many cells (a header row does). */
    private static final int MINIMUM_COLUMNS = 3;

    /**
     * Whether the cells stand in columns: every cell but a row's first starts where a cell of another row starts
     * (within the slack). Two lines that merely hold runs of spaces ("연구원  |  브리프" over "Vol. 9  No. 19") are no
     * table.
     */
    private boolean aligned(List<List<Cell>> rows) {
        // a block of "label  value" lines (a colophon: "펴낸곳  …", "주  소  …", a label spaced out letter by letter)
        // is a list of fields, not a table
        if (rows.stream().allMatch(r -> r.size() < MINIMUM_COLUMNS
                || r.size() == MINIMUM_COLUMNS && r.get(0).text().length() == 1 && r.get(1).text().length() == 1)) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 1; c < rows.get(r).size(); c++) {
                int start = rows.get(r).get(c).start();
                boolean shared = false;
                for (int o = 0; o < rows.size() && !shared; o++) {
                    if (o != r) {
                        shared = rows.get(o).stream().anyMatch(x -> Math.abs(x.start() - start) <= rules.columnSlack());
                    }
                }
                if (!shared) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A line's cells, each with the display column it starts at. */
    private List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        String stripped = line.stripTrailing();
        int k = 0;
        while (k < stripped.length()) {
            while (k < stripped.length() && stripped.charAt(k) == ' ') {
                k++;
            }
            int from = k;
            var m = gap.matcher(stripped);
            int to = m.find(from) ? m.start() : stripped.length();
            if (to > from) {
                out.add(new Cell(displayWidth(stripped.substring(0, from)), stripped.substring(from, to).strip()));
            }
            k = to;
        }
        return out;
    }

    /** The starts of the columns: the cells' starts, those within the slack of one another taken as one. */
    private List<Integer> columnStarts(List<List<Cell>> rows) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        rows.forEach(r -> r.forEach(c -> starts.add(c.start())));
        List<Integer> out = new ArrayList<>();
        for (int s : starts) {
            if (out.isEmpty() || s - out.get(out.size() - 1) > rules.columnSlack()) {
                out.add(s);
            }
        }
        return out;
    }

    private int column(List<Integer> columns, int start) {
        int best = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) <= start + rules.columnSlack()) {
                best = c;
            }
        }
        return best;
    }

    /** The width a monospaced print gives a text: two for Hangul, CJK and full-width forms, one otherwise. */
    public static int displayWidth(String s) {
        return s.codePoints().map(CellSeparators::displayWidth).sum();
    }

    static int displayWidth(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        boolean wide = script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0x3000 && cp <= 0x303F);
        return wide ? 2 : 1;
    }
}
