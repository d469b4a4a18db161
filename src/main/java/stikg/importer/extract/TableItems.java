package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A passage of a table with its caption and items ({@link Extractor.Whole#TABLE_ITEMS}) as its extractors read it:
 * the caption part, the header part (the headers of the name and items columns), and each row's part with the parts
 * of its items. Not an extractor: the extractors of such a passage read it with this.
 */
public record TableItems(TextPassage passage, TextPassage.Part caption, TextPassage.Part header, String nameHeader,
        String itemsHeader, List<Row> rows) {

    /** The mark of an item's part; one tab opens its text for each level it is nested below the top. */
    public static final String ITEM = "-";
    /** The mark of a remark's part (※, *: a remark on the item before it, not an item of its own). */
    public static final String REMARK = "※";

    public TableItems {
        rows = List.copyOf(rows);
    }

    /** A row: its part (its name), its mark, and the parts of the items of its last column, in order. */
    public record Row(TextPassage.Part part, String mark, List<TextPassage.Part> items) {

        public Row {
            items = List.copyOf(items);
        }
    }

    /** The passage read as a table with its caption and items, if it is one. */
    public static Optional<TableItems> of(TextPassage passage) {
        List<TextPassage.Part> parts = passage.parts();
        if (parts.size() < 2 || parts.get(0).mark().isPresent() || parts.get(1).mark().isEmpty()) {
            return Optional.empty();
        }
        String[] header = parts.get(1).in(passage).split("\t", -1);
        if (header.length != 2) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        TextPassage.Part row = null;
        List<TextPassage.Part> items = new ArrayList<>();
        for (TextPassage.Part p : parts.subList(2, parts.size())) {
            String mark = p.mark().orElse("");
            if (mark.equals(ITEM) || mark.equals(REMARK)) {
                if (row != null) {
                    items.add(p);
                }
                continue;
            }
            if (row != null) {
                rows.add(new Row(row, row.mark().orElse(""), items));
            }
            row = p;
            items = new ArrayList<>();
        }
        if (row != null) {
            rows.add(new Row(row, row.mark().orElse(""), items));
        }
        return Optional.of(new TableItems(passage, parts.get(0), parts.get(1), header[0], header[1], rows));
    }

    /** The table's caption, or null where it has none. */
    public String captionText() {
        String text = caption.in(passage);
        return text.isEmpty() ? null : text;
    }

    /** The table's number, the header part's mark. */
    public String number() {
        return header.mark().orElse("");
    }

    /** The evidence of what the headers say: the header part, or the whole table where its headers are blank. */
    public Evidence headers() {
        return header.in(passage).isBlank() ? new Evidence(passage.at(), 0, passage.text().length())
                : new Evidence(passage.at(), header.start(), header.end());
    }

    /** Whether a part is a remark's. */
    public static boolean remark(TextPassage.Part p) {
        return p.mark().filter(REMARK::equals).isPresent();
    }
}
