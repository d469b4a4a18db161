package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The scheme whose members the rows of a table are, read from the table with its caption and items as one passage
 * ({@link Extractor.Whole#TABLE_ITEMS}), where the table's kind ({@link TableKinds}) says its rows are in a scheme (a
 * table of technology areas). A caption counting as many technologies as the table has rows ("9대 전략기술",
 * "12대 국가전략기술의 유형별 분류") names a list of them, by its counted title without its particle
 * ({@code /list}); else the table is a scheme named by its caption ({@code /caption}) or, without one, by its
 * number ({@code /untitled}). Each row is in the scheme, and the plan the brief is about, where known, has it as its
 * scheme of technologies. The merge defines the scheme before the table's groups and rows, and cites the document
 * the table's source line cites.
 */
public final class TableSchemeExtractor implements TableItemsReader {

    /** The kinds of tables, the name of an untitled table, and the layout's {@code settings.tableSchemes}. */
    public record Settings(TableKinds.Settings kinds, String untitled, Pattern listed, String listClass,
            String schemeClass, String planToScheme, String inScheme) {

        public static final Setting<String> LISTED = new Setting<>("countedTechnologies",
                "(?<!\\d)(\\d{1,2})\\s*대\\s+(\\S*?기술)(?:의|별)?(?=\\s|$)",
                "a caption's counted title of technologies, its first group the count and its second the title "
                        + "without its particle ('9대 전략기술', '12대 국가전략기술의 …') (default: one or two digits, "
                        + "대, then a word ending in 기술)");
        public static final Setting<String> LIST_CLASS = new Setting<>("listClass", "TechnologyList",
                "the class of a scheme whose caption counts as many technologies as the table has rows (default: "
                        + "TechnologyList)");
        public static final Setting<String> SCHEME_CLASS = new Setting<>("schemeClass", "TechnologyScheme",
                "the class of any other scheme (default: TechnologyScheme)");
        public static final Setting<String> PLAN_TO_SCHEME = new Setting<>("planToScheme", "technologyScheme",
                "the property from the plan the brief is about to the scheme (default: technologyScheme)");
        public static final Setting<String> IN_SCHEME = new Setting<>("inScheme", "skos:inScheme",
                "the property from a row to the scheme (default: skos:inScheme)");

        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("tableSchemes"), "tableSchemes",
                    List.of(LISTED, LIST_CLASS, SCHEME_CLASS, PLAN_TO_SCHEME, IN_SCHEME));
            return new Settings(TableKinds.Settings.from(layout), layout.structure().untitledTable(),
                    Pattern.compile(LISTED.from(given)), LIST_CLASS.from(given), SCHEME_CLASS.from(given),
                    PLAN_TO_SCHEME.from(given), IN_SCHEME.from(given));
        }
    }

    private final Settings settings;
    private final TableKinds kinds;

    public TableSchemeExtractor(Settings settings) {
        this.settings = settings;
        this.kinds = new TableKinds(settings.kinds());
    }

    @Override
    public String id() {
        return "table-scheme";
    }

    @Override
    public TableKinds kinds() {
        return kinds;
    }

    @Override
    public Proposal propose(TableItems table, TableKinds.Decided kind, ExtractionContext context) {
        if (!kind.kind().row().scheme()) {
            return Proposal.nothing();
        }
        TextPassage passage = table.passage();
        String caption = table.captionText();
        List<TableItems.Row> rows = table.rows();
        TextPassage.Part captionPart = table.caption();
        Matcher listed = caption == null ? null : settings.listed().matcher(caption);
        boolean isList = listed != null && listed.find() && Integer.parseInt(listed.group(1)) == rows.size();
        String name;
        String rule;
        Evidence at;
        if (isList) {
            name = listed.group(1) + "대 " + listed.group(2);
            rule = "/list";
            at = new Evidence(passage.at(), captionPart.start() + listed.start(), captionPart.start() + listed.end());
        } else if (caption != null) {
            name = caption;
            rule = "/caption";
            at = new Evidence(passage.at(), captionPart.start(), captionPart.end());
        } else {
            name = String.format(java.util.Locale.ROOT, settings.untitled(), Integer.parseInt(table.number()));
            rule = "/untitled";
            at = table.headers();
        }
        String scheme = CandidateEntity.BLANK + "scheme";
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        entities.add(new CandidateEntity(scheme, isList ? settings.listClass() : settings.schemeClass(), name,
                "scheme", at, isList ? "the caption counts as many technologies as the table has rows"
                : "a table of kind '" + kind.kind().kind() + "' is a scheme of its rows"));
        context.plan().ifPresent(plan -> facts.add(new CandidateFact(plan, settings.planToScheme(), scheme, false,
                id() + rule, at, "the plan's technology areas are the rows of the table")));
        if (isList) {
            // "9대 전략기술" counts nine of what its noun names, as a list printed in prose does
            facts.add(new CandidateFact(scheme, "count", "Count", false, id() + "/count", at,
                    "the count the caption's title gives", CountedNoun.node(listed.group(1), listed.group(2))));
        }
        for (int i = 0; i < rows.size(); i++) {
            TextPassage.Part p = rows.get(i).part();
            String row = CandidateEntity.BLANK + "row-" + (i + 1);
            Evidence rowAt = new Evidence(passage.at(), p.start(), p.end());
            entities.add(new CandidateEntity(row, "owl:Thing", p.in(passage), rows.get(i).mark(), rowAt, "row "
                    + rows.get(i).mark()));
            facts.add(new CandidateFact(row, settings.inScheme(), scheme, false, id() + "/member", rowAt,
                    "a row of the table"));
        }
        return new Proposal(entities, facts);
    }
}
