package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * A reader of a transposed table: its columns are the things (the header row lists them: "구분 | 인공지능 | 양자기술
 * | …") and its rows their attributes ("주관 기관", "대표 사업", "연방 예산(억 탈러)"). A table is taken for one when
 * a row is named by a lead header (who leads is an attribute, so the rows are attributes), which no table of things
 * in rows has. It is read after the names of the brief are known: a column stands for the entity already drafted
 * under its header's name (a column naming nothing drafted is left alone); the lead row gives who leads each
 * column's thing, and a row named by a programme's class word ("대표 사업") gives each column's programme, which
 * supports the column's thing. Other rows (amounts, numbers of other lists) are left to the curator. Shown on
 * development brief (f) only (the one development brief with such a table).
 */
final class TransposedTable {

    private static final Pattern GLOSSED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    private final LayoutConfig layout;
    private final EntityBook book;
    private final NameFolder folder;
    private final String programmeClass;
    private final String supports;
    private int programmes;

    /**
     * @param programmeClass the class a row's class word must give for its cells to be programmes
     * @param supports the property from a programme to the thing of its column
     */
    TransposedTable(LayoutConfig layout, EntityBook book, NameFolder folder, String programmeClass, String supports) {
        this.layout = layout;
        this.book = book;
        this.folder = folder;
        this.programmeClass = programmeClass;
        this.supports = supports;
    }

    /** Whether a table's rows are attributes: one of them is named by a lead header. */
    boolean reads(Segmentation.Table t) {
        return t.header().size() >= 3 && t.rows().stream().anyMatch(this::isLead);
    }

    private boolean isLead(Segmentation.Row r) {
        String n = r.name().replaceAll("\\s", "");
        return layout.structure().leadColumn().headers().stream().anyMatch(n::contains);
    }

    void read(Segmentation.Table t) {
        for (int col = 1; col < t.header().size(); col++) {
            final int j = col;
            Optional<String> thing = drafted(t.header().get(j));
            if (thing.isEmpty()) {
                continue;
            }
            for (Segmentation.Row r : t.rows()) {
                if (j >= r.cells().size() || r.cells().get(j).isBlank()) {
                    continue;
                }
                String at = t.id() + "#" + r.name().replaceAll("\\s", "") + " L" + r.line();
                String cell = r.cells().get(j).strip();
                if (isLead(r)) {
                    for (String body : bodies(cell)) {
                        Matcher g = GLOSSED.matcher(body);
                        String name = g.matches() ? g.group(1).strip() : body;
                        String id = drafted(name).orElseGet(() -> book.define("lead-of-" + t.id() + "-" + j, layout
                                .words().typeBySuffix(name).orElse(layout.structure().leadColumn().type()), at)
                                .label(book.language(), name).comment("named in a lead row of a transposed table").id());
                        book.facts(thing.get(), at).ref(layout.structure().leadColumn().property(), id, at)
                                .comment("column '" + t.header().get(j) + "' of transposed table " + t.number());
                    }
                } else if (layout.words().typeBySuffix(r.name()).filter(programmeClass::equals).isPresent()) {
                    Matcher g = GLOSSED.matcher(cell);
                    String name = g.matches() ? g.group(1).strip() : cell;
                    String id = drafted(name).orElseGet(() -> {
                        EntityBuilder p = book.define("programme-" + t.id() + "-" + (++programmes), programmeClass, at)
                                .label(book.language(), name)
                                .comment("row '" + r.name() + "' of transposed table " + t.number());
                        if (g.matches()) {
                            p.alt("en", g.group(2).strip());
                        }
                        return p.id();
                    });
                    book.facts(id, at).ref(supports, thing.get(), at);
                }
            }
        }
    }

    /** The entity drafted under a name (folded) or with it as its acronym ("BMFI"), if any. */
    private Optional<String> drafted(String name) {
        String folded = folder.fold(name);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (EntityBuilder b : book.definitions()) {
            if (b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(folded))
                    || b.acronyms().contains(name.strip())) {
                return Optional.of(b.id());
            }
        }
        return Optional.empty();
    }

    private List<String> bodies(String cell) {
        List<String> out = new ArrayList<>(List.of(cell));
        for (String sep : layout.structure().leadColumn().separators()) {
            out = out.stream().flatMap(p -> java.util.Arrays.stream(p.split(Pattern.quote(sep)))).map(String::strip)
                    .filter(p -> !p.isEmpty()).collect(java.util.stream.Collectors.toList());
        }
        return out;
    }
}
