package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.extract.Setting;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * A reconciler that decides which rows a group cell heads when the cell was printed at the top of a
 * continuation page, where the PDF extraction can put a header next to the wrong rows. When the prose lists the
 * members of that group ("6대 … : ①a, ②b, …"), the list wins over the layout: listed rows keep the group, the
 * others keep the group in force before the page break. It also finds where the prose says one group is part of
 * another (a line naming group A, a subset word, and members of group B).
 */
final class GroupReconciler {

    /** The settings of this reader (the layout's keys {@code enumeration} and {@code subsetWords}). */
    record Settings(Pattern enumeration, List<String> subsetWords) {

        static final Setting<Pattern> ENUMERATION = new Setting<>("enumeration", Pattern.compile("(?!)"),
                "a prose line listing the members of a named group, its second group the members (default: none is "
                        + "read)");
        static final Setting<List<String>> SUBSET_WORDS = new Setting<>("subsetWords", List.of(),
                "words that tell one group is part of another (default: none)");

        Settings {
            subsetWords = List.copyOf(subsetWords);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            return new Settings(ENUMERATION.from(ex.settings()), SUBSET_WORDS.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction extraction;
    private final NameFolder folder;

    GroupReconciler(LayoutConfig.Extraction extraction, NameFolder folder) {
        this.extraction = extraction;
        this.settings = Settings.from(extraction);
        this.folder = folder;
    }

    /** A prose list of the members of a named group. */
    record Enumeration(int line, String name, List<String> items) {
    }

    /** Group {@code narrower} is part of group {@code broader}, as the prose line says. */
    record Subset(String narrower, String broader, int line) {
    }

    /** A table with its groups decided, and the notes saying why rows were moved. */
    record Reconciled(Segmentation.Table table, List<Subset> subsets, List<String> rowNotes) {
    }

    List<Enumeration> enumerations(List<Segmentation.ProseLine> prose) {
        List<Enumeration> out = new ArrayList<>();
        for (Segmentation.ProseLine p : prose) {
            Matcher m = settings.enumeration().matcher(p.text());
            if (m.matches()) {
                List<String> items = new ArrayList<>();
                for (String part : extraction.enumerationItem().split(m.group(2))) {
                    String item = part.strip().replaceAll("[,，、]$", "").strip();
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
                out.add(new Enumeration(p.line(), m.group(1).strip(), items));
            }
        }
        return out;
    }

    Reconciled reconcile(Segmentation.Table table, List<Segmentation.ProseLine> prose) {
        List<Enumeration> lists = enumerations(prose);
        List<Segmentation.Row> rows = new ArrayList<>(table.rows());
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Segmentation.Row top = rows.get(i);
            if (!top.groupAtPageTop() || i == 0) {
                continue;
            }
            String printed = top.group();
            String before = rows.get(i - 1).group();
            int end = i;
            while (end + 1 < rows.size() && Objects.equals(rows.get(end + 1).group(), printed)) {
                end++;
            }
            List<Segmentation.Row> run = rows.subList(i, end + 1);
            for (Enumeration e : lists) {
                if (!folder.fold(e.name()).contains(folder.fold(printed))) {
                    continue;
                }
                List<String> members = e.items().stream().map(folder::fold).toList();
                long listed = run.stream().filter(r -> members.contains(folder.fold(r.name()))).count();
                if (listed < 2 || listed == run.size()) {
                    continue;
                }
                for (int k = i; k <= end; k++) {
                    Segmentation.Row r = rows.get(k);
                    if (!members.contains(folder.fold(r.name()))) {
                        rows.set(k, new Segmentation.Row(r.line(), r.mark(), r.name(), before, false, r.items(),
                                r.footnotes(), r.cells()));
                        notes.add("layout: the group cell '" + printed + "' is printed at L" + top.line()
                                + " beside row " + top.mark() + " at the top of a continuation page, but the list of '"
                                + e.name() + "' at L" + e.line() + " does not name row " + r.mark() + " ('" + r.name()
                                + "'), so the row stays in '" + before + "'");
                    }
                }
                break;
            }
        }
        List<String> groups = rows.stream().map(Segmentation.Row::group).filter(Objects::nonNull).distinct().toList();
        List<Subset> subsets = new ArrayList<>();
        for (String a : groups) {
            for (String b : groups) {
                if (a.equals(b)) {
                    continue;
                }
                List<String> membersOfB = rows.stream().filter(r -> b.equals(r.group()))
                        .map(r -> folder.fold(r.name())).toList();
                for (Segmentation.ProseLine p : prose) {
                    String t = folder.fold(p.text());
                    int at = t.indexOf(folder.fold(a));
                    if (at < 0) {
                        continue;
                    }
                    String rest = t.substring(at);
                    boolean subset = settings.subsetWords().stream().anyMatch(rest::contains);
                    long named = membersOfB.stream().filter(rest::contains).count();
                    if (subset && named >= Math.max(2, (membersOfB.size() + 1) / 2)) {
                        subsets.add(new Subset(b, a, p.line()));
                        break;
                    }
                }
            }
        }
        Segmentation.Table t = table;
        Segmentation.Table fixed = new Segmentation.Table(t.id(), t.number(), t.caption(), t.captionLine(), t.header(),
                t.nameHeader(), t.itemsHeader(), rows, t.firstLine(), t.lastLine(), t.pieces(), t.source(),
                t.layoutNotes());
        return new Reconciled(fixed, subsets, notes);
    }
}
