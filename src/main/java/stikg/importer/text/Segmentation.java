package stikg.importer.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import stikg.diag.Problem;
import stikg.importer.config.BulletKind;

/**
 * What the layout of a brief says, line by line: its title, numbered sections, prose lines with their markers,
 * tables (merged across page breaks), captions, sources, notes and footnotes, and the warnings raised on the
 * way. Markers are already separated from the text they were glued to.
 */
public record Segmentation(BriefText text, Optional<Title> title, List<Section> sections, List<ProseLine> prose,
        List<Table> tables, List<Caption> captions, List<SourceLine> sources, List<Footnote> footnotes,
        List<Note> notes, List<Problem> warnings) {

    public Segmentation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        prose = List.copyOf(prose);
        tables = List.copyOf(tables);
        captions = List.copyOf(captions);
        sources = List.copyOf(sources);
        footnotes = List.copyOf(footnotes);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** The innermost section holding a line. */
    public Optional<Section> sectionAt(int line) {
        return sections.stream().filter(s -> s.firstLine() <= line && line <= s.lastLine())
                .min(java.util.Comparator.comparingInt(s -> s.lastLine() - s.firstLine()));
    }

    /** The document's title line, with its footnote marks. */
    public record Title(int line, String text, List<String> footnotes) {
        public Title {
            footnotes = List.copyOf(footnotes);
        }
    }

    /**
     * A numbered section ("1") or sub-section ("1.가").
     *
     * @param id a slug: {@code s1}, {@code s1-a}
     * @param parentId the enclosing section's id, or null
     */
    public record Section(String id, String number, String title, String parentId, int firstLine, int lastLine) {
    }

    /**
     * One line of prose.
     *
     * @param depth 0 for a line at the margin, 1 for an indented one
     * @param marker the marker that decides its kind ("⇒", "-", "※", "*"), empty for plain text
     * @param text the text without markers, footnote marks or explanation stars
     * @param footnotes numbers of the footnotes marked on this line
     * @param starred the words marked with * or ** on this line, with their stars ("K-Program*")
     */
    public record ProseLine(int line, int depth, String marker, BulletKind kind, String text, List<String> footnotes,
            List<String> starred, int lastLine) {
        public ProseLine {
            footnotes = List.copyOf(footnotes);
            starred = List.copyOf(starred);
        }

        /** A prose line printed on one line. */
        public ProseLine(int line, int depth, String marker, BulletKind kind, String text, List<String> footnotes,
                List<String> starred) {
            this(line, depth, marker, kind, text, footnotes, starred, line);
        }
    }

    /**
     * A table, merged across page breaks.
     *
     * @param id a slug: {@code t1}, {@code t2} …
     * @param number its order in the brief, from 1
     * @param caption the caption printed above it, or null
     * @param header the header cells (empty when the table has none)
     * @param nameHeader the header of the column naming the rows ("" when none)
     * @param itemsHeader the header of the last column ("" when none)
     * @param pieces the line ranges of its pieces, one per page
     * @param layoutNotes what was done about its layout (dropped headers, merged pieces), for the curator
     */
    public record Table(String id, int number, String caption, int captionLine, List<String> header,
            String nameHeader, String itemsHeader, List<Row> rows, int firstLine, int lastLine, List<int[]> pieces,
            SourceLine source, List<String> layoutNotes) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            pieces = List.copyOf(pieces);
            layoutNotes = List.copyOf(layoutNotes);
        }

        public Optional<SourceLine> sourceLine() {
            return Optional.ofNullable(source);
        }
    }

    /**
     * A data row of a table.
     *
     * @param mark the row's number or circled mark as printed ("3", "⑬"), or its order when it has none
     * @param name the text naming the row
     * @param group the value of the group column, carried down from the row that printed it, or null
     * @param groupAtPageTop true when the group was printed on the first row of a continuation page, where a
     *        header can be misplaced
     * @param items the items of the last column, lists flattened
     * @param footnotes the footnote marks found in its cells
     * @param cells every cell of the row as printed, one per header cell (for readers of a table whose columns
     *        are not a list of items, such as figures by edition)
     */
    public record Row(int line, String mark, String name, String group, boolean groupAtPageTop, List<CellItem> items,
            List<String> footnotes, List<String> cells) {
        public Row {
            items = List.copyOf(items);
            footnotes = List.copyOf(footnotes);
            cells = List.copyOf(cells);
        }
    }

    /**
     * An item of a cell's list.
     *
     * @param depth 1 for a top item, 2 for an item nested under it …
     * @param parent the index (in the same list) of the item this one is nested under or comments on, or -1
     * @param remark true for a remark (※, *) on the item before it rather than an item of its own
     * @param starred the words of the item marked with * or ** (a remark below explains them)
     */
    public record CellItem(String text, int depth, int parent, boolean remark, List<String> starred) {
        public CellItem {
            starred = List.copyOf(starred);
        }
    }

    /** A caption line ("〈 … 〉") of a table or of a figure. */
    public record Caption(int line, String text) {
    }

    /** A source line ("출처 : …") under a table or figure. */
    public record SourceLine(int line, String text) {
    }

    /** A footnote at a page bottom, with its continuation lines. */
    public record Footnote(String mark, String text, int firstLine, int lastLine) {
    }

    /** A note under a table or figure ("주: 1) … 2) …"). */
    public record Note(int firstLine, int lastLine, List<String> items) {
        public Note {
            items = List.copyOf(items);
        }
    }
}
