package stikg.importer.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import stikg.importer.config.LayoutConfig;

/**
 * The targets a table item states, read from the item's text as one passage about the item (the table reader hands
 * it over as it drafts the item): a multiplier ("2배 증액": a target node with the multiplier) and a count of things
 * ("20개 이상": a target node holding a count, with whether it is a minimum), all multipliers first, each in the
 * order printed. The merge writes them on the item when the table's kind makes it a measure.
 */
public final class ItemTargetExtractor implements Extractor {

    /** The property of a target from the item, and the class of its node. */
    public static final String TARGET = "target";
    public static final String TARGET_CLASS = "Target";

    /** The layout's numbers: its pattern of a multiplier, its count units and its words of a minimum. */
    public record Settings(Pattern multiplier, Pattern count) {

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Numbers n = layout.numbers();
            return new Settings(n.multiplier(), Pattern.compile("(?<![\\d.,])(\\d[\\d,]*)\\s?("
                    + alternatives(n.countUnits()) + ")(?:\\s?(" + alternatives(n.minimum()) + "))?"));
        }

        private static String alternatives(List<String> words) {
            return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|"));
        }
    }

    private final Settings settings;

    public ItemTargetExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "item-target";
    }

    @Override
    public Phase phase() {
        return Phase.ROWS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        if (passage.about().isEmpty()) {
            return List.of();
        }
        List<CandidateFact> out = new ArrayList<>();
        String item = passage.about().get();
        Matcher m = settings.multiplier().matcher(passage.text());
        while (m.find()) {
            out.add(new CandidateFact(item, TARGET, TARGET_CLASS, false, id() + "/multiplier",
                    new Evidence(passage.at(), m.start(), m.end()), "a multiplier the item states",
                    Map.of("multiplier", plain(new BigDecimal(m.group(1))))));
        }
        Matcher c = settings.count().matcher(passage.text());
        while (c.find()) {
            Map<String, String> node = new LinkedHashMap<>();
            node.put("count/Count/countValue", String.valueOf(Long.parseLong(c.group(1).replace(",", ""))));
            if (c.group(3) != null) {
                node.put("count/Count/isMinimum", "true");
            }
            out.add(new CandidateFact(item, TARGET, TARGET_CLASS, false, id() + "/count",
                    new Evidence(passage.at(), c.start(), c.end()), "a count the item states", node));
        }
        return List.copyOf(out);
    }

    /** An exact decimal without exponent or needless trailing zeros. */
    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
