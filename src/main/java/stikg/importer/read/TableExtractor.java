package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.DateSpan;
import stikg.importer.extract.DetailRowExtractor;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Extractor;
import stikg.importer.extract.Extractors;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TableGroupExtractor;
import stikg.importer.extract.TableItemExtractor;
import stikg.importer.extract.TableItems;
import stikg.importer.extract.TableLeadExtractor;
import stikg.importer.extract.TableParentExtractor;
import stikg.importer.extract.Outline;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.NameFolder;
import stikg.importer.text.Segmentation;

/**
 * The merge of the rows phase ({@link Extractor.Phase#ROWS}), which turns each table of things in rows into
 * entities: group cells, rows and list items become entities of the classes its kind gives, linked by its
 * properties, each with the table-row locator. The phase's extractors read, as each table is drafted, which rows a
 * group cell heads and which group is part of another (one passage per table, {@link
 * Extractor.Whole#TABLE_GROUPS}), who a lead column before the last names (the table as one passage, {@link
 * Extractor.Whole#TABLE}), the table's kind, its rows and the items of its last column split into actions, or the
 * bodies that column names as leading each row (the table with its caption and items, {@link
 * Extractor.Whole#TABLE_ITEMS}), and the targets an item states (its text, about it). Here the rows and items are
 * numbered, the groups get the class of the table's kind, the rows are linked to their groups, the plan and the
 * scheme, and a body is resolved to the one the draft names so, else defined. Once the names are known it is also
 * the merge of the parents and details phases ({@link #linkParents}): the area a sub-area table belongs to, and the
 * rows of a detail table that are the items of the row it details. Returns the texts of the cells as passages, for
 * the prose reader to find further facts in.
 */
final class TableExtractor {

    private final LayoutConfig layout;
    private final EntityBook book;
    private final NameFolder folder;
    /** The extractors of the rows phase. */
    private final List<Extractor> rowsPhase;
    private final List<PendingParent> pendingParents = new ArrayList<>();
    /** The top-level items of each row drafted so far, by row id, in order. */
    private final Map<String, List<EntityBuilder>> itemsOfRow = new LinkedHashMap<>();
    /** How many bodies lead columns named so far (their ids count up). */
    private int leadBodies;
    /** How many programmes table items were named after so far (their ids count up). */
    private int namedProgrammes;
    /** The kind of each table drafted, by the table's id. */
    private final Map<String, LayoutConfig.TableKind> kinds = new LinkedHashMap<>();

    private final CountedThings counted;

    TableExtractor(LayoutConfig layout, EntityBook book, NameFolder folder) {
        this(layout, book, folder, null);
    }

    /** @param counted the concepts counts count, by name, or null where a list's count names none */
    TableExtractor(LayoutConfig layout, EntityBook book, NameFolder folder, CountedThings counted) {
        this.layout = layout;
        this.book = book;
        this.folder = folder;
        this.counted = counted;
        this.rowsPhase = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.ROWS).toList();
    }

    /** The table drafted last: its kind, its headers and the schemes its rows are in. */
    private record Drafted(String kind, List<String> header, List<String> wholes) {
    }

    private Drafted previous;

    /** The country the draft or the lexicon gives a thing (a plan), if any. */
    private Optional<String> countryOf(String id) {
        return book.defined(id).flatMap(b -> b.facts().stream().filter(f -> f.property().equals("country")
                && f.value() instanceof stikg.importer.draft.Draft.Ref).map(f -> ((stikg.importer.draft.Draft.Ref)
                f.value()).id()).findFirst()).or(() -> book.lexiconValues(id, "country").stream().findFirst());
    }

    /** The kind of a table drafted, as the rows phase decided it. */
    LayoutConfig.TableKind kindOf(Segmentation.Table t) {
        return kinds.get(t.id());
    }

    /**
     * Drafts the entities of one table.
     *
     * @param planId the plan the brief is about, or null
     * @param section the section the table stands in, or null
     */
    List<Passage> extract(Segmentation.Table raw, List<Segmentation.ProseLine> prose, String planId,
            Segmentation.Section section, String citedSource, CitedDocuments footnoteDocuments,
            ExtractionContext context) {
        Grouped rec = groups(raw, prose, context);
        Segmentation.Table t = rec.table();
        Rows read = rows(t, context);
        LayoutConfig.TableKind kind = read.kind();
        kinds.put(t.id(), kind);
        List<Passage> passages = new ArrayList<>();
        String tableAt = "L" + t.firstLine() + "-" + t.lastLine();
        String local = t.id();

        // what the table as a whole is (a scheme of technology areas its rows are in), defined before its rows; a
        // table without a caption right after one of the same kind and headers continues it past a page break (a
        // footnote between the halves kept them apart): its rows are in the scheme of the table it continues
        List<String> wholes = new ArrayList<>();
        boolean continues = t.caption() == null && previous != null && previous.kind().equals(kind.kind())
                && previous.header().equals(t.header()) && previous.wholes().size() == read.things().size();
        for (int w = 0; w < read.things().size(); w++) {
            TableThing thing = read.things().get(w);
            if (continues) {
                wholes.add(previous.wholes().get(w));
                book.mention(previous.wholes().get(w), tableAt);
                continue;
            }
            EntityBuilder s = book.define(local + "-" + thing.entity().local(), thing.entity().type(), tableAt)
                    .label(book.language(), thing.entity().name())
                    .comment("table " + t.id() + " (" + kind.kind() + "): the scheme of its areas");
            wholes.add(s.id());
            if (citedSource != null) {
                s.ref("citedSource", citedSource, null);
            }
            for (CandidateFact f : thing.about()) {
                book.facts(f.subject(), tableAt).ref(f.property(), s.id(), tableAt)
                        .comment("the plan's technology areas are the rows of table " + t.id());
                // the plan's scheme is of the plan's country, which a caption seldom names
                countryOf(f.subject()).ifPresent(c -> s.ref("country", c, null));
            }
            for (CandidateFact f : thing.counts()) {
                EntityBuilder count = EntityBuilder.nested(f.object()).literal("countValue",
                        f.node().get("countValue"), false, null);
                if (counted != null) {
                    counted.name(count, f.node().getOrDefault(stikg.importer.extract.CountedNoun.COUNTED, ""),
                            tableAt);
                }
                s.nested(f.property(), count, null).comment("count: " + f.why() + " [rule " + f.rule() + "]");
            }
        }
        previous = new Drafted(kind.kind(), t.header(), List.copyOf(wholes));

        Map<String, String> groups = new LinkedHashMap<>();
        if (kind.groupRole().isPresent()) {
            LayoutConfig.Role g = kind.groupRole().get();
            for (Segmentation.Row r : t.rows()) {
                if (r.group() != null && !groups.containsKey(r.group())) {
                    Optional<GroupMark> mark = groupMark(r, groups.size() + 1);
                    EntityBuilder gb = book.define(local + "-g" + (groups.size() + 1), g.type(), rowAt(t, r))
                            .label(book.language(), mark.map(GroupMark::name).orElse(r.group()))
                            .comment("table " + t.id() + ": group cell '" + r.group() + "'");
                    mark.ifPresent(m -> gb.literal("number", m.mark(), true, null)
                            .literal("order", String.valueOf(m.order()), false, null));
                    groups.put(r.group(), gb.id());
                    if (planId != null && g.planToRow() != null) {
                        book.facts(planId, rowAt(t, r)).ref(g.planToRow(), gb.id(), rowAt(t, r))
                                .comment("group '" + r.group() + "' of table " + t.id() + " is one of the plan's areas");
                    }
                }
            }
            for (Subset s : rec.subsets()) {
                String narrower = groups.get(s.narrower());
                String broader = groups.get(s.broader());
                if (narrower != null && broader != null) {
                    book.defined(narrower).ifPresent(b -> b.ref(s.property(), broader, s.at()).note(s.why()));
                }
            }
        }

        Map<String, String> broader = new LinkedHashMap<>();
        for (Subset s : rec.subsets()) {
            broader.put(s.narrower(), s.broader());
        }
        List<List<LeadBody>> leadsOf = leads(t, context);
        int order = 0;
        for (int ri = 0; ri < t.rows().size(); ri++) {
            Segmentation.Row r = t.rows().get(ri);
            CandidateEntity proposedRow = read.row(ri);
            String at = rowAt(t, r);
            List<String> cites = footnoteDocuments.citedBy(r.footnotes());
            String rowLocal = local + "-" + markNumber(proposedRow.local());
            EntityBuilder row = book.define(rowLocal, proposedRow.type(), at).label(book.language(),
                    proposedRow.name());
            row.literal("number", r.mark(), true, null);
            row.literal("order", String.valueOf(++order), false, null);
            row.comment("table " + t.id() + " row " + r.mark() + " (" + kind.kind() + ")");
            for (String n : rec.rowNotes()) {
                if (n.contains("row " + r.mark() + " (")) {
                    row.note(n);
                }
            }
            if (r.groupAtPageTop()) {
                row.note("layout: the group cell '" + r.group() + "' is printed on this row at the top of a continuation"
                        + " page; it may head other rows than the layout suggests");
            }
            if (r.group() != null && kind.row().rowToGroup() != null && groups.containsKey(r.group())) {
                row.ref(kind.row().rowToGroup(), groups.get(r.group()), null);
                String up = broader.get(r.group());
                if (up != null && groups.containsKey(up)) {
                    row.ref(kind.row().rowToGroup(), groups.get(up), null);
                }
            }
            for (int w = 0; w < wholes.size(); w++) {
                for (CandidateFact f : read.things().get(w).ofRow().get(ri)) {
                    row.ref(f.property(), wholes.get(w), null);
                }
            }
            if (context.classGroups().getOrDefault("programme", List.of()).contains(proposedRow.type())) {
                runs(r, row, context);
            }
            if (planId != null && kind.row().planToRow() != null) {
                book.facts(planId, at).ref(kind.row().planToRow(), row.id(), at)
                        .comment("row " + r.mark() + " of table " + t.id() + " is one of the plan's areas");
            }
            if (kind.row().parentLink() != null) {
                pendingParents.add(new PendingParent(row, t, section, kind.row().parentLink()));
            }
            // a lead column that is not the last ("미션 | 2035년 목표 | 주관 부처 | 대표 사업") names who leads the row too
            for (LeadBody body : leadsOf.get(order - 1)) {
                String id = leadBody(body.name(), body.type(), at);
                if (body.acronym() != null) {
                    book.defined(id).filter(b -> b.acronyms().isEmpty()).ifPresent(b -> b.acronym(body.acronym()));
                }
                row.ref(body.property(), id, at);
            }
            if (read.leads()) {
                // the last column names who leads the row: the bodies its items list
                for (CandidateFact f : read.factsOf(proposedRow.key())) {
                    CandidateEntity body = read.entity(f.object());
                    row.ref(f.property(), leadBody(body.name(), body.type(), at), at);
                }
                passages.add(new Passage(r.name(), r.line(), at, row.id()).citing(cites));
                continue;
            }
            Map<String, EntityBuilder> drafted = new LinkedHashMap<>();
            drafted.put(proposedRow.key(), row);
            List<String> itemIds = new ArrayList<>();
            for (int i = 0; i < r.items().size(); i++) {
                Segmentation.CellItem item = r.items().get(i);
                if (item.remark()) {
                    boolean hasParent = item.parent() >= 0 && item.parent() < itemIds.size();
                    String about = hasParent ? itemIds.get(item.parent()) : row.id();
                    Segmentation.CellItem parentItem = hasParent ? r.items().get(item.parent()) : null;
                    String starred = parentItem == null || parentItem.starred().isEmpty() ? null
                            : parentItem.starred().get(0).replace("*", "");
                    passages.add(new Passage(item.text(), r.line(), at, about, starred,
                            parentItem == null ? null : parentItem.text(), cites));
                    itemIds.add(about);
                    continue;
                }
                List<CandidateEntity> actions = read.items(ri, i).stream()
                        .filter(e -> !e.local().equals(TableItemExtractor.NAMED)).toList();
                for (int a = 0; a < actions.size(); a++) {
                    CandidateEntity action = actions.get(a);
                    String printed = read.printed(action.key());
                    EntityBuilder it = book.define(rowLocal + "-" + action.local(), action.type(), at)
                            .label(book.language(), action.name()).alt(book.language(), printed);
                    drafted.put(action.key(), it);
                    it.comment("table " + t.id() + " row " + r.mark() + ", item " + (i + 1)
                            + (actions.size() > 1 ? ", action " + (a + 1) + " of " + actions.size() : "")
                            + (item.depth() > 1 ? " (nested)" : ""));
                    if (a == 0) {
                        itemIds.add(it.id());
                    }
                    if (item.depth() <= 1) {
                        itemsOfRow.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(it);
                    }
                    // its links to its row and to the item it is nested under, as proposed, in order
                    for (CandidateFact f : read.linksOf(action.key())) {
                        EntityBuilder subject = drafted.get(f.subject());
                        EntityBuilder object = drafted.get(f.object());
                        if (subject != null && object != null) {
                            subject.ref(f.property(), object.id(), null);
                        }
                    }
                    String text = actions.size() == 1 ? item.text() : printed != null ? printed : action.name();
                    targets(it, text, at, context);
                    passages.add(new Passage(text, r.line(), at, it.id()).citing(cites));
                }
                // the programme an item is named after: the draft's programme of that name, else a new one
                for (CandidateEntity named : read.items(ri, i)) {
                    if (!named.local().equals(TableItemExtractor.NAMED)) {
                        continue;
                    }
                    String id = namedProgramme(named.name(), named.type(), at);
                    for (CandidateFact f : read.linksOf(named.key())) {
                        EntityBuilder subject = drafted.get(f.subject());
                        if (subject != null && f.object().equals(named.key())) {
                            subject.ref(f.property(), id, at);
                        }
                    }
                }
            }
            if (r.items().isEmpty()) {
                passages.add(new Passage(r.name(), r.line(), at, row.id()).citing(cites));
            }
        }
        return passages;
    }

    /** Group {@code narrower} is part of group {@code broader}, as the prose at {@code at} says. */
    private record Subset(String narrower, String property, String broader, String at, String why) {
    }

    /** A table with its groups decided, the groups one is part of, and the notes saying why rows were moved. */
    private record Grouped(Segmentation.Table table, List<Subset> subsets, List<String> rowNotes) {
    }

    /**
     * A table with its caption and items as the passage of the rows phase ({@link Extractor.Whole#TABLE_ITEMS}): its
     * caption, the headers of its name and items columns, then each row's name followed by its items.
     */
    static TextPassage itemsPassage(Segmentation.Table t) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(t.caption() == null ? "" : t.caption(), t.id() + " L" + t.captionLine(),
                Optional.empty()));
        pieces.add(new TextPassage.Piece(t.nameHeader() + "\t" + t.itemsHeader(), t.id() + " L" + t.firstLine(),
                Optional.of(String.valueOf(t.number()))));
        for (Segmentation.Row r : t.rows()) {
            pieces.add(new TextPassage.Piece(r.name(), rowAt(t, r), Optional.of(r.mark())));
            for (Segmentation.CellItem item : r.items()) {
                pieces.add(new TextPassage.Piece(item.remark() ? item.text()
                        : "\t".repeat(Math.max(0, item.depth() - 1)) + item.text(), rowAt(t, r),
                        Optional.of(item.remark() ? TableItems.REMARK : TableItems.ITEM)));
            }
        }
        return TextPassage.joined(t.id(), pieces);
    }

    /**
     * What the rows phase's extractors of the table with its items propose, as the merge reads it: the table's
     * kind, whether its last column names who leads each row, the row each row part gives and the things each item
     * part gives, with the facts about them.
     */
    private record Rows(LayoutConfig.TableKind kind, boolean leads, List<CandidateEntity> rows,
            List<List<List<CandidateEntity>>> items, Map<String, CandidateEntity> entities,
            List<CandidateFact> facts, List<TableThing> things) {

        CandidateEntity row(int i) {
            return rows.get(i);
        }

        CandidateEntity entity(String key) {
            return entities.get(key);
        }

        /** The things the i-th item of a row gives, in order (its actions, or the bodies it names). */
        List<CandidateEntity> items(int row, int i) {
            return items.get(row).get(i);
        }

        /** The facts about a thing proposed (its subject), in order. */
        List<CandidateFact> factsOf(String key) {
            return facts.stream().filter(f -> f.subject().equals(key) && !f.literal()).toList();
        }

        /** The links of an item, to its row or the item it is nested under or from its row, in order. */
        List<CandidateFact> linksOf(String key) {
            return facts.stream().filter(f -> !f.literal() && (f.subject().equals(key) || f.object().equals(key)))
                    .toList();
        }

        /** The text of an action as printed, where its name leaves words out; null if none. */
        String printed(String key) {
            return facts.stream().filter(f -> f.literal() && f.subject().equals(key)
                    && f.property().equals(TableItemExtractor.PRINTED)).map(CandidateFact::object).findFirst()
                    .orElse(null);
        }
    }

    /**
     * A thing an extractor proposes of the table as a whole (read from its caption or headers: the scheme its rows
     * are in), the facts of things the context knows about it (the plan's), and those linking each row to it.
     */
    private record TableThing(CandidateEntity entity, List<CandidateFact> about, List<List<CandidateFact>> ofRow,
            List<CandidateFact> counts) {
    }

    /**
     * The merge of the rows phase's extractors that read the table with its items: the kind the first that decides
     * one proposes, and its rows and items by the part each was read from; and what the others propose of the table
     * as a whole, with each row's links to it (a row by the part it was read from).
     */
    private Rows rows(Segmentation.Table t, ExtractionContext context) {
        TextPassage passage = itemsPassage(t);
        Map<Integer, Integer> rowOfPart = new LinkedHashMap<>();
        int at = 2;
        for (int i = 0; i < t.rows().size(); i++) {
            rowOfPart.put(at, i);
            at += 1 + t.rows().get(i).items().size();
        }
        Rows rows = null;
        List<TableThing> things = new ArrayList<>();
        for (Extractor x : rowsPhase.stream().filter(x -> x.reads() == Extractor.Whole.TABLE_ITEMS).toList()) {
            Proposal proposal = x.propose(passage, context);
            Rows read = rows == null ? rowsAndItems(t, passage, proposal) : null;
            if (read != null) {
                rows = read;
                continue;
            }
            Map<String, Integer> rowOf = new LinkedHashMap<>();
            List<TableThing> own = new ArrayList<>();
            for (CandidateEntity e : proposal.entities()) {
                int part = passage.partAt(e.evidence().start()).map(passage.parts()::indexOf).orElse(-1);
                if (rowOfPart.containsKey(part)) {
                    rowOf.put(e.key(), rowOfPart.get(part));
                } else if (part < 2) {
                    own.add(new TableThing(e, new ArrayList<>(), new ArrayList<>(t.rows().stream()
                            .map(r -> new ArrayList<CandidateFact>()).toList()), new ArrayList<>()));
                }
            }
            for (TableThing thing : own) {
                for (CandidateFact f : proposal.facts()) {
                    if (f.subject().equals(thing.entity().key()) && f.property().equals("count")
                            && f.node().containsKey("countValue")) {
                        thing.counts().add(f);
                        continue;
                    }
                    if (f.literal() || !f.object().equals(thing.entity().key())) {
                        continue;
                    }
                    if (rowOf.containsKey(f.subject())) {
                        thing.ofRow().get(rowOf.get(f.subject())).add(f);
                    } else if (!CandidateEntity.isKey(f.subject())) {
                        thing.about().add(f);
                    }
                }
            }
            things.addAll(own);
        }
        if (rows == null) {
            throw new IllegalStateException("the layout has no table kind for every table (add one without headers)");
        }
        return new Rows(rows.kind(), rows.leads(), rows.rows(), rows.items(), rows.entities(), rows.facts(), things);
    }

    /** The kind, rows and items a proposal gives, if it decides the table's kind; else null. */
    private Rows rowsAndItems(Segmentation.Table t, TextPassage passage, Proposal proposal) {
        Optional<String> kindName = proposal.facts().stream().filter(f -> f.literal()
                && f.property().equals(TableItemExtractor.KIND) && f.subject().equals(t.id()))
                .map(CandidateFact::object).findFirst();
        if (kindName.isEmpty()) {
            return null;
        }
        LayoutConfig.TableKind kind = layout.extraction().tableKinds().stream()
                .filter(k -> k.kind().equals(kindName.get())).findFirst().orElseThrow();
        boolean leads = proposal.facts().stream().anyMatch(f -> f.literal()
                && f.property().equals(TableItemExtractor.LEADS) && f.subject().equals(t.id()));
        Map<Integer, List<CandidateEntity>> byPart = new LinkedHashMap<>();
        Map<String, CandidateEntity> entities = new LinkedHashMap<>();
        for (CandidateEntity e : proposal.entities()) {
            entities.put(e.key(), e);
            int part = passage.partAt(e.evidence().start()).map(passage.parts()::indexOf).orElse(-1);
            byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(e);
        }
        List<CandidateEntity> rows = new ArrayList<>();
        List<List<List<CandidateEntity>>> items = new ArrayList<>();
        int part = 2;
        for (Segmentation.Row r : t.rows()) {
            rows.add(byPart.getOrDefault(part++, List.of()).stream().findFirst().orElseThrow());
            List<List<CandidateEntity>> ofRow = new ArrayList<>();
            for (int i = 0; i < r.items().size(); i++) {
                ofRow.add(byPart.getOrDefault(part++, List.of()));
            }
            items.add(ofRow);
        }
        return new Rows(kind, leads, rows, items, entities, proposal.facts(), List.of());
    }

    /**
     * A table as the passage of the rows phase: each row its group cell and name (a page break first where the
     * group cell tops a continuation page), marked with the row's mark, then every prose line at its line.
     */
    static TextPassage groupsPassage(Segmentation.Table t, List<Segmentation.ProseLine> prose) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        for (Segmentation.Row r : t.rows()) {
            pieces.add(new TextPassage.Piece((r.groupAtPageTop() ? String.valueOf(TableGroupExtractor.PAGE_TOP) : "")
                    + (r.group() == null ? "" : r.group()) + "\t" + r.name(), rowAt(t, r), Optional.of(r.mark())));
        }
        for (Segmentation.ProseLine p : prose) {
            pieces.add(new TextPassage.Piece(p.text(), "L" + p.line(), Optional.empty()));
        }
        return TextPassage.joined(t.id(), pieces);
    }

    /**
     * The merge of the rows phase for one table: each row in the group its candidate says (none where there is
     * none), a row moved by a list no longer at a page top and noted why, and the groups the prose says are part of
     * another; the groups' names are those proposed.
     */
    private Grouped groups(Segmentation.Table t, List<Segmentation.ProseLine> prose, ExtractionContext context) {
        TextPassage passage = groupsPassage(t, prose);
        List<Segmentation.Row> rows = new ArrayList<>(t.rows());
        List<String> notes = new ArrayList<>();
        List<Subset> subsets = new ArrayList<>();
        for (Extractor x : rowsPhase.stream().filter(x -> x.reads() == Extractor.Whole.TABLE_GROUPS).toList()) {
            Proposal proposal = x.propose(passage, context);
            Map<String, CandidateEntity> proposed = new LinkedHashMap<>();
            proposal.entities().forEach(e -> proposed.put(e.key(), e));
            String[] groupOf = new String[rows.size()];
            boolean[] moved = new boolean[rows.size()];
            for (CandidateFact f : proposal.facts()) {
                CandidateEntity subject = proposed.get(f.subject());
                CandidateEntity object = proposed.get(f.object());
                if (subject == null || object == null) {
                    continue;
                }
                if (f.property().equals(TableGroupExtractor.IN_GROUP)) {
                    // the row a candidate is about is the part its proposed row was read from
                    int row = passage.partAt(subject.evidence().start()).map(passage.parts()::indexOf).orElse(-1);
                    if (row >= 0 && row < rows.size()) {
                        groupOf[row] = object.name();
                        if (f.rule().endsWith("/listed")) {
                            moved[row] = true;
                            notes.add(f.why());
                        }
                    }
                } else {
                    String at = passage.partAt(f.evidence().start()).map(TextPassage.Part::at).orElse(passage.at());
                    subsets.add(new Subset(subject.name(), f.property(), object.name(), at, f.why()));
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                Segmentation.Row r = rows.get(i);
                rows.set(i, new Segmentation.Row(r.line(), r.mark(), r.name(), groupOf[i],
                        r.groupAtPageTop() && !moved[i], r.items(), r.footnotes(), r.cells()));
            }
        }
        Segmentation.Table fixed = new Segmentation.Table(t.id(), t.number(), t.caption(), t.captionLine(), t.header(),
                t.nameHeader(), t.itemsHeader(), rows, t.firstLine(), t.lastLine(), t.pieces(), t.source(),
                t.layoutNotes());
        return new Grouped(fixed, subsets, notes);
    }

    /**
     * A body a lead column names for a row, its class, its acronym if the cell glosses it with one, and the link to
     * it.
     */
    private record LeadBody(String name, String type, String acronym, String property) {
    }

    /**
     * The merge of the rows phase's extractors that read the table as one passage: for each row, in order, the
     * bodies a lead column other than the last names, as proposed (the last is read with the items).
     */
    private List<List<LeadBody>> leads(Segmentation.Table t, ExtractionContext context) {
        List<List<LeadBody>> out = new ArrayList<>();
        t.rows().forEach(r -> out.add(new ArrayList<>()));
        TextPassage passage = TransposedTable.passage(t, r -> rowAt(t, r));
        for (Extractor x : rowsPhase.stream().filter(x -> x.reads() == Extractor.Whole.TABLE).toList()) {
            Proposal proposal = x.propose(passage, context);
            Map<String, CandidateEntity> proposed = new LinkedHashMap<>();
            proposal.entities().forEach(e -> proposed.put(e.key(), e));
            Map<String, String> acronyms = new LinkedHashMap<>();
            proposal.facts().stream().filter(f -> f.literal() && f.property().equals(TableLeadExtractor.ACRONYM))
                    .forEach(f -> acronyms.putIfAbsent(f.subject(), f.object()));
            for (CandidateFact f : proposal.facts()) {
                CandidateEntity row = proposed.get(f.subject());
                CandidateEntity body = f.literal() ? null : proposed.get(f.object());
                if (row == null || body == null) {
                    continue;
                }
                // the row a candidate is about is the part its proposed row was read from (the header comes first)
                int i = passage.partAt(row.evidence().start()).map(passage.parts()::indexOf).orElse(-1) - 1;
                if (i >= 0 && i < out.size()) {
                    out.get(i).add(new LeadBody(body.name(), body.type(), acronyms.get(body.key()), f.property()));
                }
            }
        }
        return out;
    }

    /**
     * The entity of a body a lead cell names: the one drafted under that name before, else a new one of the class
     * proposed.
     */
    private String leadBody(String name, String type, String at) {
        String folded = folder.fold(name);
        for (EntityBuilder b : book.definitions()) {
            if (b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(folded))) {
                return b.id();
            }
        }
        return book.define("lead-" + (++leadBodies), type, at).label(book.language(), name)
                .comment("named in a lead column ('" + name + "')").id();
    }

    /**
     * The programme a table's item is named after: the thing of that class the draft names so (a measure of the
     * same name is not it), else a new one.
     */
    private String namedProgramme(String name, String type, String at) {
        String folded = folder.fold(name);
        for (EntityBuilder b : book.definitions()) {
            if (b.types().contains(type) && b.labels().values().stream().anyMatch(l -> folder.fold(l).equals(folded))) {
                return b.id();
            }
        }
        return book.define("programme-" + (++namedProgrammes), type, at).label(book.language(), name)
                .comment("the programme a table's item is named after ('" + name + "')").id();
    }

    /** The top-level items drafted for each row so far, by the row's id. */
    Map<String, List<EntityBuilder>> itemsByRow() {
        return java.util.Collections.unmodifiableMap(itemsOfRow);
    }

    /** A row whose area is linked once every table and name is known. */
    private record PendingParent(EntityBuilder row, Segmentation.Table table, Segmentation.Section section,
            String property) {
    }

    /**
     * The merge of the parents phase ({@link Extractor.Phase#PARENTS}), to be called after names and acronyms were
     * added to the drafted entities: each sub-area table's places (its caption and section title) are read with an
     * outline of the draft as it stands, but the table's own things; its rows are linked to the area proposed, by the
     * kind's link where it is a policy area, else as narrower, and the rows of a detail table become one with the
     * items of the row it details.
     */
    void linkParents(ExtractionContext context) {
        List<Extractor> parents = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.PARENTS)
                .toList();
        Map<Segmentation.Table, Optional<String>> proposed = new LinkedHashMap<>();
        Map<Segmentation.Table, List<EntityBuilder>> rowsOf = new LinkedHashMap<>();
        Map<Segmentation.Table, String> parentOf = new LinkedHashMap<>();
        for (PendingParent p : pendingParents) {
            proposed.computeIfAbsent(p.table(), t -> parent(parents, t, p.section(), context))
                    .filter(id -> !id.equals(p.row().id())).ifPresent(id -> {
                boolean area = book.typesOf(id).contains("PolicyArea");
                p.row().ref(area ? p.property() : "skos:broader", id, null);
                rowsOf.computeIfAbsent(p.table(), k -> new ArrayList<>()).add(p.row());
                parentOf.put(p.table(), id);
            });
        }
        pendingParents.clear();
        List<Extractor> details = Extractors.every(layout).stream().filter(x -> x.phase() == Extractor.Phase.DETAILS)
                .toList();
        rowsOf.forEach((table, rows) -> mergeDetailedItems(details, table, rows,
                itemsOfRow.getOrDefault(parentOf.get(table), List.of()), context));
    }

    /** The area the parents phase's extractors propose a table belongs to, the first proposed. */
    private Optional<String> parent(List<Extractor> parents, Segmentation.Table t, Segmentation.Section section,
            ExtractionContext context) {
        List<TextPassage.Piece> places = new ArrayList<>();
        if (t.caption() != null) {
            places.add(new TextPassage.Piece(t.caption(), t.id() + " L" + t.captionLine(), Optional.of("caption")));
        }
        if (section != null) {
            places.add(new TextPassage.Piece(section.title(), "L" + section.firstLine(), Optional.of("section")));
        }
        TextPassage passage = TextPassage.joined(t.id(), places);
        // the draft as it stands, but the table's own rows and items
        ExtractionContext outlined = context.withOutline(new Outline(book.definitions().stream()
                .filter(b -> !b.id().contains("/" + t.id() + "-")).map(b -> OutlinePhase.drafted(b, book.language()))
                .toList(), Map.of()));
        for (Extractor x : parents) {
            for (CandidateFact f : x.extract(passage, outlined)) {
                if (f.property().equals(TableParentExtractor.PARENT) && f.subject().equals(t.id())) {
                    return Optional.of(f.object());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The merge of the details phase ({@link Extractor.Phase#DETAILS}) for one detail table: its rows (names as
     * drafted) and the items of the row it details (names as printed, else as drafted) are one passage; a row an
     * extractor proposes is the same thing as an item becomes one entity with it.
     */
    private void mergeDetailedItems(List<Extractor> details, Segmentation.Table t, List<EntityBuilder> rows,
            List<EntityBuilder> items, ExtractionContext context) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        rows.forEach(r -> pieces.add(new TextPassage.Piece(r.labels().getOrDefault(book.language(), ""), at(r, t),
                Optional.of(DetailRowExtractor.ROW))));
        items.forEach(i -> pieces.add(new TextPassage.Piece(i.altLabels().getOrDefault(book.language(), List.of())
                .stream().findFirst().orElse(i.labels().getOrDefault(book.language(), "")), at(i, t),
                Optional.of(DetailRowExtractor.ITEM))));
        TextPassage passage = TextPassage.joined(t.id(), pieces);
        for (Extractor x : details) {
            Proposal proposal = x.propose(passage, context);
            Map<String, Integer> partOf = new LinkedHashMap<>();
            proposal.entities().forEach(e -> partOf.put(e.key(), passage.partAt(e.evidence().start())
                    .map(passage.parts()::indexOf).orElse(-1)));
            for (CandidateFact f : proposal.facts()) {
                int item = partOf.getOrDefault(f.subject(), -1) - rows.size();
                int row = partOf.getOrDefault(f.object(), -1);
                if (f.property().equals(DetailRowExtractor.SAME) && item >= 0 && item < items.size() && row >= 0
                        && row < rows.size()) {
                    book.merge(items.get(item).id(), rows.get(row).id());
                }
            }
        }
    }

    private static String at(EntityBuilder b, Segmentation.Table t) {
        return b.at() == null ? t.id() : b.at();
    }

    /**
     * Targets an item states (a multiplier, "2배", or a count, "20개 이상"), as the rows phase's extractors of one
     * passage read them from the item's text about the item: each a node of its own, written on a measure only; a
     * node value keyed "p/C/q" goes into a node of class C under property p.
     */
    private void targets(EntityBuilder item, String text, String at, ExtractionContext context) {
        if (!item.types().contains("Measure")) {
            return;
        }
        TextPassage passage = new TextPassage(text, at, Optional.of(item.id()), List.of());
        for (Extractor x : rowsPhase.stream().filter(x -> x.reads() == Extractor.Whole.NONE).toList()) {
            for (CandidateFact f : x.extract(passage, context)) {
                if (f.literal() || f.node().isEmpty() || !f.subject().equals(item.id())) {
                    continue;
                }
                EntityBuilder node = EntityBuilder.nested(f.object());
                Map<String, EntityBuilder> inner = new LinkedHashMap<>();
                Map<String, String> innerProperty = new LinkedHashMap<>();
                f.node().forEach((key, value) -> {
                    String[] k = key.split("/", -1);
                    if (k.length == 3) {
                        inner.computeIfAbsent(k[0] + "/" + k[1], n -> EntityBuilder.nested(k[1]))
                                .literal(k[2], value, false, null);
                        innerProperty.put(k[0] + "/" + k[1], k[0]);
                    } else {
                        node.literal(key, value, false, null);
                    }
                });
                inner.forEach((n, b) -> node.nested(innerProperty.get(n), b, null));
                item.nested(f.property(), node, null);
            }
        }
    }

    static String rowAt(Segmentation.Table t, Segmentation.Row r) {
        return t.id() + "#" + r.mark() + " L" + r.line();
    }

    /**
     * The mark a group cell opens with ("1. 기초연구 확대", "Ⅱ. 전략기술 선도", "③ …"): a number, a circled number or a
     * Roman numeral, a full stop or bracket and a blank, then the group's name.
     */
    private static final java.util.regex.Pattern GROUP_MARK = java.util.regex.Pattern.compile(
            "^\\s*(\\d{1,2}|[①-⑳]|[Ⅰ-Ⅻ])[.)]?\\s+(\\S.*)$");

    /** A group's mark, its place among the table's groups, and its name without the mark. */
    private record GroupMark(String mark, int order, String name) {
    }

    /**
     * The mark of a group cell, where the marks count the table's groups in order (the n-th group's mark is n), as
     * a numbered list of a plan's strategies prints them: the group's number and order in the plan. The cell is the
     * row's cell that prints the group's name, with or without the mark the reading of groups kept.
     */
    private static Optional<GroupMark> groupMark(Segmentation.Row r, int nth) {
        for (String cell : r.cells()) {
            java.util.regex.Matcher m = GROUP_MARK.matcher(cell.strip());
            if (!m.matches() || !(cell.strip().equals(r.group().strip()) || m.group(2).strip().equals(r.group().strip()))) {
                continue;
            }
            String mark = m.group(1);
            char c = mark.charAt(0);
            int value = c >= '①' && c <= '⑳' ? c - '①' + 1 : c >= 'Ⅰ' && c <= 'Ⅻ' ? c - 'Ⅰ' + 1
                    : Integer.parseInt(mark);
            return value == nth ? Optional.of(new GroupMark(mark, nth, m.group(2).strip())) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The period a programme's row prints in a cell of its own ("2027~2031", under 사업기간): the programme runs
     * then, and is planned if it starts after the brief's own date, ongoing if the brief's date falls within it.
     */
    private static void runs(Segmentation.Row r, EntityBuilder row, ExtractionContext context) {
        for (String cell : r.cells()) {
            String c = cell.strip();
            Optional<DateSpan> period = context.periods().apply(c).stream()
                    .filter(p -> p.start() == 0 && p.end() == c.length()).findFirst();
            if (period.isEmpty()) {
                continue;
            }
            String[] fromTo = period.get().iso().split("/");
            row.literal("period", period.get().iso(), false, null);
            context.briefDate().ifPresent(b -> {
                Optional<String> from = DateSpan.relative(fromTo[0], b);
                Optional<String> to = DateSpan.relative(fromTo[1], b);
                if (from.equals(Optional.of("planned"))) {
                    row.literal("status", "planned", false, null);
                } else if (from.equals(Optional.of("done")) && !to.equals(Optional.of("done"))) {
                    row.literal("status", "ongoing", false, null);
                }
            });
            return;
        }
    }

    /** A row mark as a slug: "3" stays, "⑬" becomes 13. */
    static String markNumber(String mark) {
        if (mark.length() == 1 && mark.charAt(0) >= '①' && mark.charAt(0) <= '⑳') {
            return String.valueOf(mark.charAt(0) - '①' + 1);
        }
        return mark.replaceAll("[^0-9a-z]", "");
    }
}
