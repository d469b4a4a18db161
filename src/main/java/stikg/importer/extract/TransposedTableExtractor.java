package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * A transposed table, read from one passage made of the table's rows (its first part the header row, each part the
 * cells of a row apart by tabs, the row's name first; the passage's locator the table's id): its columns are the
 * things (the header row lists them: "구분 | 인공지능 | 양자기술 | …") and its rows their attributes ("주관 기관",
 * "대표 사업", "연방 예산(억 탈러)"). A table is taken for one when a row is named by a lead header (who leads is an
 * attribute, so the rows are attributes), which no table of things in rows has. For each column it proposes the
 * thing its header names ({@link #COLUMN}: the merge only resolves it to what the draft defines under that name, and
 * leaves a column naming nothing drafted alone), who the lead row says leads it, and the programme a row named by a
 * programme's class word ("대표 사업") gives, which supports it. Other rows (amounts, numbers of other lists) are left
 * to the curator. Shown on development brief (f) only (the one development brief with such a table).
 */
public final class TransposedTableExtractor implements ProposingExtractor {

    /** The local name of a proposed column's thing: resolved to the draft's definition of that name, never defined. */
    public static final String COLUMN = "column";

    private static final Pattern GLOSSED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    /** The settings of this extractor, each with a documented default, with the layout's lead column and words. */
    public record Settings(String programmeClass, String supports, LayoutConfig.LeadColumn lead,
            LayoutConfig.Words words) {

        public static final Setting<String> PROGRAMME_CLASS = new Setting<>("programmeClass", "Program",
                "the class a row's name must give by its class word for the row's cells to be programmes (default: "
                        + "Program)");
        public static final Setting<String> SUPPORTS = new Setting<>("supports", "supports",
                "the property from a row's programme to the thing of its column (default: supports)");

        /** The layout's {@code settings.transposedTables}, each setting left out at its default. */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("transposedTables"), "transposedTables",
                    List.of(PROGRAMME_CLASS, SUPPORTS));
            return new Settings(PROGRAMME_CLASS.from(given), SUPPORTS.from(given),
                    layout.structure().leadColumn(), layout.words());
        }
    }

    private final Settings settings;

    public TransposedTableExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "transposed-table";
    }

    @Override
    public Phase phase() {
        return Phase.COLUMNS;
    }

    @Override
    public Whole reads() {
        return Whole.TABLE;
    }

    /** Whether a table's rows are attributes: it has at least two columns of things, and a row named by a lead header. */
    public boolean reads(List<String> header, List<String> rowNames) {
        return header.size() >= 3 && rowNames.stream().anyMatch(this::isLead);
    }

    private boolean isLead(String rowName) {
        String n = rowName.replaceAll("\\s", "");
        return settings.lead().headers().stream().anyMatch(n::contains);
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<TextPassage.Part> parts = passage.texts();
        List<String> header = List.of(parts.get(0).in(passage).split("\t", -1));
        List<TextPassage.Part> rows = parts.subList(1, parts.size());
        List<String> names = rows.stream().map(r -> r.in(passage).split("\t", -1)[0]).toList();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        if (!reads(header, names)) {
            return new Proposal(entities, facts);
        }
        String table = passage.at();
        for (int j = 1; j < header.size(); j++) {
            String thing = null;
            for (int i = 0; i < rows.size(); i++) {
                TextPassage.Part row = rows.get(i);
                String[] cells = row.in(passage).split("\t", -1);
                if (j >= cells.length || cells[j].isBlank()) {
                    continue;
                }
                if (thing == null) {
                    thing = CandidateEntity.BLANK + "column-" + j;
                    Evidence headerAt = parts.get(0).cell(passage, j);
                    entities.add(new CandidateEntity(thing, "owl:Thing", header.get(j), COLUMN, headerAt,
                            "the thing column '" + header.get(j) + "' names"));
                }
                Evidence cellAt = row.cell(passage, j);
                String cell = cells[j].strip();
                if (isLead(names.get(i))) {
                    for (String body : bodies(cell)) {
                        Matcher g = GLOSSED.matcher(body);
                        String name = g.matches() ? g.group(1).strip() : body;
                        String key = CandidateEntity.BLANK + "body-" + (entities.size() + 1);
                        entities.add(new CandidateEntity(key, settings.words().typeBySuffix(name)
                                .orElse(settings.lead().type()), name, "lead-of-" + table + "-" + j, cellAt,
                                "named in a lead row of a transposed table"));
                        facts.add(new CandidateFact(thing, settings.lead().property(), key, false, id() + "/lead",
                                cellAt, "column '" + header.get(j) + "' of transposed table " + table));
                    }
                } else if (settings.words().typeBySuffix(names.get(i)).filter(settings.programmeClass()::equals)
                        .isPresent()) {
                    Matcher g = GLOSSED.matcher(cell);
                    String name = g.matches() ? g.group(1).strip() : cell;
                    String key = CandidateEntity.BLANK + "programme-" + (entities.size() + 1);
                    entities.add(new CandidateEntity(key, settings.programmeClass(), name, "programme-" + table,
                            cellAt, "row '" + names.get(i) + "' of transposed table " + table));
                    facts.add(new CandidateFact(key, settings.supports(), thing, false, id() + "/programme", cellAt,
                            "the programme row '" + names.get(i) + "' gives the column's thing"));
                    if (g.matches()) {
                        facts.add(new CandidateFact(key, "skos:altLabel@en", g.group(2).strip(), true, id()
                                + "/programme", cellAt, "the name in brackets after the programme's"));
                    }
                }
            }
        }
        return new Proposal(entities, facts);
    }

    private List<String> bodies(String cell) {
        List<String> out = new ArrayList<>(List.of(cell));
        for (String sep : settings.lead().separators()) {
            out = out.stream().flatMap(p -> java.util.Arrays.stream(p.split(Pattern.quote(sep)))).map(String::strip)
                    .filter(p -> !p.isEmpty()).collect(java.util.stream.Collectors.toList());
        }
        return out;
    }
}
