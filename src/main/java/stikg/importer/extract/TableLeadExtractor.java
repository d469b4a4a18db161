package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * Who leads each row of a table of things in rows, as a lead column other than the first and the last names it
 * ("미션 | 2035년 목표 | 주관 부처 | 대표 사업"), read from the table as one passage ({@link Extractor.Whole#TABLE}: the
 * header part, then each row's cells apart by tabs). Each body a lead cell lists ("과학기술부·교육부", apart by the
 * layout's separators) is proposed with the class its name's ending gives, else the lead column's, and its acronym
 * when the cell glosses the name with one in brackets ("연방산업에너지부(BMIE)"); the row (proposed by its name and
 * mark) is led by it. The last column is left to the table reader, which reads its items. The merge resolves a body
 * to the one the draft names so, else defines it.
 */
public final class TableLeadExtractor implements ProposingExtractor {

    /** The property of a candidate from a body to the acronym its cell glosses it with. */
    public static final String ACRONYM = "acronym";

    private static final Pattern GLOSSED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    /** The layout's lead column (its headers, separators, class and property), words and acronym pattern. */
    public record Settings(LayoutConfig.LeadColumn lead, LayoutConfig.Words words) {

        public static Settings from(LayoutConfig layout) {
            return new Settings(layout.structure().leadColumn(), layout.words());
        }
    }

    private final Settings settings;

    public TableLeadExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "table-lead";
    }

    @Override
    public Phase phase() {
        return Phase.ROWS;
    }

    @Override
    public Whole reads() {
        return Whole.TABLE;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<TextPassage.Part> parts = passage.texts();
        List<String> header = List.of(parts.get(0).in(passage).split("\t", -1));
        int leadAt = -1;
        for (int j = 1; j < header.size() - 1 && leadAt < 0; j++) {
            String h = header.get(j).replaceAll("\\s", "");
            if (settings.lead().headers().stream().anyMatch(h::contains)) {
                leadAt = j;
            }
        }
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        if (leadAt < 0) {
            return new Proposal(entities, facts);
        }
        for (int i = 1; i < parts.size(); i++) {
            TextPassage.Part row = parts.get(i);
            String[] cells = row.in(passage).split("\t", -1);
            if (leadAt >= cells.length) {
                continue;
            }
            Evidence cellAt = row.cell(passage, leadAt);
            String rowKey = null;
            for (String body : settings.lead().bodies(cells[leadAt])) {
                if (rowKey == null) {
                    rowKey = CandidateEntity.BLANK + "row-" + i;
                    entities.add(new CandidateEntity(rowKey, "owl:Thing", cells[0].strip(), row.mark().orElse(""),
                            new Evidence(passage.at(), row.start(), row.end()), "a row of a table with a lead column"));
                }
                Matcher g = GLOSSED.matcher(body);
                String name = g.matches() ? g.group(1).strip() : body;
                String key = CandidateEntity.BLANK + "body-" + (entities.size() + 1);
                entities.add(new CandidateEntity(key, settings.words().typeBySuffix(name).orElse(settings.lead()
                        .type()), name, "lead", cellAt, "named in a lead column ('" + name + "')"));
                facts.add(new CandidateFact(rowKey, settings.lead().property(), key, false, id() + "/body", cellAt,
                        "column '" + header.get(leadAt) + "' names who leads the row"));
                if (g.matches() && g.group(2).strip().matches(settings.words().acronym().pattern())) {
                    facts.add(new CandidateFact(key, ACRONYM, g.group(2).strip(), true, id() + "/acronym", cellAt,
                            "the acronym in brackets after the body's name"));
                }
            }
        }
        return new Proposal(entities, facts);
    }
}
