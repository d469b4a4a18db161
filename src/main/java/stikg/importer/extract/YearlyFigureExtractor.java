package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * A table of amounts year by year (a budget plan: "연도 | 정부 연구개발 예산(억 크라운)" with a row per year, or "구분 |
 * 2027 | 2028 | … | 합계" with a column per year), read from one passage of the table with its caption and its units
 * ({@link Extractor.Whole#TABLE_FIGURES}). Each amount of a year is a figure of that year ({@code referenceYear}): a
 * target where the year lies after the brief's own year, else an actual, unless the year's cell says which in
 * brackets ("2025년(기준)", "2032년(목표)"). A series (the column or row of amounts) measures one indicator, named by
 * the caption where it names the series year by year ("연도별 정부 연구개발 투자 계획": 정부 연구개발 투자), else by
 * the series' own header without its unit. The total ("합계", "계") is a target over the years' span, and a note
 * under the table may give the amount of a year the table does not print ("주: 2026년 … 예산은 760억 크라운"). The brief's
 * plan has each target. Only a table with at least {@code minimumYears} years and at most {@code maximumSeries}
 * series of amounts is read so: a table breaking a budget down by many programmes is not a yearly figure. Shown on
 * development briefs (g), (h) and (i), whose budget tables print years down the rows and across the columns.
 */
public final class YearlyFigureExtractor implements ProposingExtractor {

    /** The settings of this extractor, with the layout's words of figures. */
    public record Settings(int minimumYears, int maximumSeries, List<String> totalWords, List<String> seriesWords,
            List<String> planWords, List<String> baseWords, String noteFigure, LayoutConfig.Numbers numbers) {

        public static final Setting<Integer> MINIMUM_YEARS = new Setting<>("minimumYears", 2,
                "how many years a table must print as its rows' or columns' heads to be read as figures year by year"
                        + " (default: 2)");
        public static final Setting<Integer> MAXIMUM_SERIES = new Setting<>("maximumSeries", 2,
                "at most so many columns or rows of amounts: a table with more breaks a budget down, and is not read"
                        + " (default: 2)");
        public static final Setting<List<String>> TOTAL_WORDS = new Setting<>("totalWords",
                List.of("합계", "총계", "누계", "계"), "the head of the total of the years (default: 합계, 총계, 누계, 계)");
        public static final Setting<List<String>> SERIES_WORDS = new Setting<>("seriesWords",
                List.of("연도별", "연차별"), "words opening a caption that names what is given year by year"
                        + " (default: 연도별, 연차별)");
        public static final Setting<List<String>> PLAN_WORDS = new Setting<>("planWords",
                List.of("계획", "추이", "전망", "현황"), "words closing such a caption, not part of the indicator's name"
                        + " (default: 계획, 추이, 전망, 현황)");
        public static final Setting<List<String>> BASE_WORDS = new Setting<>("baseWords", List.of("기준"),
                "a word in brackets after a year that makes its figure the actual of the base year, as the layout's"
                        + " words of actuals do (default: 기준)");

        public static final Setting<String> NOTE_FIGURE = new Setting<>("noteFigure",
                "^\\s*((?:19|20)\\d{2})\\s?년\\s?([^,]+?)(?:은|는)\\s+",
                "a note under the table giving the amount of another year: the year (group 1), what it is of (group 2)"
                        + " and its topic particle, the amount right after (default: "
                        + "^\\s*((?:19|20)\\d{2})\\s?년\\s?([^,]+?)(?:은|는)\\s+)");

        public Settings {
            totalWords = List.copyOf(totalWords);
            seriesWords = List.copyOf(seriesWords);
            planWords = List.copyOf(planWords);
            baseWords = List.copyOf(baseWords);
        }

        /** The layout's {@code settings.yearlyFigures}, with its number words. */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("yearlyFigures"), "yearlyFigures",
                    List.of(MINIMUM_YEARS, MAXIMUM_SERIES, TOTAL_WORDS, SERIES_WORDS, PLAN_WORDS, BASE_WORDS,
                            NOTE_FIGURE));
            return new Settings(MINIMUM_YEARS.from(given), MAXIMUM_SERIES.from(given), TOTAL_WORDS.from(given),
                    SERIES_WORDS.from(given), PLAN_WORDS.from(given), BASE_WORDS.from(given), NOTE_FIGURE.from(given),
                    layout.numbers());
        }
    }

    /** How a note under the table is marked in the passage. */
    private static final String NOTE = "note";
    /** A head cell naming a year: "2027", "2027년", "2025년(기준)". */
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*년?\\s*(?:\\(([^)]*)\\))?$");
    /** A unit or remark in brackets closing a header cell ("(억 크라운)", "(연간, 억 크라운)"). */
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private final Settings settings;

    public YearlyFigureExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "yearly-figure";
    }

    @Override
    public Phase phase() {
        return Phase.TABLES;
    }

    @Override
    public Whole reads() {
        return Whole.TABLE_FIGURES;
    }

    /** One cell of a table: its text, its row and column, and where it stands in the passage. */
    private record Cell(String text, int row, int column, int start, int end) {
    }

    /** A year at the head of a row or column: the year, its index, and the kind its brackets say, if any. */
    private record Year(String year, int index, String kind) {
    }

    /** Whether a table of this header and these rows' cells is read by this extractor. */
    public boolean reads(List<String> header, List<List<String>> rows) {
        return yearsAcross(header).size() >= settings.minimumYears()
                || rows.stream().filter(r -> !r.isEmpty() && YEAR.matcher(r.get(0).strip()).matches()).count()
                        >= settings.minimumYears();
    }

    /**
     * Whether a table (its passage) is nothing but amounts year by year: read so, and every row below its header a
     * year's or the total's (years down the rows), or a series of amounts (years across).
     */
    public boolean wholly(TextPassage passage, ExtractionContext context) {
        if (propose(passage, context).entities().isEmpty()) {
            return false;
        }
        List<List<Cell>> table = cells(passage);
        List<Year> across = yearsAcross(table.get(0).stream().map(Cell::text).toList());
        return table.subList(1, table.size()).stream().allMatch(row -> across.size() >= settings.minimumYears()
                ? across.stream().filter(y -> amount(row, y.index(), context).isPresent()).count()
                        >= settings.minimumYears()
                : YEAR.matcher(row.get(0).text().strip()).matches() || isTotal(row.get(0).text()));
    }

    /** The cells of a table's passage, header first, each row a list. */
    private static List<List<Cell>> cells(TextPassage passage) {
        List<TextPassage.Part> parts = passage.texts();
        List<List<Cell>> table = new ArrayList<>();
        for (int r = 1; r < parts.size(); r++) {
            TextPassage.Part part = parts.get(r);
            if (part.mark().filter(NOTE::equals).isPresent()) {
                continue;
            }
            String text = part.in(passage);
            List<Cell> cells = new ArrayList<>();
            int from = 0;
            for (String c : text.split("\t", -1)) {
                int start = part.start() + from;
                cells.add(new Cell(c, r - 1, cells.size(), start, start + c.length()));
                from += c.length() + 1;
            }
            table.add(cells);
        }
        return table;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<TextPassage.Part> parts = passage.texts();
        if (parts.size() < 3) {
            return Proposal.nothing();
        }
        String caption = parts.get(0).in(passage).strip();
        List<List<Cell>> table = cells(passage);
        List<String> header = table.get(0).stream().map(Cell::text).toList();
        List<Year> across = yearsAcross(header);
        List<Series> series = new ArrayList<>();
        if (across.size() >= settings.minimumYears()) {
            // years across the header: each row of amounts a series, its head cell naming it
            int total = totalIndex(header);
            for (List<Cell> row : table.subList(1, table.size())) {
                List<Entry> entries = new ArrayList<>();
                for (Year y : across) {
                    amount(row, y.index(), context).ifPresent(c -> entries.add(new Entry(y, c)));
                }
                if (entries.size() >= settings.minimumYears()) {
                    series.add(new Series(row.get(0).text(), row.get(0), entries,
                            total < 0 ? Optional.empty() : amount(row, total, context)));
                }
            }
        } else {
            // years down the rows: each column of amounts a series, its header naming it
            List<List<Cell>> yearRows = table.subList(1, table.size()).stream()
                    .filter(r -> YEAR.matcher(r.get(0).text().strip()).matches()).toList();
            if (yearRows.size() < settings.minimumYears()) {
                return Proposal.nothing();
            }
            Optional<List<Cell>> totalRow = table.subList(1, table.size()).stream()
                    .filter(r -> isTotal(r.get(0).text())).findFirst();
            for (int c = 1; c < header.size(); c++) {
                List<Entry> entries = new ArrayList<>();
                for (List<Cell> row : yearRows) {
                    Year y = year(row.get(0).text(), 0).orElseThrow();
                    amount(row, c, context).ifPresent(cell -> entries.add(new Entry(y, cell)));
                }
                if (entries.size() == yearRows.size()) {
                    int column = c;
                    series.add(new Series(header.get(c), table.get(0).get(c), entries,
                            totalRow.flatMap(r -> amount(r, column, context))));
                }
            }
        }
        if (series.isEmpty() || series.size() > settings.maximumSeries()) {
            return Proposal.nothing();
        }
        String captionName = indicatorIn(caption);
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Optional<Integer> briefYear = context.briefDate().filter(d -> d.length() >= 4)
                .map(d -> Integer.parseInt(d.substring(0, 4)));
        for (Series s : series) {
            String name = series.size() == 1 && !captionName.isEmpty() ? captionName
                    : BRACKETS.matcher(s.head()).replaceAll("").strip();
            if (name.isEmpty()) {
                continue;
            }
            Cell head = s.headCell().text().isBlank() ? s.entries().get(0).cell() : s.headCell();
            Evidence headAt = new Evidence(passage.at(), head.start(), head.end());
            String indicator = CandidateEntity.BLANK + "indicator-" + (entities.size() + 1);
            entities.add(new CandidateEntity(indicator, settings.numbers().indicatorClass(), name, "indicator",
                    headAt, "what the table gives year by year"));
            for (Entry e : s.entries()) {
                String kind = e.year().kind() != null ? e.year().kind()
                        : briefYear.map(b -> Integer.parseInt(e.year().year()) > b ? "Target" : "Actual")
                                .orElse("Target");
                figure(kind, e.year().year() + "년 " + name, e.cell(), indicator, "referenceYear", e.year().year(),
                        passage, context, entities, facts, "'" + e.cell().text() + "' of " + e.year().year());
            }
            if (series.size() == 1) {
                notes(passage, parts, name, s, indicator, briefYear, context, entities, facts);
            }
            if (s.total().isPresent()) {
                String span = s.entries().get(0).year().year() + "/" + s.entries().get(s.entries().size() - 1)
                        .year().year();
                figure("Target", name + " " + span.replace('/', '-'), s.total().get(), indicator, "period", span,
                        passage, context, entities, facts, "the total '" + s.total().get().text() + "' of the years");
            }
        }
        return new Proposal(entities, facts);
    }

    /**
     * The figure a note under the table gives for a year the table does not print ("주: 2026년 정부 연구개발 예산은
     * 760억 크라운"): the year, a noun phrase naming the series (its first word that of the series' name or head) and
     * the amount right after its particle, of the series' indicator.
     */
    private void notes(TextPassage passage, List<TextPassage.Part> parts, String name, Series s, String indicator,
            Optional<Integer> briefYear, ExtractionContext context, List<CandidateEntity> entities,
            List<CandidateFact> facts) {
        Pattern notePattern = Pattern.compile(settings.noteFigure());
        for (TextPassage.Part part : parts) {
            if (part.mark().filter(NOTE::equals).isEmpty()) {
                continue;
            }
            String text = part.in(passage);
            Matcher m = notePattern.matcher(text);
            if (!m.find() || !(sameFirstWord(m.group(2), name) || sameFirstWord(m.group(2), s.head()))
                    || s.entries().stream().anyMatch(e -> e.year().year().equals(m.group(1)))) {
                continue;
            }
            Optional<Quantity> q = context.quantities().apply(text).stream()
                    .filter(x -> x.money() && x.start() == m.end()).findFirst();
            if (q.isEmpty()) {
                continue;
            }
            Cell cell = new Cell(text.substring(q.get().start(), q.get().end()), -1, -1,
                    part.start() + q.get().start(), part.start() + q.get().end());
            String kind = briefYear.map(b -> Integer.parseInt(m.group(1)) > b ? "Target" : "Actual").orElse("Target");
            figure(kind, m.group(1) + "년 " + name, cell, indicator, "referenceYear", m.group(1), passage, context,
                    entities, facts, "'" + cell.text() + "' of " + m.group(1) + " in a note under the table");
        }
    }

    private static boolean sameFirstWord(String a, String b) {
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        return !x[0].isEmpty() && x[0].equals(y[0]);
    }

    /** A series of amounts: its head, the amount of each year, and its total, if the table prints one. */
    private record Series(String head, Cell headCell, List<Entry> entries, Optional<Cell> total) {
    }

    /** The amount of one year. */
    private record Entry(Year year, Cell cell) {
    }

    private void figure(String kind, String name, Cell cell, String indicator, String timeProperty, String time,
            TextPassage passage, ExtractionContext context, List<CandidateEntity> entities, List<CandidateFact> facts,
            String why) {
        Quantity q = context.quantities().apply(cell.text()).get(0);
        String key = CandidateEntity.BLANK + "figure-" + (entities.size() + 1);
        Evidence at = new Evidence(passage.at(), cell.start(), cell.end());
        entities.add(new CandidateEntity(key, kind, name, "figure", at, why + ": a " + kind.toLowerCase(
                java.util.Locale.ROOT) + " of the table year by year"));
        String rule = id() + "/" + ("period".equals(timeProperty) ? "total" : kind.toLowerCase(java.util.Locale.ROOT));
        facts.add(new CandidateFact(key, "amount", q.value(), true, rule, at, "the amount in the cell"));
        facts.add(new CandidateFact(key, "currency", q.unit(), true, rule, at, "the amount's currency"));
        facts.add(new CandidateFact(key, settings.numbers().indicatorProperty(), indicator, false, rule, at,
                "the series measures it"));
        facts.add(new CandidateFact(key, timeProperty, time, true, rule, at, "period".equals(timeProperty)
                ? "the span of the table's years" : "the year of its row or column"));
        if ("Target".equals(kind)) {
            context.plan().ifPresent(p -> facts.add(new CandidateFact(p, "target", key, false, rule, at,
                    "the brief's plan sets it")));
        }
    }

    /** The amount of money a cell holds, if it holds exactly one and nothing else but blanks. */
    private Optional<Cell> amount(List<Cell> row, int column, ExtractionContext context) {
        if (column >= row.size()) {
            return Optional.empty();
        }
        Cell c = row.get(column);
        List<Quantity> q = context.quantities().apply(c.text());
        return q.size() == 1 && q.get(0).money() && c.text().strip().length() == q.get(0).end() - q.get(0).start()
                ? Optional.of(c) : Optional.empty();
    }

    /** The header's cells after the first that name a year. */
    private List<Year> yearsAcross(List<String> header) {
        List<Year> out = new ArrayList<>();
        for (int j = 1; j < header.size(); j++) {
            year(header.get(j), j).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Year> year(String cell, int index) {
        Matcher m = YEAR.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String said = m.group(2) == null ? "" : m.group(2);
        String kind = settings.numbers().actualWords().stream().anyMatch(said::contains)
                || settings.baseWords().stream().anyMatch(said::contains) ? "Actual"
                : settings.numbers().targetWords().stream().anyMatch(said::contains) ? "Target" : null;
        return Optional.of(new Year(m.group(1), index, kind));
    }

    private int totalIndex(List<String> header) {
        for (int j = 1; j < header.size(); j++) {
            if (isTotal(header.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private boolean isTotal(String cell) {
        String s = cell.strip().replaceAll("\\s", "");
        return settings.totalWords().contains(s);
    }

    /**
     * What a caption says is given year by year: the words between a series word opening it and a plan word closing
     * it ("연도별 정부 연구개발 투자 계획": 정부 연구개발 투자), or "" where it opens with no series word.
     */
    private String indicatorIn(String caption) {
        for (String w : settings.seriesWords()) {
            if (caption.startsWith(w + " ")) {
                String rest = caption.substring(w.length()).strip();
                for (String p : settings.planWords()) {
                    if (rest.endsWith(" " + p)) {
                        rest = rest.substring(0, rest.length() - p.length()).strip();
                    }
                }
                return rest;
            }
        }
        return "";
    }
}
