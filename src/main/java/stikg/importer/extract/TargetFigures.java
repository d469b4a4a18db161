package stikg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The reader of the figures a text sets as targets, and of the thing each is for: an amount of money or a count of
 * things in the same clause as a programme, facility or body is that thing's ("X를 … 3조 원으로 확대", "X는 구축비
 * 7억 …를 들여", "X를 연 400명 규모로 확대", "'28년까지 X 3곳 지정"). Which thing is read from the clause, not from
 * the sentence:
 * <ul>
 * <li>a figure followed by a word of scale and a name ("15억 달러 규모의 ‘X’") is that name's;</li>
 * <li>in a table row (cells apart by tabs), the figure is the thing the row names first before it that is no
 * organisation, else the first organisation: a row is about the thing it opens with, and a lead column naming who
 * runs it ("X\t연구혁신부\t2027~2031\t24억 마르크") says who, not what the figure is for;</li>
 * <li>otherwise the figure is the thing named last before it in its clause (a clause ends at a comma or a full
 * stop), if one is;</li>
 * <li>a clause that names no thing goes on about the thing the figure before it in the same sentence was set
 * for ("'X' 5곳을 지정하고, 센터당 연 100억 원을 지원"), unless that thing is the sentence's subject.</li>
 * </ul>
 * A figure is left alone where it is no target: the start of a change ("A에서 B로": only B is the target), a
 * conversion in brackets right after another amount ("250억 탈러(약 22조 원)"), and a clause that reports what
 * was spent or achieved (its words of actuals: 실제, 집행 …). A figure is for the year printed right before it
 * ("2031년 45억 마르크로"), else keeps the period its clause prints or the year of deadline it gives. Not an
 * extractor: the extractors of figures share it. A figure among the attributes a name lists after a dash, apart
 * by commas ("X — 연구청, 2027~2030, 3억 달러"), is the name's, for the period they print.
 */
public final class TargetFigures {

    /** The settings of the reader: the layout's {@code settings.figures}. */
    public record Settings(List<String> things, List<String> scaleWords, List<String> fromParticles,
            List<String> actualWords, String clauseBreak, List<String> deadlineWords, List<String> subjectParticles,
            List<String> attributeDashes, List<String> rowThings) {

        public static final Setting<List<String>> THINGS = new Setting<>("things",
                List.of("programme", "facility", "organisation", "technology"), "class groups of the things a "
                        + "sentence or a table row sets a figure for (default: programme, facility, organisation, "
                        + "technology)");
        public static final Setting<List<String>> SCALE_WORDS = new Setting<>("scaleWords", List.of("규모의",
                "규모인"), "words between a figure and the name it measures ('15억 달러 규모의 X') (default: 규모의, "
                        + "규모인)");
        public static final Setting<List<String>> FROM_PARTICLES = new Setting<>("fromParticles", List.of("에서",
                "부터"), "particles after the first figure of a change ('A에서 B로'), which is no target (default: "
                        + "에서, 부터)");
        public static final Setting<List<String>> ACTUAL_WORDS = new Setting<>("actualWords", List.of("실제",
                "집행", "실적", "달성하였", "기록"), "words of a clause that reports what was spent or achieved: its "
                        + "figures are actuals, not targets (default: 실제, 집행, 실적, 달성하였, 기록)");
        public static final Setting<String> CLAUSE_BREAK = new Setting<>("clauseBreak", "[,.;]\\s|[.;]$",
                "where a clause ends: a comma or a full stop before a blank (default: [,.;]\\s|[.;]$)");

        public static final Setting<List<String>> DEADLINE_WORDS = new Setting<>("deadlineWords", List.of("까지"),
                "words right after a date in a figure's clause that make the date's year the year the figure is "
                        + "for ('2029년까지 5곳'); a period of years in the clause ('(2027~2031)') is the figure's period "
                        + "instead (default: 까지)");

        public static final Setting<List<String>> SUBJECT_PARTICLES = new Setting<>("subjectParticles",
                List.of("은", "는", "이", "가"), "particles after the subject of a sentence ('내각부는 …'): the later "
                        + "clauses of the sentence state what the subject does, so a figure of theirs naming no thing "
                        + "is not carried on to it (default: 은, 는, 이, 가)");

        public static final Setting<List<String>> ATTRIBUTE_DASHES = new Setting<>("attributeDashes",
                List.of("—", "–"), "dashes between a name and its attributes apart by commas ('X — 연구청, "
                        + "2027~2030, 3억 달러'): a figure after one is the name's, whatever clause it stands in "
                        + "(default: —, –)");

        public static final Setting<List<String>> ROW_THINGS = new Setting<>("rowThings", List.of("area"),
                "class groups of the things a table row's figure may be for besides those of 'things': a row of a "
                        + "table of areas gives the area its budget ('Ⅰ. 연구 기반 확충\t…\t1,680억 크라운'), where a "
                        + "sentence naming an area sets no figure for it (default: area)");

        /** The settings the layouts of round 4 gave, with the default words of deadline. */
        public Settings(List<String> things, List<String> scaleWords, List<String> fromParticles,
                List<String> actualWords, String clauseBreak) {
            this(things, scaleWords, fromParticles, actualWords, clauseBreak, DEADLINE_WORDS.defaultValue(),
                    SUBJECT_PARTICLES.defaultValue(), ATTRIBUTE_DASHES.defaultValue(), ROW_THINGS.defaultValue());
        }

        public Settings {
            attributeDashes = List.copyOf(attributeDashes);
            rowThings = List.copyOf(rowThings);
            deadlineWords = List.copyOf(deadlineWords);
            subjectParticles = List.copyOf(subjectParticles);
            things = List.copyOf(things);
            scaleWords = List.copyOf(scaleWords);
            fromParticles = List.copyOf(fromParticles);
            actualWords = List.copyOf(actualWords);
        }

        /** The layout's {@code settings.figures}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("figures"), "figures", List.of(THINGS, SCALE_WORDS,
                    FROM_PARTICLES, ACTUAL_WORDS, CLAUSE_BREAK, DEADLINE_WORDS, SUBJECT_PARTICLES, ATTRIBUTE_DASHES,
                    ROW_THINGS));
            return new Settings(THINGS.from(given), SCALE_WORDS.from(given), FROM_PARTICLES.from(given),
                    ACTUAL_WORDS.from(given), CLAUSE_BREAK.from(given), DEADLINE_WORDS.from(given),
                    SUBJECT_PARTICLES.from(given), ATTRIBUTE_DASHES.from(given), ROW_THINGS.from(given));
        }
    }

    /** Quotes and blanks that may stand between a word of scale and the name after it. */
    private static final Pattern QUOTES = Pattern.compile("[‘’“”「」『』'\"\\s]*");

    /** The node value of a target's count naming what it counts, which the merge resolves to a concept. */
    public static final String COUNTED = "count/Count/" + CountedNoun.COUNTED;

    private final Settings settings;
    private final Pattern clauseBreak;
    private final CountedNoun counted;

    /** A reader that names no counted noun. */
    public TargetFigures(Settings settings) {
        this(settings, CountedNoun.NONE);
    }

    /** @param counted the reader of the noun a count counts, named on a count's node ({@link #COUNTED}) */
    public TargetFigures(Settings settings, CountedNoun counted) {
        this.settings = settings;
        this.clauseBreak = Pattern.compile(settings.clauseBreak());
        this.counted = counted;
    }

    /**
     * A figure of a text that is a target: its quantity, the thing it is for (none where the text names no thing
     * that takes it), how that thing was found ("scale-of", "row-name", "in-clause"), and its target node.
     */
    public record Figure(Quantity quantity, Optional<Mention> thing, String how, Map<String, String> node) {
    }

    /**
     * The figures of a text that are targets (not an actual's, not the start of a change, not a conversion), each
     * with the thing the text sets it for, if any, in the order printed.
     */
    public List<Figure> targets(String text, ExtractionContext context) {
        List<Quantity> figures = context.quantities().apply(text);
        if (figures.isEmpty()) {
            return List.of();
        }
        List<Mention> things = things(text, context);
        List<int[]> clauses = clauses(text);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Quantity q = figures.get(i);
            int[] clause = clauseOf(clauses, q.start());
            if (ofActuals(text, clause) || startOfChange(text, figures, i, clause) || conversion(text, figures, i)) {
                continue;
            }
            Optional<Mention> scaled = scaledName(text, q, things);
            Optional<Mention> row = text.indexOf('\t') < 0 ? Optional.empty()
                    : rowName(rowThings(text, context), q, figures, context);
            Optional<Mention> inClause = lastBefore(things, q.start(), clause[0]);
            Optional<int[]> attributes = scaled.isPresent() || row.isPresent() || inClause.isPresent()
                    ? Optional.empty() : attributes(text, q);
            Optional<Mention> attributed = attributes.flatMap(a -> things.stream().filter(m -> m.end() == a[2])
                    .findFirst());
            Optional<Mention> carried = scaled.isPresent() || row.isPresent() || inClause.isPresent()
                    || attributed.isPresent() ? Optional.empty() : carried(text, q, out).filter(m -> !subject(text, m));
            Optional<Mention> thing = scaled.or(() -> row).or(() -> inClause).or(() -> attributed).or(() -> carried);
            // a figure among a name's attributes is for the period they print, not its comma-bounded clause's
            String clauseText = attributed.isPresent() ? text.substring(attributes.get()[0], attributes.get()[1])
                    : text.substring(clause[0], clause[1]);
            Map<String, String> node = new LinkedHashMap<>();
            if (q.money()) {
                node.put("amount", q.value());
                node.put("currency", q.unit());
                if (q.estimate()) {
                    node.put("isEstimate", "true");
                }
            } else {
                node.put("count/Count/countValue", q.value());
                countedNoun(text, clause, q, things).ifPresent(n -> node.put(COUNTED, n));
            }
            Optional<String> year = yearRightBefore(text, clause, q, context);
            year.ifPresent(y -> node.put("referenceYear", y));
            if (year.isEmpty()) {
                when(clauseText, context).forEach(node::putIfAbsent);
            }
            out.add(new Figure(q, thing, scaled.isPresent() ? "scale-of" : row.isPresent() ? "row-name"
                    : carried.isPresent() ? "same-sentence" : attributed.isPresent() ? "attributes" : "in-clause",
                    node));
        }
        return List.copyOf(out);
    }

    /**
     * The counts of a text that start a change ("X를 연 120명에서 연 300명으로": 120), each the count the thing named
     * last before it in its clause has now, with the noun it counts where one stands before it; none in a clause of
     * actuals. The change's end is a target ({@link #targets}).
     */
    public List<Figure> countsNow(String text, ExtractionContext context) {
        List<Quantity> figures = context.quantities().apply(text);
        List<Mention> things = things(text, context);
        List<int[]> clauses = clauses(text);
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            int[] clause = clauseOf(clauses, figures.get(i).start());
            if (figures.get(i).money() || ofActuals(text, clause) || !startOfChange(text, figures, i, clause)) {
                continue;
            }
            Quantity q = figures.get(i);
            Optional<Mention> thing = lastBefore(things, q.start(), clause[0]);
            if (thing.isEmpty()) {
                continue;
            }
            Map<String, String> node = new LinkedHashMap<>();
            node.put("countValue", q.value());
            countedNoun(text, clause, q, things).ifPresent(n -> node.put(CountedNoun.COUNTED, n));
            out.add(new Figure(q, thing, "start-of-change", node));
        }
        return List.copyOf(out);
    }

    /** The things of a text a figure may be set for: the names of the classes the settings give. */
    private List<Mention> things(String text, ExtractionContext context) {
        return context.names().find(text).stream()
                .filter(m -> settings.things().stream().anyMatch(g -> context.inGroup(g, m.id()))).toList();
    }

    /** The things a table row's figure may be for: those of any sentence, and those of the row groups. */
    private List<Mention> rowThings(String text, ExtractionContext context) {
        return context.names().find(text).stream().filter(m -> settings.things().stream()
                .anyMatch(g -> context.inGroup(g, m.id())) || settings.rowThings().stream()
                .anyMatch(g -> context.inGroup(g, m.id()))).toList();
    }

    /** Whether a clause reports what was spent or achieved (a word of actuals). */
    private boolean ofActuals(String text, int[] clause) {
        String clauseText = text.substring(clause[0], clause[1]);
        return settings.actualWords().stream().anyMatch(clauseText::contains);
    }

    /**
     * What a count counts, read back from it in its clause: a thing's name before it counts such things ("'X 구역'
     * 3곳"), unless the count is of people, who are of that thing ("'X 펠로우십'을 연 300명").
     */
    private Optional<String> countedNoun(String text, int[] clause, Quantity q, List<Mention> things) {
        return counted.before(text, clause[0], q.start()).filter(n -> !counted.ofPeople(q.unit()) || things.stream()
                .noneMatch(m -> m.start() < n.end() && n.start() < m.end())).map(CountedNoun.Noun::text);
    }

    /**
     * When a figure of a clause is for: a period of years the clause prints ("(2027~2031)", "2026~2030년") is its
     * period, else a date the clause holds right before a word of deadline ("'29년까지") gives its reference year.
     */
    private Map<String, String> when(String clause, ExtractionContext context) {
        Matcher p = PERIOD.matcher(clause);
        if (p.find() && p.group(1).compareTo(p.group(2)) < 0) {
            return Map.of("period", p.group(1) + "/" + p.group(2));
        }
        Matcher s = SHORT_PERIOD.matcher(clause);
        if (s.find() && s.group(1).compareTo(s.group(2)) < 0) {
            return Map.of("period", "20" + s.group(1) + "/20" + s.group(2));
        }
        for (DateSpan d : context.dates().apply(clause)) {
            String after = clause.substring(d.end()).stripLeading();
            if (settings.deadlineWords().stream().anyMatch(after::startsWith)) {
                return Map.of("referenceYear", d.iso().substring(0, 4));
            }
        }
        return Map.of();
    }

    /**
     * The attributes a figure stands among, apart by commas after a dash that follows a name ("X — 연구청,
     * 2027~2030, 3억 달러"): the span of the attributes and where the name must end, if the figure stands so.
     */
    private Optional<int[]> attributes(String text, Quantity q) {
        for (String dash : settings.attributeDashes()) {
            int d = text.indexOf(" " + dash + " ");
            if (d > 0 && d < q.start()) {
                return Optional.of(new int[] {d + dash.length() + 2, text.length(), d});
            }
        }
        return Optional.empty();
    }

    /**
     * The year printed right before a figure, in its clause, with nothing but blanks between ("2031년 45억 마르크로",
     * "'31년 3조 원으로"): the year the figure is for.
     */
    private static Optional<String> yearRightBefore(String text, int[] clause, Quantity q, ExtractionContext context) {
        return context.dates().apply(text).stream().filter(d -> d.iso().length() == 4 && d.start() >= clause[0]
                && d.end() <= q.start() && text.substring(d.end(), q.start()).isBlank()).map(DateSpan::iso)
                .reduce((a, b) -> b);
    }

    /** A period of two-digit years after apostrophes ("'27~'30년"), in this century. */
    private static final Pattern SHORT_PERIOD = Pattern.compile("['‘’](\\d{2})\\s?년?\\s?[~∼～\\-–]\\s?['‘’](\\d{2})"
            + "(?!\\d)");

    /** A period of four-digit years ("2027~2031", "2026-2030년"). */
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s?년?\\s?[~∼～\\-–]\\s?"
            + "((?:19|20)\\d{2})(?!\\d)");

    private List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = clauseBreak.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, text.length()});
        return out;
    }

    private static int[] clauseOf(List<int[]> clauses, int at) {
        for (int[] c : clauses) {
            if (at >= c[0] && at <= c[1]) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    /** Whether a figure starts a change: a from-particle follows it and a figure of the same kind comes after. */
    private boolean startOfChange(String text, List<Quantity> figures, int i, int[] clause) {
        Quantity q = figures.get(i);
        String after = text.substring(q.end()).stripLeading();
        boolean from = settings.fromParticles().stream().anyMatch(after::startsWith);
        return from && figures.stream().skip(i + 1L).anyMatch(o -> o.money() == q.money() && o.start() < clause[1]);
    }

    /** Whether an amount stands in brackets right after another amount (a conversion into another currency). */
    private static boolean conversion(String text, List<Quantity> figures, int i) {
        if (i == 0) {
            return false;
        }
        Quantity q = figures.get(i);
        Quantity before = figures.get(i - 1);
        String between = text.substring(before.end(), q.start());
        return q.money() && before.money() && between.matches("\\s*\\(\\s*\\D{0,3}\\s*");
    }

    /** The name a figure measures through a word of scale ("15억 달러 규모의 ‘X’"), if so. */
    private Optional<Mention> scaledName(String text, Quantity q, List<Mention> things) {
        String after = text.substring(q.end()).stripLeading();
        for (String w : settings.scaleWords()) {
            if (after.startsWith(w)) {
                int from = text.indexOf(w, q.end()) + w.length();
                for (Mention m : things) {
                    if (m.start() >= from) {
                        return QUOTES.matcher(text.substring(from, m.start())).matches() ? Optional.of(m)
                                : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The thing a figure of a clause that names none carries on from: the thing the figure before it was set for in
     * an earlier clause of the same sentence ("'X' 5곳을 지정하고, 센터당 연 100억 원을 지원": the second clause goes
     * on about X), if no sentence ends between them. The sentence's subject is carried on from by none: the
     * clauses after it state what it does, not what it is set.
     */
    private static Optional<Mention> carried(String text, Quantity q, List<Figure> before) {
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Figure last = before.get(before.size() - 1);
        String between = text.substring(last.quantity().end(), q.start());
        boolean sameSentence = !SENTENCE_END.matcher(between).find();
        // "(위원 32명, 민간위원 20명)": figures listed in one pair of brackets are parts, not a clause going on
        String upTo = text.substring(0, last.quantity().start());
        boolean bracketed = upTo.lastIndexOf('(') > upTo.lastIndexOf(')') && between.indexOf(')') < 0;
        return sameSentence && !bracketed && !last.how().equals("row-name") ? last.thing() : Optional.empty();
    }

    /** Whether a name is followed by a particle of the subject ("X는", "X가"). */
    private boolean subject(String text, Mention m) {
        String after = text.substring(m.end()).replaceFirst("^[’'”\"」』]+", "");
        return settings.subjectParticles().stream().anyMatch(after::startsWith);
    }

    /** The end of a sentence: a full stop before a blank or a line's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.。](?:\\s|$)");

    /**
     * The thing a table row names first before a figure, an organisation only where the row names nothing else; words
     * inside a figure of the row ("10" of a row number given the table's unit) name nothing.
     */
    private static Optional<Mention> rowName(List<Mention> things, Quantity q, List<Quantity> figures,
            ExtractionContext context) {
        List<Mention> before = things.stream().filter(m -> m.end() <= q.start())
                .filter(m -> figures.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())).toList();
        return first(before.stream().filter(m -> !context.inGroup(ORGANISATION, m.id())).toList())
                .or(() -> first(before));
    }

    /** The mention standing first; of two things named by the same words, the one the recogniser gives last. */
    private static Optional<Mention> first(List<Mention> mentions) {
        Mention first = null;
        for (Mention m : mentions) {
            if (first == null || m.start() <= first.start()) {
                first = m;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The class group of bodies, which a row may name beside what it is about. */
    private static final String ORGANISATION = "organisation";

    private static Optional<Mention> lastBefore(List<Mention> things, int at, int clauseStart) {
        Mention last = null;
        for (Mention m : things) {
            if (m.start() >= clauseStart && m.end() <= at) {
                last = m;
            }
        }
        return Optional.ofNullable(last);
    }
}
