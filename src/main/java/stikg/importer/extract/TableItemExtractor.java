package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The rows of a table of things in rows and the items of its last column, read from the table as one passage
 * ({@link Extractor.Whole#TABLE_ITEMS}: its caption, the headers of its name and items columns, then each row's name
 * followed by its items). It decides the table's kind ({@link TableKinds}: by the counted title of its caption,
 * {@code /caption}, else by its headers, {@code /headers}) and proposes each row with the class the kind gives it.
 * Where the last column names who leads each row (its header is one of the lead column's), each body an item lists
 * ("과학기술부·교육부", apart by the lead column's separators) leads the row ({@code /lead}), with the class its
 * name's ending gives, else the lead column's; else each item (not a remark on one) is a thing of the kind's item
 * class, one per action it lists where the kind says so ({@code /item}, its name without what belongs to the list,
 * the text as printed its alias), linked to its row and a nested item to the item it is nested under, by the
 * kind's properties. The merge numbers the rows and items, resolves a body to the one the draft names so, else
 * defines it, and links the rows to the table's groups, scheme, plan and parent area.
 */
public final class TableItemExtractor implements TableItemsReader {

    /** The property of a candidate from the table (by its id, the passage's locator) to the name of its kind. */
    public static final String KIND = "tableKind";
    /**
     * The property of a candidate from the table to the header of its last column, where that column names who leads
     * each row rather than items of it.
     */
    public static final String LEADS = "leadColumn";
    /** The property of a candidate from an item to its text as printed, where its name leaves words out. */
    public static final String PRINTED = "printedAs";

    /** The property of a candidate from an item to the programme it is named after ({@link Programmes}). */
    public static final String NAMED = "namesProgramme";

    /**
     * The layout's kinds of tables, its lead column, its words (a body's class by its name's ending), its actions,
     * the programmes items are named after, and the ending of an item that states a policy rather than names a thing.
     */
    public record Settings(TableKinds.Settings kinds, LayoutConfig.LeadColumn lead, LayoutConfig.Words words,
            ActionSplitter actions, Programmes programmes, Pattern policyEnd) {

        public static Settings from(LayoutConfig layout) {
            return new Settings(TableKinds.Settings.from(layout), layout.structure().leadColumn(), layout.words(),
                    new ActionSplitter(layout), Programmes.from(layout),
                    layout.extraction().topics().statements().policyEnd());
        }
    }

    /**
     * A measure a table lists by a programme's name is carried out through that programme, which curators record
     * beside the measure ("<li>… 실증 프로그램</li>" under a column "대표 사업": the measure, and the programme it uses).
     * An item names a programme where it is one name (a single action, no quoted name inside, which the name reader
     * takes) and either its ending is a programme's class word, or the items column's header names programmes and
     * the item does not end in a word of policy ("… 조성", "… 도입": an action, not a name).
     */
    public record Programmes(List<String> itemTypes, List<String> headerWords, String type, String group,
            String property) {

        public static final Setting<List<String>> ITEM_TYPES = new Setting<>("itemTypes", List.of("Measure"),
                "the classes of items that may be named after a programme (default: Measure)");
        public static final Setting<List<String>> HEADER_WORDS = new Setting<>("headerWords", List.of("사업",
                "프로그램"), "words of an items column's header saying its items are programmes ('대표 사업'; default: "
                + "사업, 프로그램)");
        public static final Setting<String> TYPE = new Setting<>("type", "Program",
                "the class of the programme an item names where the header decides (default: Program)");
        public static final Setting<String> GROUP = new Setting<>("group", "programme",
                "the class group whose class words, ending an item, make it a programme's name (default: programme)");
        public static final Setting<String> PROPERTY = new Setting<>("property", "usesProgram",
                "the property from the item's measure to the programme (default: usesProgram)");

        public Programmes {
            itemTypes = List.copyOf(itemTypes);
            headerWords = List.copyOf(headerWords);
        }

        public static Programmes from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("tableProgrammes"), "tableProgrammes",
                    List.of(ITEM_TYPES, HEADER_WORDS, TYPE, GROUP, PROPERTY));
            return new Programmes(ITEM_TYPES.from(given), HEADER_WORDS.from(given), TYPE.from(given), GROUP.from(given),
                    PROPERTY.from(given));
        }
    }

    private final Settings settings;
    private final TableKinds kinds;

    public TableItemExtractor(Settings settings) {
        this.settings = settings;
        this.kinds = new TableKinds(settings.kinds());
    }

    @Override
    public String id() {
        return "table-items";
    }

    @Override
    public TableKinds kinds() {
        return kinds;
    }

    @Override
    public Proposal propose(TableItems table, TableKinds.Decided decided, ExtractionContext context) {
        TextPassage passage = table.passage();
        LayoutConfig.TableKind kind = decided.kind();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        int captionAt = table.caption().start();
        Evidence kindAt = decided.title().map(s -> new Evidence(passage.at(), captionAt + s[0],
                captionAt + s[1])).orElse(table.headers());
        facts.add(new CandidateFact(passage.at(), KIND, kind.kind(), true, id() + (decided.title().isPresent()
                ? "/caption" : "/headers"), kindAt, decided.title().isPresent()
                ? "the counted title of the caption names what the table lists" : "the headers of the table"));
        String itemsHeader = table.itemsHeader();
        boolean leads = !itemsHeader.isEmpty() && settings.lead().headers().stream().anyMatch(itemsHeader::contains);
        if (leads) {
            int start = table.header().start() + table.nameHeader().length() + 1;
            facts.add(new CandidateFact(passage.at(), LEADS, itemsHeader, true, id() + "/lead-column",
                    new Evidence(passage.at(), start, start + itemsHeader.length()), "the last column's header is a "
                    + "lead column's: it names who leads each row, not items of it"));
        }
        int rows = 0;
        for (TableItems.Row r : table.rows()) {
            String rowKey = CandidateEntity.BLANK + "row-" + (++rows);
            entities.add(new CandidateEntity(rowKey, kind.row().type(), r.part().in(passage), r.mark(),
                    new Evidence(passage.at(), r.part().start(), r.part().end()), "row " + r.mark()
                    + " of a table of kind '" + kind.kind() + "'"));
            // the key of the first action of each item of the row so far (null for a remark), by the item's place
            List<String> firstOfItem = new ArrayList<>();
            List<Integer> depthOfItem = new ArrayList<>();
            for (TextPassage.Part p : r.items()) {
                String text = p.in(passage);
                int depth = 1;
                while (depth - 1 < text.length() && text.charAt(depth - 1) == '\t') {
                    depth++;
                }
                String item = text.substring(depth - 1);
                int itemAt = p.start() + depth - 1;
                boolean remark = TableItems.remark(p);
                int parent = remark ? -1 : parentOf(depthOfItem, depth);
                int place = firstOfItem.size();
                firstOfItem.add(null);
                depthOfItem.add(remark ? 0 : depth);
                if (leads) {
                    for (String body : settings.lead().bodies(item)) {
                        String key = CandidateEntity.BLANK + "body-" + (entities.size() + 1);
                        Evidence at = within(passage, itemAt, item, body);
                        entities.add(new CandidateEntity(key, settings.words().typeBySuffix(body)
                                .orElse(settings.lead().type()), body, "lead", at, "named in a lead column ('" + body
                                + "')"));
                        facts.add(new CandidateFact(rowKey, settings.lead().property(), key, false, id() + "/lead",
                                at, "the last column '" + itemsHeader + "' names who leads the row"));
                    }
                    continue;
                }
                if (remark || item.isBlank()) {
                    continue;
                }
                LayoutConfig.Role role = kind.item();
                List<ActionSplitter.Action> actions = role.actions() ? settings.actions().split(item)
                        : List.of(new ActionSplitter.Action(item, null));
                for (int a = 0; a < actions.size(); a++) {
                    ActionSplitter.Action action = actions.get(a);
                    String local = (place + 1) + (actions.size() > 1 ? "-" + (a + 1) : "");
                    String key = CandidateEntity.BLANK + "item-" + rows + "-" + local;
                    Evidence at = within(passage, itemAt, item, action.printed() != null ? action.printed()
                            : action.name());
                    entities.add(new CandidateEntity(key, role.type(), action.name(), local, at, actions.size() > 1
                            ? "action " + (a + 1) + " of " + actions.size() + " the item lists" : "an item of the row"));
                    if (a == 0) {
                        firstOfItem.set(place, key);
                    }
                    if (action.printed() != null) {
                        facts.add(new CandidateFact(key, PRINTED, action.printed(), true, id() + "/printed", at,
                                "the action as printed"));
                    }
                    if (role.rowToItem() != null) {
                        facts.add(new CandidateFact(rowKey, role.rowToItem(), key, false, id() + "/item", at,
                                "an item of the row"));
                    }
                    if (role.itemToRow() != null) {
                        facts.add(new CandidateFact(key, role.itemToRow(), rowKey, false, id() + "/item", at,
                                "an item of the row"));
                    }
                    if (depth > 1 && parent >= 0 && role.childToItem() != null && firstOfItem.get(parent) != null) {
                        facts.add(new CandidateFact(key, role.childToItem(), firstOfItem.get(parent), false,
                                id() + "/nested", at, "an item nested under another"));
                    }
                    if (actions.size() == 1 && settings.programmes().itemTypes().contains(role.type())) {
                        Optional<String> type = programme(action.name(), itemsHeader, context);
                        if (type.isPresent()) {
                            String named = CandidateEntity.BLANK + "programme-" + rows + "-" + local;
                            entities.add(new CandidateEntity(named, type.get(), action.name(), NAMED, at,
                                    "the programme the item is named after"));
                            facts.add(new CandidateFact(key, settings.programmes().property(), named, false,
                                    id() + "/programme", at, "an item named after a programme uses it"));
                        }
                    }
                }
            }
        }
        return new Proposal(entities, facts);
    }

    /**
     * The class of the programme an item of a measure is named after, if it is: its own class word, where that is a
     * programme's, else the header's class where the header names programmes and the item is no action.
     */
    private Optional<String> programme(String name, String itemsHeader, ExtractionContext context) {
        Programmes p = settings.programmes();
        if (name.isBlank() || name.chars().anyMatch(c -> "'‘’\"“”「」『』".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        List<String> group = context.classGroups().getOrDefault(p.group(), List.of());
        Optional<String> own = settings.words().typeBySuffix(name).filter(group::contains);
        if (own.isPresent()) {
            return own;
        }
        boolean header = p.headerWords().stream().anyMatch(itemsHeader::contains);
        return header && !settings.policyEnd().matcher(name.strip()).find() ? Optional.of(p.type())
                : Optional.empty();
    }

    /**
     * The place of the item a nested one is under: the nearest item before it a level up, unless an item
     * shallower than that stands between (then none, -1).
     */
    private static int parentOf(List<Integer> depths, int depth) {
        for (int i = depths.size() - 1; i >= 0; i--) {
            int d = depths.get(i);
            if (d == 0) {
                continue; // a remark
            }
            if (d <= depth - 1) {
                return d == depth - 1 ? i : -1;
            }
        }
        return -1;
    }


    /** Where {@code words} stand in an item's text starting at {@code itemAt}, else the whole item. */
    private static Evidence within(TextPassage passage, int itemAt, String item, String words) {
        int i = words.isBlank() ? -1 : item.indexOf(words);
        return i >= 0 ? new Evidence(passage.at(), itemAt + i, itemAt + i + words.length())
                : new Evidence(passage.at(), itemAt, itemAt + item.length());
    }
}
