package stikg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NameFolder;

/**
 * The groups of a table of things in rows, read from one passage ({@link Extractor.Whole#TABLE_GROUPS}): each row's
 * group cell and name, then the prose lines of the brief. It decides which rows a group cell heads when the cell was
 * printed at the top of a continuation page, where the PDF extraction can put a header next to the wrong rows: when
 * the prose lists the members of that group ("6대 … : ①a, ②b, …"), the list wins over the layout: listed rows keep
 * the group, the others keep the group in force before the page break ({@code /listed}, its evidence the list). It
 * also finds where the prose says one group is part of another (a line naming group A, a subset word, and at least
 * half, and two, of the members of group B: {@code /subset}, its evidence that line). It proposes each group (in the
 * order its rows come) and each row, and which group each row is in ({@code /cell}, its evidence the row); the merge
 * gives them the classes and links the table's kind says.
 */
public final class TableGroupExtractor implements ProposingExtractor {

    /** The property of a candidate from a row to the group it is in (read by the merge, never written as such). */
    public static final String IN_GROUP = "inGroup";
    /** The property of a candidate from a group to the group the prose says it is part of. */
    public static final String PART_OF = "subCategoryOf";
    /** What starts a row's text when its group cell is printed at the top of a continuation page: a page break. */
    public static final char PAGE_TOP = '\f';

    /** The settings of this extractor (the layout's keys {@code enumeration} and {@code subsetWords}). */
    public record Settings(Pattern enumeration, List<String> subsetWords, Pattern enumerationItem,
            NameFolder folder) {

        public static final Setting<Pattern> ENUMERATION = new Setting<>("enumeration", Pattern.compile("(?!)"),
                "a prose line listing the members of a named group, its second group the members (default: none is "
                        + "read)");
        public static final Setting<List<String>> SUBSET_WORDS = new Setting<>("subsetWords", List.of(),
                "words that tell one group is part of another (default: none)");

        public Settings {
            subsetWords = List.copyOf(subsetWords);
        }

        /** The layout's settings, its pattern of a list's items and its words to fold names with. */
        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            return new Settings(ENUMERATION.from(ex.settings()), SUBSET_WORDS.from(ex.settings()),
                    ex.enumerationItem(), new NameFolder(layout.words()));
        }
    }

    private final Settings settings;

    public TableGroupExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "table-groups";
    }

    @Override
    public Phase phase() {
        return Phase.ROWS;
    }

    @Override
    public Whole reads() {
        return Whole.TABLE_GROUPS;
    }

    /** A row of the passage: its part, its group (null if none), its name, whether its group cell tops a page. */
    private record Row(TextPassage.Part part, String mark, String group, String name, boolean atPageTop) {
    }

    /** A prose list of the members of a named group. */
    private record Enumeration(TextPassage.Part part, String name, List<String> items) {
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<Row> rows = new ArrayList<>();
        List<TextPassage.Part> prose = new ArrayList<>();
        for (TextPassage.Part p : passage.texts()) {
            String text = p.in(passage);
            if (p.mark().isEmpty()) {
                prose.add(p);
                continue;
            }
            boolean top = !text.isEmpty() && text.charAt(0) == PAGE_TOP;
            String[] cells = (top ? text.substring(1) : text).split("\t", -1);
            if (cells.length != 2) {
                return Proposal.nothing();
            }
            rows.add(new Row(p, p.mark().get(), cells[0].isBlank() ? null : cells[0].strip(), cells[1].strip(), top));
        }
        if (rows.isEmpty()) {
            return Proposal.nothing();
        }
        List<String> groupOf = new ArrayList<>(rows.stream().map(Row::group).toList());
        List<Optional<String>> listedBy = new ArrayList<>(rows.stream().map(r -> Optional.<String>empty()).toList());
        List<Optional<TextPassage.Part>> listedAt = new ArrayList<>(rows.stream()
                .map(r -> Optional.<TextPassage.Part>empty()).toList());
        List<Enumeration> lists = enumerations(passage, prose);
        NameFolder folder = settings.folder();
        for (int i = 1; i < rows.size(); i++) {
            Row top = rows.get(i);
            if (!top.atPageTop()) {
                continue;
            }
            String printed = top.group();
            String before = groupOf.get(i - 1);
            int end = i;
            while (end + 1 < rows.size() && Objects.equals(groupOf.get(end + 1), printed)) {
                end++;
            }
            List<Row> run = rows.subList(i, end + 1);
            for (Enumeration e : lists) {
                if (printed == null || before == null || !folder.fold(e.name()).contains(folder.fold(printed))) {
                    continue;
                }
                List<String> members = e.items().stream().map(folder::fold).toList();
                long listed = run.stream().filter(r -> members.contains(folder.fold(r.name()))).count();
                if (listed < 2 || listed == run.size()) {
                    continue;
                }
                for (int k = i; k <= end; k++) {
                    Row r = rows.get(k);
                    if (!members.contains(folder.fold(r.name()))) {
                        groupOf.set(k, before);
                        listedAt.set(k, Optional.of(e.part()));
                        listedBy.set(k, Optional.of("layout: the group cell '" + printed + "' is printed at L"
                                + line(top.part()) + " beside row " + top.mark()
                                + " at the top of a continuation page, but the list of '" + e.name() + "' at L"
                                + line(e.part()) + " does not name row " + r.mark() + " ('" + r.name()
                                + "'), so the row stays in '" + before + "'"));
                    }
                }
                break;
            }
        }
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Map<String, String> groupKeys = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String g = groupOf.get(i);
            if (g != null && !groupKeys.containsKey(g)) {
                String key = CandidateEntity.BLANK + "group-" + (groupKeys.size() + 1);
                groupKeys.put(g, key);
                entities.add(new CandidateEntity(key, "owl:Thing", g, "g" + groupKeys.size(),
                        evidence(passage, rows.get(i).part()), "the group cell '" + g + "'"));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String key = CandidateEntity.BLANK + "row-" + (i + 1);
            entities.add(new CandidateEntity(key, "owl:Thing", r.name(), r.mark(), evidence(passage, r.part()),
                    "row " + r.mark()));
            String g = groupOf.get(i);
            if (g == null) {
                continue;
            }
            if (listedBy.get(i).isPresent()) {
                facts.add(new CandidateFact(key, IN_GROUP, groupKeys.get(g), false, id() + "/listed",
                        evidence(passage, listedAt.get(i).get()), listedBy.get(i).get()));
            } else {
                facts.add(new CandidateFact(key, IN_GROUP, groupKeys.get(g), false, id() + "/cell",
                        evidence(passage, r.part()), "the group cell of row " + r.mark()));
            }
        }
        for (String a : groupKeys.keySet()) {
            for (String b : groupKeys.keySet()) {
                if (a.equals(b)) {
                    continue;
                }
                List<String> membersOfB = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (b.equals(groupOf.get(i))) {
                        membersOfB.add(folder.fold(rows.get(i).name()));
                    }
                }
                for (TextPassage.Part p : prose) {
                    String t = folder.fold(p.in(passage));
                    int at = t.indexOf(folder.fold(a));
                    if (at < 0) {
                        continue;
                    }
                    String rest = t.substring(at);
                    boolean subset = settings.subsetWords().stream().anyMatch(rest::contains);
                    long named = membersOfB.stream().filter(rest::contains).count();
                    if (subset && named >= Math.max(2, (membersOfB.size() + 1) / 2)) {
                        facts.add(new CandidateFact(groupKeys.get(b), PART_OF, groupKeys.get(a), false,
                                id() + "/subset", evidence(passage, p), "the prose at L" + line(p)
                                + " names this group's areas as part of '" + a + "'"));
                        break;
                    }
                }
            }
        }
        return new Proposal(entities, facts);
    }

    private List<Enumeration> enumerations(TextPassage passage, List<TextPassage.Part> prose) {
        List<Enumeration> out = new ArrayList<>();
        for (TextPassage.Part p : prose) {
            Matcher m = settings.enumeration().matcher(p.in(passage));
            if (m.matches()) {
                List<String> items = new ArrayList<>();
                for (String part : settings.enumerationItem().split(m.group(2))) {
                    String item = part.strip().replaceAll("[,，、]$", "").strip();
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
                out.add(new Enumeration(p, m.group(1).strip(), items));
            }
        }
        return out;
    }

    private static final Pattern LINE = Pattern.compile("L(\\d+)(?:-\\d+)?$");

    /** The line a part's locator ends with ("T1#3 L45", "L45"), or its whole locator. */
    private static String line(TextPassage.Part p) {
        Matcher m = LINE.matcher(p.at());
        return m.find() ? m.group(1) : p.at();
    }

    private static Evidence evidence(TextPassage passage, TextPassage.Part p) {
        return p.end() > p.start() ? new Evidence(passage.at(), p.start(), p.end())
                : new Evidence(passage.at(), p.start(), p.start());
    }
}
