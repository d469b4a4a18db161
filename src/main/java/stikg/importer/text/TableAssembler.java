package stikg.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.importer.config.LayoutConfig;

/**
 * An assembler that turns runs of tab-separated lines into tables: a run that follows another across a page
 * break (only blank lines and footnotes between, no caption of its own) continues it, and a header row printed
 * again at the top of the new page is dropped. It finds the column that numbers the rows, the one that names
 * them, a group column whose value is carried down, and the column of items; ragged rows are warned about
 * with their line.
 */
public final class TableAssembler {

    private final LayoutConfig layout;
    private final CellListParser cells;
    private final String file;

    public TableAssembler(LayoutConfig layout, CellListParser cells, String file) {
        this.layout = layout;
        this.cells = cells;
        this.file = file;
    }

    /** One line of a table as printed. */
    public record RawRow(int line, List<String> cells) {
        public RawRow {
            cells = List.copyOf(cells);
        }

        boolean sameCellsAs(List<String> other) {
            if (other.size() != cells.size()) {
                return false;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).strip().equals(other.get(i).strip())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A run of table lines with what surrounds it.
     *
     * @param joinable true when only blank lines and footnotes separate it from the run before
     */
    public record Piece(List<RawRow> rows, Segmentation.Caption caption, boolean joinable,
            Segmentation.SourceLine source) {
        public Piece {
            rows = List.copyOf(rows);
        }
    }

    /** A table being put together from its pieces. */
    private static final class Draft {
        Segmentation.Caption caption;
        List<String> header = List.of();
        final List<RawRow> rows = new ArrayList<>();
        final List<int[]> pieces = new ArrayList<>();
        final List<Integer> pageTops = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Segmentation.SourceLine source;
    }

    public List<Segmentation.Table> assemble(List<Piece> pieces, List<Problem> warnings) {
        List<Draft> drafts = new ArrayList<>();
        for (Piece p : pieces) {
            List<RawRow> rows = new ArrayList<>(p.rows());
            RawRow first = rows.get(0);
            boolean hasHeader = looksLikeHeader(first);
            Draft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean continues = previous != null && p.joinable()
                    && (hasHeader ? first.sameCellsAs(previous.header) : width(first) == width(previous));
            if (continues) {
                int from = first.line();
                int to = p.rows().get(p.rows().size() - 1).line();
                if (hasHeader) {
                    previous.notes.add("the header row repeated at L" + first.line() + " after a page break is dropped");
                    rows.remove(0);
                }
                previous.notes.add("L" + from + "-" + to
                        + " continue the table after a page break (merged into one table)");
                if (!rows.isEmpty()) {
                    previous.pageTops.add(rows.get(0).line());
                }
                previous.rows.addAll(rows);
                previous.pieces.add(new int[] {from, to});
                previous.source = p.source() != null ? p.source() : previous.source;
                continue;
            }
            Draft d = new Draft();
            d.caption = p.caption();
            if (hasHeader) {
                d.header = first.cells();
                rows.remove(0);
            }
            for (RawRow r : rows) {
                if (hasHeader && r.sameCellsAs(d.header)) {
                    d.notes.add("the header row repeated at L" + r.line() + " is dropped");
                } else {
                    d.rows.add(r);
                }
            }
            d.pieces.add(new int[] {first.line(), p.rows().get(p.rows().size() - 1).line()});
            d.source = p.source();
            drafts.add(d);
        }
        List<Segmentation.Table> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(build(d, out.size() + 1, warnings));
        }
        return out;
    }

    private boolean looksLikeHeader(RawRow row) {
        return row.cells().stream().noneMatch(c -> mark(c) != null || layout.structure().listTag().matcher(c).find());
    }

    private int width(Draft d) {
        if (!d.header.isEmpty()) {
            return d.header.size();
        }
        return d.rows.isEmpty() ? 0 : width(d.rows.get(0));
    }

    private static int width(RawRow r) {
        return r.cells().size();
    }

    /** The row mark a cell starts with, and the rest of the cell; null when it has none. */
    private String[] mark(String cell) {
        Matcher m = layout.structure().rowMark().matcher(cell.strip());
        return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : null;
    }

    private Segmentation.Table build(Draft d, int number, List<Problem> warnings) {
        int width = d.header.isEmpty() ? mostCommonWidth(d.rows) : d.header.size();
        List<List<String>> grid = new ArrayList<>();
        for (RawRow r : d.rows) {
            List<String> c = new ArrayList<>(r.cells());
            if (c.size() != width) {
                String what = c.size() < width ? "missing cells are read as empty"
                        : "the extra cells are joined to the last one";
                warnings.add(new Problem(Location.of(file, r.line()), "ragged table row: " + c.size()
                        + " cells where table " + number + " has " + width + "; " + what));
                d.notes.add("the row at L" + r.line() + " is ragged (" + c.size() + " cells, not " + width + ")");
                while (c.size() < width) {
                    c.add("");
                }
                while (c.size() > width) {
                    String extra = c.remove(c.size() - 1);
                    c.set(c.size() - 1, (c.get(c.size() - 1) + " " + extra).strip());
                }
            }
            grid.add(c);
        }
        if (d.header.isEmpty() && isGrid(grid)) {
            return gridTable(d, number, grid);
        }
        if (!d.header.isEmpty() && isCategoryGrid(d.header, grid)) {
            List<RawRow> items = categoryGrid(d.rows, grid);
            d.rows.clear();
            d.rows.addAll(items);
            grid = new ArrayList<>(items.stream().map(r -> (List<String>) new ArrayList<>(r.cells())).toList());
            d.notes.add("a grid of numbered items beside a group column: one row per numbered cell, in the order of "
                    + "the numbers");
        }
        int keyColumn = -1;
        for (int col = 0; col < width && keyColumn < 0; col++) {
            final int cc = col;
            // the last row's empty cell (a total row printed last: "합계 | | 5,800") does not vote against the marks
            List<List<String>> voters = lastRowBlankIn(grid, cc) ? grid.subList(0, grid.size() - 1) : grid;
            boolean all = !voters.isEmpty() && voters.stream().allMatch(c -> mark(c.get(cc)) != null);
            if (all) {
                keyColumn = col;
            }
        }
        boolean keyHasName = false;
        boolean blankLast = false;
        int nameColumn;
        // without a column of row marks, a header naming the rows of a kind of table ("정책분야 | 중점과제 |
        // 주관부처": 과제 names tasks) names them in a later column, the first column then being their group
        // (marks in the first column then number the groups: "1. 기초연구 생태계 강화")
        int namedByHeader = nameColumnByHeader(d.header);
        if (keyColumn == 0 && namedByHeader > 0 && grid.stream().allMatch(c -> c.get(0).isBlank()
                || mark(c.get(0)) != null && !mark(c.get(0))[1].isEmpty())) {
            keyColumn = -1;
        } else if (keyColumn >= 0) {
            namedByHeader = -1;
        }
        if (keyColumn < 0) {
            nameColumn = Math.max(namedByHeader, 0);
        } else {
            final int kc = keyColumn;
            keyHasName = grid.stream().allMatch(c -> c.get(kc).isBlank() || !mark(c.get(kc))[1].isEmpty());
            blankLast = lastRowBlankIn(grid, kc);
            nameColumn = keyHasName ? keyColumn : Math.min(keyColumn + 1, width - 1);
        }
        int itemsColumn = width - 1 > nameColumn ? width - 1 : -1;
        int groupColumn = nameColumn > 0 && (keyColumn < 0 || keyColumn > 0) ? 0 : -1;
        if (groupColumn == nameColumn || groupColumn == keyColumn) {
            groupColumn = -1;
        }
        List<Segmentation.Row> rows = new ArrayList<>();
        String group = null;
        Map<String, Integer> seenMarks = new HashMap<>();
        List<Segmentation.Row> later = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> c = grid.get(r);
            RawRow raw = d.rows.get(r);
            List<String> footnotes = new ArrayList<>();
            boolean printedGroup = false;
            // a ditto mark ("〃") repeats the group above it, as an empty group cell does
            if (groupColumn >= 0 && !c.get(groupColumn).isBlank()
                    && !layout.structure().page().dittoMarks().contains(c.get(groupColumn).strip())) {
                group = cells.items(c.get(groupColumn), footnotes).stream().map(Segmentation.CellItem::text)
                        .findFirst().orElse(c.get(groupColumn).strip());
                String[] numbered = mark(group);   // "1. 기초 역량 강화": the group's number is no part of its name
                if (numbered != null && !numbered[1].isBlank()) {
                    group = numbered[1];
                }
                printedGroup = true;
            }
            String mark;
            String name;
            if (keyColumn >= 0) {
                // the total row printed last has no mark: it is numbered by its place, as a table without marks is
                String[] m = blankLast && r == grid.size() - 1 ? new String[] {String.valueOf(r + 1), ""}
                        : mark(c.get(keyColumn));
                mark = m[0];
                name = keyHasName ? m[1] : c.get(nameColumn);
            } else {
                mark = String.valueOf(r + 1);
                name = c.get(nameColumn);
            }
            // a key cell that numbers several items in a run ("① A ② B ③ C") holds that many rows: the row's other
            // cells stay with the first, the others continue its group as rows printed below it would
            List<String[]> run = keyColumn >= 0 && keyHasName ? circledRun(mark, name) : List.of();
            if (run.size() > 1) {
                mark = run.get(0)[0];
                name = run.get(0)[1];
                for (int k = 1; k < run.size(); k++) {
                    List<String> alone = new ArrayList<>(java.util.Collections.nCopies(c.size(), ""));
                    alone.set(keyColumn, run.get(k)[0] + " " + run.get(k)[1]);
                    later.add(new Segmentation.Row(raw.line(), run.get(k)[0], run.get(k)[1], group, false, List.of(),
                            List.of(), alone));
                }
            }
            // a name cell of a grouped table named by its header that lists several items ("A, B") holds a row
            // for each, the row's other cells staying with the first, as a key cell numbering several items does
            List<Segmentation.CellItem> named = cells.items(name, footnotes);
            if (namedByHeader > 0 && run.size() <= 1 && named.size() > 1) {
                for (int k = 1; k < named.size(); k++) {
                    List<String> alone = new ArrayList<>(java.util.Collections.nCopies(c.size(), ""));
                    alone.set(nameColumn, named.get(k).text());
                    later.add(new Segmentation.Row(raw.line(), mark + "-" + (k + 1), named.get(k).text(), group,
                            false, List.of(), List.of(), alone));
                }
                named = named.subList(0, 1);
            }
            name = named.stream().map(Segmentation.CellItem::text)
                    .reduce((a, b) -> a + ", " + b).orElse(name.strip());
            if (name.isBlank()) {
                name = otherName(c, itemsColumn);
                warnings.add(new Problem(Location.of(file, raw.line()), "table " + number + ": the row has nothing in "
                        + "the column that names rows; " + (name.isBlank() ? "it is named by its mark '" + mark + "'"
                        : "named '" + name + "' from another cell")));
                name = name.isBlank() ? mark : name;
            }
            if (seenMarks.merge(mark, 1, Integer::sum) > 1) {
                warnings.add(new Problem(Location.of(file, raw.line()), "table " + number + " has row mark '" + mark
                        + "' twice"));
            }
            List<Segmentation.CellItem> items = itemsColumn >= 0 ? cells.items(c.get(itemsColumn), footnotes)
                    : List.of();
            boolean pageTop = printedGroup && d.pageTops.contains(raw.line());
            if (pageTop) {
                d.notes.add("the group cell '" + group + "' is printed at L" + raw.line()
                        + ", the top of a continuation page, where headers can be misplaced: check which rows it heads");
            }
            List<String> printed = c;
            if (run.size() > 1) {
                printed = new ArrayList<>(c);
                printed.set(keyColumn, mark + " " + name);
            }
            rows.add(new Segmentation.Row(raw.line(), mark, name.strip(), group, pageTop, items, footnotes, printed));
            rows.addAll(later);
            later.clear();
        }
        int first = d.pieces.get(0)[0];
        int last = d.pieces.get(d.pieces.size() - 1)[1];
        int captionLine = d.caption == null ? 0 : d.caption.line();
        return new Segmentation.Table("t" + number, number, d.caption == null ? null : d.caption.text(), captionLine,
                d.header.stream().map(String::strip).toList(), header(d.header, nameColumn),
                header(d.header, itemsColumn), rows, first, last, d.pieces, d.source, d.notes);
    }

    /**
     * The column a header names the rows in, by the name headers of the layout's kinds of tables (their order),
     * when it is not the first column and the first does not name them too; -1 if none.
     */
    private int nameColumnByHeader(List<String> header) {
        if (header.size() < 2) {
            return -1;
        }
        for (LayoutConfig.TableKind k : layout.extraction().tableKinds()) {
            if (k.nameHeader().isEmpty() || k.nameHeader().stream().anyMatch(header.get(0)::contains)) {
                continue;
            }
            for (int col = 1; col < header.size(); col++) {
                if (k.nameHeader().stream().anyMatch(header.get(col)::contains)) {
                    return col;
                }
            }
        }
        return -1;
    }

    /**
     * Whether a table with a header is a grid of numbered items beside a group column: the first column holds a
     * group (or nothing, carrying the group above down), and every other cell that is not empty is one numbered
     * item ("주력기술 | ① A | ② B"), two such cells in a row at least once, no number twice.
     */
    private boolean isCategoryGrid(List<String> header, List<List<String>> grid) {
        if (header.size() < 3 || grid.isEmpty()) {
            return false;
        }
        List<String> marks = new ArrayList<>();
        boolean twoInARow = false;
        for (List<String> row : grid) {
            if (!row.get(0).isBlank() && mark(row.get(0)) != null) {
                return false;
            }
            int inRow = 0;
            for (int col = 1; col < row.size(); col++) {
                if (row.get(col).isBlank()) {
                    continue;
                }
                String[] m = mark(row.get(col));
                if (m == null || m[1].isBlank() || !isCircled(m[0])) {
                    return false;
                }
                marks.add(m[0]);
                inRow++;
            }
            twoInARow |= inRow > 1;
        }
        return twoInARow && marks.size() == new java.util.HashSet<>(marks).size();
    }

    private static boolean isCircled(String mark) {
        return !mark.isEmpty() && mark.charAt(0) >= '①' && mark.charAt(0) <= '⑳';
    }

    /**
     * A grid of numbered items beside a group column as a table of two columns, the group and one item per row, in
     * the order of the items' numbers (a group cell printed only on its first line heads the lines below it).
     */
    private static List<RawRow> categoryGrid(List<RawRow> raw, List<List<String>> grid) {
        List<RawRow> out = new ArrayList<>();
        String group = "";
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            group = row.get(0).isBlank() ? group : row.get(0);
            for (int col = 1; col < row.size(); col++) {
                if (!row.get(col).isBlank()) {
                    List<String> cells = new ArrayList<>(java.util.Collections.nCopies(row.size(), ""));
                    cells.set(0, group);
                    cells.set(1, row.get(col));
                    out.add(new RawRow(raw.get(r).line(), cells));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> markOrder(r.cells().get(1).strip().substring(0, 1))));
        return out;
    }

    /**
     * Whether a table without a header is a list printed in columns: every cell that is not empty is one numbered
     * item ("① 차세대 반도체 | ④ 양자기술 | ⑦ 우주·항공"), in two columns or more, no number twice.
     */
    private boolean isGrid(List<List<String>> grid) {
        List<String> marks = new ArrayList<>();
        java.util.Set<Integer> columns = new java.util.HashSet<>();
        for (List<String> row : grid) {
            for (int col = 0; col < row.size(); col++) {
                if (row.get(col).isBlank()) {
                    continue;
                }
                String[] m = mark(row.get(col));
                if (m == null || m[1].isBlank()) {
                    return false;
                }
                marks.add(m[0]);
                columns.add(col);
            }
        }
        return columns.size() > 1 && marks.size() == new java.util.HashSet<>(marks).size();
    }

    /** A list printed in columns read as one row per item, in the order of the items' numbers, not of the print. */
    private Segmentation.Table gridTable(Draft d, int number, List<List<String>> grid) {
        List<Segmentation.Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            for (String cell : grid.get(r)) {
                if (!cell.isBlank()) {
                    List<String> footnotes = new ArrayList<>();
                    String[] m = mark(cell);
                    String name = cells.items(m[1], footnotes).stream().map(Segmentation.CellItem::text)
                            .reduce((a, b) -> a + ", " + b).orElse(m[1].strip());
                    rows.add(new Segmentation.Row(d.rows.get(r).line(), m[0], name.strip(), null, false, List.of(),
                            footnotes, List.of(cell)));
                }
            }
        }
        rows.sort(java.util.Comparator.comparingInt(row -> markOrder(row.mark())));
        d.notes.add("a list printed in columns: one row per numbered cell, in the order of the numbers");
        int captionLine = d.caption == null ? 0 : d.caption.line();
        return new Segmentation.Table("t" + number, number, d.caption == null ? null : d.caption.text(), captionLine,
                List.of(), "", "", rows, d.pieces.get(0)[0], d.pieces.get(d.pieces.size() - 1)[1], d.pieces,
                d.source, d.notes);
    }

    /** The place a row mark gives: a circled number's value, else the leading number ("3", "1-2" is 1). */
    private static int markOrder(String mark) {
        char c = mark.isEmpty() ? ' ' : mark.charAt(0);
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        Matcher m = java.util.regex.Pattern.compile("^\\d+").matcher(mark);
        return m.find() ? Integer.parseInt(m.group()) : Integer.MAX_VALUE;
    }

    /** Whether a table of two rows or more ends in a row whose cell in a column is empty. */
    private static boolean lastRowBlankIn(List<List<String>> grid, int column) {
        return grid.size() > 1 && grid.get(grid.size() - 1).get(column).isBlank();
    }

    /**
     * The items a key cell numbers in a run of circled marks, each mark the one after the last ("①" with "A ② B ③ C"
     * gives ①A, ②B, ③C), as mark and name; one item when the cell numbers no more, none when its mark is no circled
     * one. A mark out of turn stays part of the name.
     */
    static List<String[]> circledRun(String mark, String text) {
        if (mark.length() != 1 || mark.charAt(0) < '①' || mark.charAt(0) > '⑳') {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        char expected = (char) (mark.charAt(0) + 1);
        String current = mark;
        int from = 0;
        Matcher m = CIRCLED_IN_CELL.matcher(text);
        while (m.find()) {
            if (m.group(1).charAt(0) != expected) {
                continue;
            }
            out.add(new String[] {current, text.substring(from, m.start()).strip()});
            current = m.group(1);
            from = m.end();
            expected++;
        }
        out.add(new String[] {current, text.substring(from).strip()});
        return out.stream().anyMatch(p -> p[1].isEmpty()) ? List.of() : out;
    }

    /** A circled mark standing between blanks inside a cell. */
    private static final java.util.regex.Pattern CIRCLED_IN_CELL = java.util.regex.Pattern.compile("\\s([①-⑳])\\s");

    /**
     * A name for a row whose naming column is empty: the text after a row mark in another cell ("② 항공" gives
     * "항공"), else the first text outside its items column.
     */
    private String otherName(List<String> cells, int itemsColumn) {
        for (int i = 0; i < cells.size(); i++) {
            String[] m = mark(cells.get(i));
            if (i != itemsColumn && m != null && !m[1].isBlank()) {
                return m[1];
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i != itemsColumn && !cells.get(i).isBlank() && mark(cells.get(i)) == null) {
                return cells.get(i).strip();
            }
        }
        return "";
    }

    private static String header(List<String> header, int column) {
        return column >= 0 && column < header.size() ? header.get(column).strip() : "";
    }

    private static int mostCommonWidth(List<RawRow> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.cells().size(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
    }
}
