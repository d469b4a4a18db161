package stikg.importer.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import stikg.importer.config.LayoutConfig;

/**
 * A reader that finds amounts of money, counts and multipliers in a text and normalises them: "60조 엔" is
 * 60000000000000 JPY exactly, "약 86.3조 엔" is an estimate, "20개 이상" is the count 20 as a minimum and
 * "2배" the multiplier 2. Scales, currencies, units and qualifying words come from the layout.
 */
public final class QuantityReader {

    /** An amount of money: an exact decimal in units of its ISO 4217 currency. */
    public record Amount(BigDecimal value, String currency, boolean estimate, int start, int end) {
        /** The amount written the way source files take it: a plain exact decimal. */
        public String plain() {
            return QuantityReader.plain(value);
        }
    }

    /** A count of things, with the unit word it was printed with. */
    public record Count(long value, String unit, boolean minimum, int start, int end) {
    }

    /** A relative change ("2배": 2 times). */
    public record Multiplier(BigDecimal value, int start, int end) {
        public String plain() {
            return QuantityReader.plain(value);
        }
    }

    private final LayoutConfig.Numbers numbers;
    private final Pattern money;
    private final Pattern moneyCodeFirst;
    private final Pattern count;
    private final Pattern rateNote;

    public QuantityReader(LayoutConfig.Numbers numbers) {
        this(numbers, Pattern.compile("(?!)"));
    }

    /** @param rateNote the notes that price a currency in another, whose amounts are no figures of the brief */
    private QuantityReader(LayoutConfig.Numbers numbers, Pattern rateNote) {
        this.numbers = numbers;
        this.rateNote = rateNote;
        String est = alternatives(numbers.estimate());
        String scales = alternatives(List.copyOf(numbers.scales().keySet()));
        String currencies = alternatives(List.copyOf(numbers.currencies().keySet()));
        // "2조 7,300억 원": a number may be written in two parts, the larger scale first
        this.money = Pattern.compile("(?:(?<![\\p{L}])(" + est + ")\\s*)?(?<![\\d.,])(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s?("
                + scales + ")\\s?(?=\\d))?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")?\\s?(" + currencies + ")");
        // "MVF 2억 4천만": a code written before the number, which then carries its scale
        String codes = alternatives(numbers.currencies().values().stream().distinct().toList());
        this.moneyCodeFirst = Pattern.compile("(?:(?<![\\p{L}])(" + est + ")\\s*)?(?<![\\p{L}\\d])(" + codes
                + ")\\s?(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")\\s?(?=\\d))?(\\d[\\d,]*(?:\\.\\d+)?)\\s?("
                + scales + ")");
        // "9만 2,000명", "45.1만 명", "1만여 개": a count may be written with scales, in two parts like an amount, and
        // with a word of approximation before its unit, which makes it a lower bound
        String approximate = numbers.approximate().isEmpty() ? "(?!)" : alternatives(numbers.approximate());
        this.count = Pattern.compile("(?<![\\d.,])(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")\\s?(?=\\d))?"
                + "(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")?(" + approximate + ")?\\s?("
                + alternatives(numbers.countUnits()) + ")(?:\\s?(" + alternatives(numbers.minimum()) + "))?");
    }

    /** The amounts and counts of a text, in the order they stand, as extractors take them from their context. */
    public List<stikg.importer.extract.Quantity> quantities(String text) {
        List<stikg.importer.extract.Quantity> out = new java.util.ArrayList<>();
        amounts(text).forEach(a -> out.add(new stikg.importer.extract.Quantity(true, a.plain(), a.currency(),
                a.estimate(), a.start(), a.end())));
        counts(text).forEach(c -> out.add(new stikg.importer.extract.Quantity(false, String.valueOf(c.value()),
                c.unit(), false, c.start(), c.end())));
        out.sort(java.util.Comparator.comparingInt(stikg.importer.extract.Quantity::start));
        return List.copyOf(out);
    }

    /**
     * How a brief declares a currency of its own (a made-up or foreign currency the grammar does not list): the
     * note that prices one unit of it in won ("1마르크는 약 1,430원", "1플로린 = 약 910원") makes its word a
     * currency word; its code is the code in brackets after the word ("할바리아 마르크(HVM)", "5,800억
     * 크라운(KDC)"), else the one code the brief writes before its amounts ("MVF 12억") when exactly one declared
     * word is left without a code. A word whose code the brief never gives stays no currency: the draft writes
     * currencies by code.
     *
     * @param rateNote a note pricing one unit of a currency in the home currency; its first group is the word
     * @param code a currency code
     */
    public record Declarations(Pattern rateNote, Pattern code) {

        public static final stikg.importer.extract.Setting<String> RATE_NOTE = new stikg.importer.extract.Setting<>(
                "rateNote", "(?<![\\d.,])1\\s?(\\p{IsHangul}{1,6}?)(?:은|는)?\\s*=?\\s*(?:약\\s*)?\\d[\\d,]*"
                        + "(?:\\.\\d+)?\\s?원", "a note that prices one unit of a currency in won, its first "
                        + "group the currency's word ('1마르크는 약 1,430원', '1플로린 = 약 910원') (default: "
                        + "(?<![\\d.,])1\\s?(\\p{IsHangul}{1,6}?)(?:은|는)?\\s*=?\\s*(?:약\\s*)?\\d[\\d,]*"
                        + "(?:\\.\\d+)?\\s?원)");
        public static final stikg.importer.extract.Setting<String> CODE = new stikg.importer.extract.Setting<>(
                "code", "[A-Z]{3}", "a currency code, in brackets after a currency word or before an amount "
                        + "(default: [A-Z]{3}, the shape of ISO 4217 codes)");

        /** The layout's {@code settings.currencies}, each setting left out at its default. */
        public static Declarations from(Object section) {
            var given = stikg.importer.extract.Setting.given(section, "currencies", List.of(RATE_NOTE, CODE));
            return new Declarations(Pattern.compile(RATE_NOTE.from(given)), Pattern.compile(CODE.from(given)));
        }

        /** The defaults. */
        public static Declarations defaults() {
            return from(null);
        }
    }

    /**
     * This reader for a brief that says which currency a currency word means ("금액은 아르벤 원(ARW) 기준", "유로
     * (EUR)"): a currency word standing as a word of its own, followed by a three-letter ISO 4217 code in brackets,
     * means that code throughout the brief (a brief on a foreign plan writes its country's won or dollar as 원 or
     * 달러). Only the first code given for a word counts. The brief's own currencies are read as the default
     * {@link Declarations} say.
     */
    public QuantityReader glossedBy(List<String> lines) {
        return glossedBy(lines, Declarations.defaults());
    }

    /** This reader for a brief, with the currency words it glosses and the currencies it declares. */
    public QuantityReader glossedBy(List<String> lines, Declarations declared) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(numbers.currencies().keySet());
        java.util.Set<String> own = new java.util.LinkedHashSet<>();
        for (String line : lines) {
            Matcher r = declared.rateNote().matcher(line);
            while (r.find()) {
                if (!numbers.currencies().containsKey(r.group(1))) {
                    own.add(r.group(1));
                }
            }
        }
        words.addAll(own);
        Pattern gloss = Pattern.compile("(?<![\\p{L}])(" + alternatives(List.copyOf(words)) + ")\\s?\\(\\s?("
                + declared.code().pattern() + ")\\s?\\)");
        Map<String, String> currencies = new java.util.HashMap<>(numbers.currencies());
        java.util.Set<String> glossed = new java.util.HashSet<>();
        for (String line : lines) {
            Matcher m = gloss.matcher(line);
            while (m.find()) {
                if (glossed.add(m.group(1))) {
                    currencies.put(m.group(1), m.group(2));
                }
            }
        }
        java.util.Set<String> bare = new java.util.LinkedHashSet<>(own);
        bare.removeAll(glossed);
        java.util.Set<String> first = codesFirst(lines, declared);
        first.removeAll(currencies.values());
        if (bare.size() == 1 && first.size() == 1) {
            // the one word left without a code and the one code written before amounts name the same currency
            currencies.put(bare.iterator().next(), first.iterator().next());
        }
        if (glossed.isEmpty() && currencies.size() == numbers.currencies().size()) {
            return this;
        }
        LayoutConfig.Numbers n = numbers;
        return new QuantityReader(new LayoutConfig.Numbers(n.scales(), currencies, n.countUnits(), n.estimate(),
                n.minimum(), n.multiplier(), n.twoDigitYearBase(), n.coverage(), n.targetWords(), n.actualWords(),
                n.indicatorClass(), n.indicatorProperty(), n.dates(), n.unitLine(), n.approximate()),
                declared.rateNote());
    }

    /** The codes a brief writes right before a number with a scale ("MVF 1,140억"), in the order first written. */
    private java.util.Set<String> codesFirst(List<String> lines, Declarations declared) {
        Pattern first = Pattern.compile("(?<![\\p{L}\\d])(" + declared.code().pattern() + ")\\s?\\d[\\d,]*"
                + "(?:\\.\\d+)?\\s?(?:" + alternatives(List.copyOf(numbers.scales().keySet())) + ")");
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = first.matcher(line);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String alternatives(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    public List<Amount> amounts(String text) {
        List<int[]> notes = new ArrayList<>();
        Matcher r = rateNote.matcher(text);
        while (r.find()) {
            notes.add(new int[] {r.start(), r.end()});
        }
        List<Amount> out = new ArrayList<>();
        Matcher m = money.matcher(text);
        while (m.find()) {
            BigDecimal v = value(m.group(2), m.group(3), m.group(4), m.group(5));
            out.add(new Amount(v, numbers.currencies().get(m.group(6)), m.group(1) != null, m.start(), m.end()));
        }
        Matcher c = moneyCodeFirst.matcher(text);
        while (c.find()) {
            int s = c.start();
            if (out.stream().noneMatch(a -> a.start() < c.end() && s < a.end())) {
                out.add(new Amount(value(c.group(3), c.group(4), c.group(5), c.group(6)), c.group(2),
                        c.group(1) != null, c.start(), c.end()));
            }
        }
        // a note pricing one currency in another ("1마르크는 약 1,430원") states no figure of the brief
        out.removeIf(a -> notes.stream().anyMatch(n -> n[0] <= a.start() && a.end() <= n[1]));
        out.sort(Comparator.comparingInt(Amount::start));
        return out;
    }

    /** A number in one or two parts ("2조 7,300억", "4천만"): the high part with its scale, the low with its own. */
    private BigDecimal value(String high, String highScale, String low, String lowScale) {
        BigDecimal v = new BigDecimal(low.replace(",", ""));
        if (lowScale != null) {
            v = v.multiply(numbers.scales().get(lowScale));
        }
        if (high != null) {
            BigDecimal h = new BigDecimal(high.replace(",", "")).multiply(numbers.scales().get(highScale));
            if (lowScale == null || numbers.scales().get(highScale).compareTo(numbers.scales().get(lowScale)) > 0) {
                v = v.add(h);
            }
        }
        return v;
    }

    public List<Count> counts(String text) {
        List<Count> out = new ArrayList<>();
        Matcher m = count.matcher(text);
        while (m.find()) {
            BigDecimal v = value(m.group(1), m.group(2), m.group(3), m.group(4));
            // a number of things is whole: "2.5명" is no count read right
            if (v.stripTrailingZeros().scale() > 0) {
                continue;
            }
            out.add(new Count(v.longValueExact(), m.group(6), m.group(5) != null || m.group(7) != null, m.start(),
                    m.end()));
        }
        return out;
    }

    public List<Multiplier> multipliers(String text) {
        List<Multiplier> out = new ArrayList<>();
        Matcher m = numbers.multiplier().matcher(text);
        while (m.find()) {
            out.add(new Multiplier(new BigDecimal(m.group(1)), m.start(), m.end()));
        }
        return out;
    }

    /** An exact decimal without exponent or needless trailing zeros: 4.36E+13 is 43600000000000. */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** The coverage remark of a figure ("(단, 2024년까지 4년간)"), if the text has one after {@code from}. */
    public java.util.Optional<String> coverage(String text, int from) {
        Matcher m = numbers.coverage().matcher(text);
        return m.find(from) && m.start() - from < 4 ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }
}
