package stikg.importer.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The kind of a table of things in rows, from its caption and the headers of its name and items columns: the first
 * of the layout's kinds whose title words name the counted list of its caption (the last one: "5대 전략 12개
 * 추진과제" lists tasks), since a numbered list's title word decides what its items are whatever the headers say,
 * else the first whose header words match. Not an extractor: the table extractors that need a table's kind decide
 * it with this, each from its own passage.
 */
public final class TableKinds {

    /**
     * The settings of the decision: the layout's kinds of tables and the layout's {@code settings.tableItems}
     * (its count before a list's title word in a caption).
     */
    public record Settings(List<LayoutConfig.TableKind> kinds, Pattern counted) {

        public static final Setting<String> COUNTED_TITLE = new Setting<>("countedTitle",
                "(?:\\d{1,2}|\\p{IsHangul}{1,3}\\s)\\s*(?:대|개|가지)\\s+(?=(\\S+(?:\\s+[^\\s\\d]\\S*)?))",
                "a count before a list's title word in a table's caption ('5대 미션', '12개 추진과제', '여섯 가지 "
                        + "전략'), its first group the title (default: one or two digits, or one to three Hangul "
                        + "syllables and a space, then 대, 개 or 가지, then one or two words)");

        public Settings {
            kinds = List.copyOf(kinds);
        }

        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("tableItems"), "tableItems",
                    List.of(COUNTED_TITLE));
            return new Settings(layout.extraction().tableKinds(), Pattern.compile(COUNTED_TITLE.from(given)));
        }
    }

    /** A kind decided: the kind, and the span of the caption whose title decided it, if the caption did. */
    public record Decided(LayoutConfig.TableKind kind, Optional<int[]> title) {
    }

    private final Settings settings;

    public TableKinds(Settings settings) {
        this.settings = settings;
    }

    /** The kind of a table read with its caption and items. */
    public Optional<Decided> of(TableItems table) {
        return of(table.captionText(), table.nameHeader(), table.itemsHeader());
    }

    /** The kind of a table with this caption (or null) and these headers of its name and items columns. */
    public Optional<Decided> of(String caption, String nameHeader, String itemsHeader) {
        if (caption != null) {
            Matcher m = settings.counted().matcher(caption);
            int[] title = null;
            while (m.find()) {
                title = new int[] {m.start(1), m.end(1)};
            }
            if (title != null) {
                String words = caption.substring(title[0], title[1]);
                for (LayoutConfig.TableKind k : settings.kinds()) {
                    if (k.titleWords().stream().anyMatch(words::contains)) {
                        return Optional.of(new Decided(k, Optional.of(title)));
                    }
                }
            }
        }
        for (LayoutConfig.TableKind k : settings.kinds()) {
            boolean name = k.nameHeader().isEmpty() || k.nameHeader().stream().anyMatch(nameHeader::contains);
            boolean items = k.itemsHeader().isEmpty() || k.itemsHeader().stream().anyMatch(itemsHeader::contains);
            if (name && items) {
                return Optional.of(new Decided(k, Optional.empty()));
            }
        }
        return Optional.empty();
    }
}
