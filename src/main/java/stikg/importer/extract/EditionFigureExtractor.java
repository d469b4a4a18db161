package stikg.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * A table that compares the editions of a plan figure by figure, read from one passage made of the table's rows (its
 * first part the header row, marked with the table's number; each part the cells of a row apart by tabs, marked with
 * the row's mark; the passage's locator the table's id): its columns are editions ("제6차 (2022~2026) 목표", "제6차
 * 실적", "제1차 전략('21~'25)"), its rows what is measured ("정부 연구개발 총투자(5년 누적)"), and each cell one or more
 * figures ("130조 원", "목표 120억 달러 / 실적 131억 달러", "2조 7,300억 원('26)"). A table is read so when at least two
 * of its header cells name an edition: the column's edition gives the plan a figure belongs to (the context's
 * editions of the brief's plans), the figure word in the cell or else in the column's header whether it is a target
 * or an actual (a cell with neither, such as a count of fields, is no figure), a single year in the cell the year it
 * refers to, else the period in the header or the plan's own. The row names the indicator; an actual beside a target
 * of its edition, in its cell or its row, is measured against it. Every figure is proposed as new, a candidate for
 * review. Shown on development briefs (a) and (e).
 */
public final class EditionFigureExtractor implements ProposingExtractor {

    /** What separates two figures in one cell ("목표 120억 달러 / 실적 131억 달러"). */
    public record Settings(String figureSeparator, LayoutConfig.Numbers numbers, Pattern edition,
            List<String> yearApostrophes) {

        public static final Setting<String> FIGURE_SEPARATOR = new Setting<>("figureSeparator", "/",
                "what separates two figures in one cell (\"목표 120억 달러 / 실적 131억 달러\") (default: /)");

        /** The layout's {@code settings.editionFigures}, with its number words and its edition mark. */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("editionFigures"), "editionFigures",
                    List.of(FIGURE_SEPARATOR));
            return new Settings(FIGURE_SEPARATOR.from(given), layout.numbers(), layout.extraction().edition(),
                    layout.words().yearApostrophes());
        }
    }

    private final Settings settings;
    private final LayoutConfig.Numbers numbers;

    public EditionFigureExtractor(Settings settings) {
        this.settings = settings;
        this.numbers = settings.numbers();
    }

    @Override
    public String id() {
        return "edition-figure";
    }

    @Override
    public Phase phase() {
        return Phase.TABLES;
    }

    @Override
    public Whole reads() {
        return Whole.TABLE;
    }

    /** A figure's number: an amount of money (with its currency) or a count (currency null), and where it ends. */
    private record Number(String value, String currency, int end, boolean estimate) {
    }

    /** A column of figures of one edition. */
    private record EditionColumn(int index, int edition, String editionText, String kind, Optional<String> period,
            Optional<PlanEdition> plan) {
    }

    /** Whether a table of this header is read by this extractor: two of its header cells name an edition. */
    public boolean reads(List<String> header) {
        return header.stream().filter(h -> settings.edition().matcher(h).find()).count() >= 2;
    }

    /** The columns of a table that name an edition, or none when fewer than two do. */
    private List<EditionColumn> editionColumns(List<String> header, ExtractionContext context) {
        List<EditionColumn> out = new ArrayList<>();
        for (int j = 0; j < header.size(); j++) {
            String h = header.get(j);
            Matcher e = settings.edition().matcher(h);
            if (!e.find()) {
                continue;
            }
            Optional<String> period = context.periods().apply(h).stream().map(DateSpan::iso).findFirst();
            int at = e.start();
            Optional<PlanEdition> plan = context.editions().apply(h).stream().filter(p -> p.start() == at)
                    .findFirst();
            out.add(new EditionColumn(j, Integer.parseInt(e.group(1)), e.group().replaceAll("\\s", ""), kindIn(h),
                    period, plan));
        }
        return out.size() >= 2 ? out : List.of();
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<TextPassage.Part> parts = passage.texts();
        List<String> header = List.of(parts.get(0).in(passage).split("\t", -1));
        String number = parts.get(0).mark().orElse(passage.at());
        List<EditionColumn> columns = editionColumns(header, context);
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        String table = passage.at();
        for (TextPassage.Part row : parts.subList(1, parts.size())) {
            if (columns.isEmpty()) {
                break;
            }
            String[] cells = row.in(passage).split("\t", -1);
            String mark = row.mark().orElse("");
            String measured = cells[0].replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
            Evidence rowAt = new Evidence(passage.at(), row.start(), row.end());
            String indicator = null;
            Map<Integer, String> byColumn = new HashMap<>();
            for (EditionColumn c : columns) {
                if (c.index() >= cells.length) {
                    continue;
                }
                Optional<String> plan = c.plan().map(PlanEdition::plan);
                String target = null;
                List<String> actuals = new ArrayList<>();
                for (String part : cells[c.index()].split(Pattern.quote(settings.figureSeparator()))) {
                    List<Quantity> amounts = context.quantities().apply(part).stream().filter(Quantity::money)
                            .toList();
                    String kind = Optional.ofNullable(kindIn(part)).orElse(c.kind());
                    Optional<Number> n = amounts.size() == 1 ? Optional.of(new Number(amounts.get(0).value(),
                            amounts.get(0).unit(), amounts.get(0).end(), amounts.get(0).estimate()))
                            : amounts.isEmpty() ? count(part) : Optional.empty();
                    if (n.isEmpty() || kind == null) {
                        continue;
                    }
                    if (indicator == null) {
                        indicator = CandidateEntity.BLANK + "indicator-" + (entities.size() + 1);
                        entities.add(new CandidateEntity(indicator, numbers.indicatorClass(), measured, table
                                + "-indicator-" + mark, rowAt, "what row " + mark + " of table " + number
                                + " measures"));
                    }
                    Number a = n.get();
                    String word = "Actual".equals(kind) ? numbers.actualWords().get(0) : numbers.targetWords().get(0);
                    String f = CandidateEntity.BLANK + "figure-" + (entities.size() + 1);
                    entities.add(new CandidateEntity(f, kind, c.editionText() + " " + measured + " " + word, table
                            + "-figure-" + mark + "-" + c.index(), rowAt, "'" + part.strip() + "' in the column '"
                            + header.get(c.index()) + "': a figure of that edition"));
                    facts.add(fact(f, numbers.indicatorProperty(), indicator, false, "indicator", rowAt,
                            "the row names what it measures"));
                    if (a.currency() != null) {
                        facts.add(fact(f, "amount", a.value(), true, "amount", rowAt, "the amount in the cell"));
                        facts.add(fact(f, "currency", a.currency(), true, "amount", rowAt, "the amount's currency"));
                    } else {
                        facts.add(new CandidateFact(f, "count", "Count", false, id() + "/count", rowAt,
                                "the count in the cell", Map.of("countValue", a.value())));
                    }
                    if (a.estimate()) {
                        facts.add(fact(f, "isEstimate", "true", true, "amount", rowAt, "marked as an estimate"));
                    }
                    Optional<String> year = yearIn(part.substring(a.end()), context);
                    if (year.isPresent()) {
                        facts.add(fact(f, "referenceYear", year.get(), true, "year", rowAt,
                                "the year printed after the figure"));
                    } else {
                        c.period().or(() -> c.plan().flatMap(PlanEdition::period)).ifPresent(p -> facts.add(fact(f,
                                "period", p, true, "period", rowAt, "the period of the column or of its plan")));
                    }
                    plan.ifPresent(p -> facts.add(fact(f, "figureOf", p, false, "plan", rowAt,
                            "the plan of the column's edition")));
                    if ("Target".equals(kind)) {
                        target = f;
                        plan.ifPresent(p -> facts.add(fact(p, "target", f, false, "target", rowAt,
                                "the plan's figure in table " + number)));
                    } else {
                        actuals.add(f);
                    }
                    if (kind.equals(c.kind())) {
                        byColumn.put(c.index(), f);
                    }
                }
                // an actual beside a target of the same edition in one cell is measured against it
                if (target != null && actuals.size() == 1) {
                    facts.add(fact(actuals.get(0), "targetOfActual", target, false, "actual", rowAt,
                            "an actual beside its edition's target in one cell"));
                }
            }
            // an edition's actual in a column of its own is measured against its target in another of the row
            for (EditionColumn a : columns) {
                for (EditionColumn g : columns) {
                    if ("Actual".equals(a.kind()) && "Target".equals(g.kind()) && g.edition() == a.edition()
                            && byColumn.containsKey(a.index()) && byColumn.containsKey(g.index())) {
                        facts.add(fact(byColumn.get(a.index()), "targetOfActual", byColumn.get(g.index()), false,
                                "actual", rowAt, "an actual in its edition's column beside the target's"));
                    }
                }
            }
        }
        return new Proposal(entities, facts);
    }

    private CandidateFact fact(String subject, String property, String object, boolean literal, String rule,
            Evidence evidence, String why) {
        return new CandidateFact(subject, property, object, literal, id() + "/" + rule, evidence, why);
    }

    /**
     * A count in a cell, with a scale and a unit of counting from the grammar ("50만 명", "52.3만 명", "1,000명"),
     * when the cell holds exactly one.
     */
    private Optional<Number> count(String cell) {
        String scales = String.join("|", numbers.scales().keySet().stream().map(Pattern::quote).toList());
        String units = String.join("|", numbers.countUnits().stream().map(Pattern::quote).toList());
        Matcher m = Pattern.compile("(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")?\\s?(" + units + ")")
                .matcher(cell);
        if (!m.find()) {
            return Optional.empty();
        }
        java.math.BigDecimal v = new java.math.BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
            v = v.multiply(numbers.scales().get(m.group(2)));
        }
        int end = m.end();
        if (m.find() || v.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Number(v.toBigInteger().toString(), null, end, false));
    }

    /**
     * The year a figure refers to, printed in brackets after it: "(2026)", "('26)", "('26년)", or a date with its
     * year word ("2026년").
     */
    private Optional<String> yearIn(String after, ExtractionContext context) {
        String apostrophes = settings.yearApostrophes().stream().map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining());
        Matcher m = Pattern.compile("^\\s*\\(\\s*(?:(\\d{4})|[" + apostrophes + "](\\d{2}))\\s*"
                + Pattern.quote(numbers.dates().year()) + "?\\s*\\)").matcher(after);
        if (m.find()) {
            return Optional.of(m.group(1) != null ? m.group(1)
                    : String.valueOf(numbers.twoDigitYearBase() + Integer.parseInt(m.group(2))));
        }
        return context.dates().apply(after).stream().map(DateSpan::iso).filter(d -> d.length() == 4).findFirst();
    }

    private String kindIn(String s) {
        if (numbers.actualWords().stream().anyMatch(s::contains)) {
            return "Actual";
        }
        if (numbers.targetWords().stream().anyMatch(s::contains)) {
            return "Target";
        }
        return null;
    }
}
