package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.text.Segmentation;

/**
 * A reader of a table that compares the editions of a plan figure by figure: its columns are editions ("제6차
 * (2022~2026) 목표", "제6차 실적", "제1차 전략('21~'25)"), its rows what is measured ("정부 연구개발 총투자(5년
 * 누적)"), and each cell one or more figures ("130조 원", "목표 120억 달러 / 실적 131억 달러", "2조 7,300억
 * 원('26)"). A table is read so when at least two of its header cells name an edition: the column's edition gives
 * the plan a figure belongs to, the figure word in the cell or else in the column's header whether it is a target
 * or an actual (a cell with neither, such as a count of fields, is no figure), a single year in the cell the year it
 * refers to, else the period in the header or the plan's own. The row names the indicator. Shown on development
 * briefs (a) and (e); every figure is a candidate for review.
 */
final class EditionFigureTable {

    /** What separates two figures in one cell ("목표 120억 달러 / 실적 131억 달러"). */
    private static final String FIGURE_SEPARATOR = "/";

    private final LayoutConfig layout;
    private final EntityBook book;
    private final QuantityReader quantities;
    private final DateReader dates;
    private final Plans plans;

    EditionFigureTable(LayoutConfig layout, EntityBook book, QuantityReader quantities, DateReader dates,
            Plans plans) {
        this.layout = layout;
        this.book = book;
        this.quantities = quantities;
        this.dates = dates;
        this.plans = plans;
    }

    /** A figure's number: an amount of money (with its currency) or a count (currency null), and where it ends. */
    private record Number(String value, String currency, int end, boolean estimate) {
    }

    /**
     * A count in a cell, with a scale and a unit of counting from the grammar ("50만 명", "52.3만 명", "1,000명"),
     * when the cell holds exactly one.
     */
    private Optional<Number> count(String cell) {
        String scales = String.join("|", layout.numbers().scales().keySet().stream().map(java.util.regex.Pattern::quote)
                .toList());
        String units = String.join("|", layout.numbers().countUnits().stream().map(java.util.regex.Pattern::quote)
                .toList());
        Matcher m = java.util.regex.Pattern.compile("(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")?\\s?("
                + units + ")").matcher(cell);
        if (!m.find()) {
            return Optional.empty();
        }
        java.math.BigDecimal v = new java.math.BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
            v = v.multiply(layout.numbers().scales().get(m.group(2)));
        }
        int end = m.end();
        if (m.find() || v.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Number(v.toBigInteger().toString(), null, end, false));
    }

    /** A column of figures of one edition. */
    private record EditionColumn(int index, int edition, String editionText, String kind, Optional<String> period) {
    }

    /** The columns of a table that name an edition, or none when fewer than two do. */
    private List<EditionColumn> editionColumns(Segmentation.Table t) {
        List<EditionColumn> out = new ArrayList<>();
        for (int j = 0; j < t.header().size(); j++) {
            String h = t.header().get(j);
            Matcher e = layout.extraction().edition().matcher(h);
            if (!e.find()) {
                continue;
            }
            Optional<String> period = dates.periods(h).stream().map(DateReader.PeriodMention::interval).findFirst();
            out.add(new EditionColumn(j, Integer.parseInt(e.group(1)), e.group().replaceAll("\\s", ""), kindIn(h),
                    period));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Whether a table is read by this reader. */
    boolean reads(Segmentation.Table t) {
        return !editionColumns(t).isEmpty();
    }

    /** Reads the figures of one table; returns the ids of the figures defined. */
    List<String> read(Segmentation.Table t) {
        List<EditionColumn> columns = editionColumns(t);
        List<String> written = new ArrayList<>();
        for (Segmentation.Row row : t.rows()) {
            String at = t.id() + "#" + row.mark() + " L" + row.line();
            String measured = row.name().replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
            String indicator = null;
            java.util.Map<Integer, String> byColumn = new java.util.HashMap<>();
            for (EditionColumn c : columns) {
                if (c.index() >= row.cells().size()) {
                    continue;
                }
                Optional<String> plan = plans.edition(c.edition());
                String target = null;
                List<String[]> actuals = new ArrayList<>();
                for (String part : row.cells().get(c.index()).split(FIGURE_SEPARATOR)) {
                    List<QuantityReader.Amount> amounts = quantities.amounts(part);
                    String kind = Optional.ofNullable(kindIn(part)).orElse(c.kind());
                    Optional<Number> number = amounts.size() == 1 ? Optional.of(new Number(amounts.get(0).plain(),
                            amounts.get(0).currency(), amounts.get(0).end(), amounts.get(0).estimate()))
                            : amounts.isEmpty() ? count(part) : Optional.empty();
                    if (number.isEmpty() || kind == null) {
                        continue;
                    }
                    if (indicator == null) {
                        indicator = book.define(t.id() + "-indicator-" + row.mark(),
                                layout.numbers().indicatorClass(), at).label(book.language(), measured)
                                .comment("what row " + row.mark() + " of table " + t.number() + " measures").id();
                    }
                    Number a = number.get();
                    String word = "Actual".equals(kind) ? layout.numbers().actualWords().get(0)
                            : layout.numbers().targetWords().get(0);
                    EntityBuilder f = book.define(t.id() + "-figure-" + row.mark() + "-" + c.index(), kind, at)
                            .note(EntityBook.CANDIDATE)
                            .label(book.language(), c.editionText() + " " + measured + " " + word)
                            .comment("'" + part.strip() + "' in the column '" + t.header().get(c.index())
                                    + "': a figure of that edition")
                            .ref(layout.numbers().indicatorProperty(), indicator, null);
                    if (a.currency() != null) {
                        f.literal("amount", a.value(), false, null).literal("currency", a.currency(), true, null);
                    } else {
                        f.nested("count", EntityBuilder.nested("Count").literal("countValue", a.value(), false, null),
                                null);
                    }
                    if (a.estimate()) {
                        f.literal("isEstimate", "true", false, null);
                    }
                    Optional<String> year = yearIn(part.substring(a.end()));
                    if (year.isPresent()) {
                        f.literal("referenceYear", year.get(), false, null);
                    } else {
                        c.period().or(() -> plan.flatMap(p -> book.literalOf(p, "period")))
                                .ifPresent(p -> f.literal("period", p, false, null));
                    }
                    plan.ifPresent(p -> f.ref("figureOf", p, null));
                    if ("Target".equals(kind)) {
                        target = f.id();
                        plan.ifPresent(p -> book.candidate(p, at).ref("target", f.id(), null)
                                .comment("the plan's figure in table " + t.number()));
                    } else {
                        actuals.add(new String[] {f.id()});
                    }
                    written.add(f.id());
                    if (kind.equals(c.kind())) {
                        byColumn.put(c.index(), f.id());
                    }
                }
                // an actual beside a target of the same edition in one cell is measured against it
                if (target != null && actuals.size() == 1) {
                    String tg = target;
                    book.defined(actuals.get(0)[0]).ifPresent(b -> b.ref("targetOfActual", tg, null));
                }
            }
            linkActualsToTargets(columns, byColumn);
        }
        return written;
    }

    /**
     * An edition's actual in a column of its own is measured against that edition's target in another column of
     * the same row ("제6차 목표" | "제6차 실적").
     */
    private void linkActualsToTargets(List<EditionColumn> columns, java.util.Map<Integer, String> byColumn) {
        for (EditionColumn a : columns) {
            for (EditionColumn g : columns) {
                if ("Actual".equals(a.kind()) && "Target".equals(g.kind()) && g.edition() == a.edition()
                        && byColumn.containsKey(a.index()) && byColumn.containsKey(g.index())) {
                    book.defined(byColumn.get(a.index()))
                            .ifPresent(b -> b.ref("targetOfActual", byColumn.get(g.index()), null));
                }
            }
        }
    }

    /**
     * The year a figure refers to, printed in brackets after it: "(2026)", "('26)", "('26년)", or a date with its
     * year word ("2026년").
     */
    private Optional<String> yearIn(String after) {
        String apostrophes = layout.words().yearApostrophes().stream().map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining());
        Matcher m = java.util.regex.Pattern.compile("^\\s*\\(\\s*(?:(\\d{4})|[" + apostrophes + "](\\d{2}))\\s*"
                + java.util.regex.Pattern.quote(layout.numbers().dates().year()) + "?\\s*\\)").matcher(after);
        if (m.find()) {
            return Optional.of(m.group(1) != null ? m.group(1)
                    : String.valueOf(layout.numbers().twoDigitYearBase() + Integer.parseInt(m.group(2))));
        }
        return dates.dates(after).stream().map(DateReader.DateMention::iso).filter(d -> d.length() == 4).findFirst();
    }

    private String kindIn(String s) {
        if (layout.numbers().actualWords().stream().anyMatch(s::contains)) {
            return "Actual";
        }
        if (layout.numbers().targetWords().stream().anyMatch(s::contains)) {
            return "Target";
        }
        return null;
    }
}
