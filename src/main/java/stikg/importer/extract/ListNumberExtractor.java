package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The number a list printed in a sentence gives each of its items: a list mark ("①", "②" …) right before a name the
 * draft knows (a goal, an area, a technology) is that item's number, and the mark's place in the marks its order
 * ("3대 목표: ①A, ②B, ③C", "영역은 ① A, ② B"). A single mark is no list: at least two marks in their order must
 * stand in the passage.
 */
public final class ListNumberExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<String> marks, List<String> items, int minimumItems) {

        public static final Setting<List<String>> MARKS = new Setting<>("marks", List.of("①", "②", "③", "④",
                "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"),
                "list marks in their order; the n-th gives order n (default: the circled numbers ① to ⑳)");
        public static final Setting<List<String>> ITEMS = new Setting<>("items", List.of("concept"),
                "class groups of the things a list numbers (default: concept: goals, areas, technologies)");
        public static final Setting<Integer> MINIMUM_ITEMS = new Setting<>("minimumItems", 2,
                "how many marks, in their order, make a passage a list (default: 2)");

        public Settings {
            marks = List.copyOf(marks);
            items = List.copyOf(items);
        }

        /** The layout's {@code settings.listNumbers}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("listNumbers"), "listNumbers", List.of(MARKS, ITEMS, MINIMUM_ITEMS));
            return new Settings(MARKS.from(given), ITEMS.from(given), MINIMUM_ITEMS.from(given));
        }
    }

    private final Settings settings;

    public ListNumberExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "list-number";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<int[]> marks = new ArrayList<>();   // {position, order}
        int next = 0;
        int from = 0;
        while (next < settings.marks().size()) {
            int at = text.indexOf(settings.marks().get(next), from);
            if (at < 0) {
                break;
            }
            marks.add(new int[] {at, next + 1});
            from = at + settings.marks().get(next).length();
            next++;
        }
        if (marks.size() < settings.minimumItems()) {
            return List.of();
        }
        List<Mention> names = context.names().find(text);
        List<CandidateFact> out = new ArrayList<>();
        for (int[] m : marks) {
            String mark = settings.marks().get(m[1] - 1);
            int start = m[0] + mark.length();
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            for (Mention n : names) {
                if (n.start() == start && settings.items().stream().anyMatch(g -> context.inGroup(g, n.id()))) {
                    Evidence e = new Evidence(passage.at(), m[0], n.end());
                    String why = "'" + text.substring(m[0], n.end()) + "': item " + m[1] + " of a list in the passage";
                    out.add(new CandidateFact(n.id(), "number", mark, true, id() + "/mark", e, why));
                    out.add(new CandidateFact(n.id(), "order", String.valueOf(m[1]), true, id() + "/mark", e, why));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
