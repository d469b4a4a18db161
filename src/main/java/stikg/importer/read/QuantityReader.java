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
    private final Pattern count;

    public QuantityReader(LayoutConfig.Numbers numbers) {
        this.numbers = numbers;
        String est = alternatives(numbers.estimate());
        String scales = alternatives(List.copyOf(numbers.scales().keySet()));
        String currencies = alternatives(List.copyOf(numbers.currencies().keySet()));
        // "2조 7,300억 원": a number may be written in two parts, the larger scale first
        this.money = Pattern.compile("(?:(?<![\\p{L}])(" + est + ")\\s*)?(?<![\\d.,])(?:(\\d[\\d,]*(?:\\.\\d+)?)\\s?("
                + scales + ")\\s?(?=\\d))?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(" + scales + ")?\\s?(" + currencies + ")");
        this.count = Pattern.compile("(?<![\\d.,])(\\d[\\d,]*)\\s?(" + alternatives(numbers.countUnits()) + ")(?:\\s?("
                + alternatives(numbers.minimum()) + "))?");
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
     * This reader for a brief that says which currency a currency word means ("금액은 아르벤 원(ARW) 기준", "유로
     * (EUR)"): a currency word standing as a word of its own, followed by a three-letter ISO 4217 code in brackets,
     * means that code throughout the brief (a brief on a foreign plan writes its country's won or dollar as 원 or
     * 달러). Only the first code given for a word counts.
     */
    public QuantityReader glossedBy(List<String> lines) {
        Pattern gloss = Pattern.compile("(?<![\\p{L}])(" + alternatives(List.copyOf(numbers.currencies().keySet()))
                + ")\\s?\\(\\s?([A-Z]{3})\\s?\\)");
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
        if (glossed.isEmpty()) {
            return this;
        }
        LayoutConfig.Numbers n = numbers;
        return new QuantityReader(new LayoutConfig.Numbers(n.scales(), currencies, n.countUnits(), n.estimate(),
                n.minimum(), n.multiplier(), n.twoDigitYearBase(), n.coverage(), n.targetWords(), n.actualWords(),
                n.indicatorClass(), n.indicatorProperty(), n.dates()));
    }

    private static String alternatives(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    public List<Amount> amounts(String text) {
        List<Amount> out = new ArrayList<>();
        Matcher m = money.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(4).replace(",", ""));
            if (m.group(5) != null) {
                v = v.multiply(numbers.scales().get(m.group(5)));
            }
            if (m.group(2) != null) {
                BigDecimal high = new BigDecimal(m.group(2).replace(",", "")).multiply(numbers.scales().get(m.group(3)));
                if (m.group(5) == null || numbers.scales().get(m.group(3)).compareTo(numbers.scales().get(m.group(5))) > 0) {
                    v = v.add(high);
                }
            }
            out.add(new Amount(v, numbers.currencies().get(m.group(6)), m.group(1) != null, m.start(), m.end()));
        }
        return out;
    }

    public List<Count> counts(String text) {
        List<Count> out = new ArrayList<>();
        Matcher m = count.matcher(text);
        while (m.find()) {
            out.add(new Count(Long.parseLong(m.group(1).replace(",", "")), m.group(2), m.group(3) != null, m.start(),
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
