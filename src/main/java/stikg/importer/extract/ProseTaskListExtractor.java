package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The measures a running sentence lists under a policy area, in one of two frames. A sentence whose subject names
 * the area's tasks gives them as its predicate, counted after them ("과제는 A, B, C의 세 가지이다"): exactly as
 * many items as the count says. A sentence giving the actions as the object of a verb of carrying out lists them
 * joined by commas, "와/과" and "그리고" ("… A와 B, 그리고 C를 추진한다"): at least two of them. Each item is a
 * measure of what the passage is about (the area the sentence stands under, {@link TextPassage#about()}), named by
 * its words. Only short items made of whole words are read (a clause is no measure), and only a sentence in one of
 * the two frames: prose that reports, explains or names one action gives nothing, as measures in running prose are
 * too often descriptions.
 */
public final class ProseTaskListExtractor implements ProposingExtractor {

    /** The local name of a proposed measure: the merge numbers it after the sentence's line and its place. */
    public static final String MEASURE = "prose-task";

    /** The settings of this extractor (the layout's {@code settings.proseTaskLists}), each with a documented default. */
    public record Settings(List<String> taskWords, List<String> verbs, List<String> countWords, String measureClass,
            String link, int minimumWords, int maximumWords) {

        public static final Setting<List<String>> TASK_WORDS = new Setting<>("taskWords", List.of("과제"),
                "words of a sentence's subject naming the tasks it counts ('…의 과제는 A, B의 두 가지이다'; "
                        + "default: 과제)");
        public static final Setting<List<String>> VERBS = new Setting<>("verbs", List.of("추진한다", "추진하고",
                "추진할 계획이다", "시행한다", "실시한다"), "verbs of carrying out whose object lists the actions "
                        + "('A와 B, 그리고 C를 추진한다'; default: 추진한다, 추진하고, 추진할 계획이다, 시행한다, 실시한다)");
        public static final Setting<List<String>> COUNT_WORDS = new Setting<>("countWords", NativeCounts.TWO_TO_TEN,
                "Korean numerals 2 to 10 of a count such as '네 가지' " + NativeCounts.DOCUMENTED);
        public static final Setting<String> MEASURE_CLASS = new Setting<>("measureClass", "Measure",
                "the class of a task listed (default: Measure)");
        public static final Setting<String> LINK = new Setting<>("link", "underArea",
                "the property from a task to what the sentence is about (default: underArea)");
        public static final Setting<Integer> MINIMUM_WORDS = new Setting<>("minimumWords", 2,
                "at least this many words in an item, and on each side of a '와/과' that joins two (default: 2)");
        public static final Setting<Integer> MAXIMUM_WORDS = new Setting<>("maximumWords", 6,
                "at most this many words in an item, so that a clause is not taken for one (default: 6)");

        public Settings {
            taskWords = List.copyOf(taskWords);
            verbs = List.copyOf(verbs);
            countWords = List.copyOf(countWords);
        }

        public static Settings from(LayoutConfig layout) {
            Map<String, ?> given = Setting.given(layout.extraction().setting("proseTaskLists"), "proseTaskLists",
                    List.of(TASK_WORDS, VERBS, COUNT_WORDS, MEASURE_CLASS, LINK, MINIMUM_WORDS, MAXIMUM_WORDS));
            return new Settings(TASK_WORDS.from(given), VERBS.from(given), COUNT_WORDS.from(given),
                    MEASURE_CLASS.from(given), LINK.from(given), MINIMUM_WORDS.from(given),
                    MAXIMUM_WORDS.from(given));
        }
    }

    /** A sentence: up to a full stop followed by a blank or the end. */
    private static final Pattern SENTENCE = Pattern.compile("[^.]+(?:\\.(?=\\s|$)|$)");
    /** Where a list's items part: a comma, with "그리고" after it or not. */
    private static final Pattern COMMA = Pattern.compile(",\\s*(?:그리고\\s+)?");
    /** A "와/과" (or "및") joining two items, right after a word. */
    private static final Pattern AND = Pattern.compile("(?<=\\p{IsHangul})(?:와|과)\\s+|\\s+및\\s+");

    private final Settings settings;
    private final Pattern counted;
    private final Pattern carried;

    public ProseTaskListExtractor(Settings settings) {
        this.settings = settings;
        this.counted = Pattern.compile("(?:" + alternatives(settings.taskWords()) + ")(?:은|는)\\s+(.+?)의\\s+("
                + alternatives(settings.countWords()) + "|\\d{1,2})\\s*가지(?:이다|다)\\.?$");
        this.carried = Pattern.compile("^(?:.*?(?:에서는|에서|은|는)\\s+)?(.+?)(?<=\\p{IsHangul})(?:을|를)\\s+(?:"
                + alternatives(settings.verbs()) + ")\\.?$");
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    @Override
    public String id() {
        return "proseTasks";
    }

    @Override
    public Phase phase() {
        return Phase.STATEMENTS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        if (passage.about().isEmpty()) {
            return Proposal.nothing();
        }
        String text = passage.text();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            String sentence = s.group().strip();
            int at = s.start() + s.group().indexOf(sentence);
            List<int[]> items = items(sentence);
            if (items.isEmpty()) {
                continue;
            }
            for (int[] item : items) {
                String key = CandidateEntity.BLANK + MEASURE + "-" + (entities.size() + 1);
                String name = sentence.substring(item[0], item[1]);
                Evidence evidence = new Evidence(passage.at(), at + item[0], at + item[1]);
                entities.add(new CandidateEntity(key, settings.measureClass(), name, MEASURE, evidence,
                        "task " + (items.indexOf(item) + 1) + " of " + items.size() + " a sentence lists"));
                facts.add(new CandidateFact(key, settings.link(), passage.about().get(), false, id() + "/listed",
                        evidence, "a task the sentence lists under what it is about"));
            }
        }
        return new Proposal(entities, facts);
    }

    /** The spans of the items a sentence lists in one of the two frames, else none. */
    private List<int[]> items(String sentence) {
        Matcher c = counted.matcher(sentence);
        if (c.find()) {
            List<int[]> items = split(sentence, c.start(1), c.end(1));
            return items.size() == count(c.group(2)) ? items : List.of();
        }
        Matcher v = carried.matcher(sentence);
        if (v.find()) {
            List<int[]> items = split(sentence, v.start(1), v.end(1));
            return items.size() >= 2 ? items : List.of();
        }
        return List.of();
    }

    private int count(String word) {
        return NativeCounts.of(word, settings.countWords()).orElseGet(() -> Integer.parseInt(word));
    }

    /** The items between {@code from} and {@code to}: apart by commas, then by a "와/과" between two long enough. */
    private List<int[]> split(String sentence, int from, int to) {
        List<int[]> out = new ArrayList<>();
        List<int[]> chunks = cut(sentence, from, to, COMMA);
        for (int[] chunk : chunks) {
            List<int[]> joined = cut(sentence, chunk[0], chunk[1], AND);
            boolean apart = joined.size() > 1 && joined.stream().allMatch(j -> words(sentence, j)
                    >= settings.minimumWords());
            for (int[] item : apart ? joined : List.of(chunk)) {
                int n = words(sentence, item);
                if (n < settings.minimumWords() || n > settings.maximumWords()) {
                    return List.of();
                }
                out.add(item);
            }
        }
        return out;
    }

    private static List<int[]> cut(String sentence, int from, int to, Pattern separator) {
        List<int[]> out = new ArrayList<>();
        Matcher m = separator.matcher(sentence).region(from, to);
        int start = from;
        while (m.find()) {
            out.add(trimmed(sentence, start, m.start()));
            start = m.end();
        }
        out.add(trimmed(sentence, start, to));
        return out;
    }

    private static int[] trimmed(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private static int words(String s, int[] span) {
        String t = s.substring(span[0], span[1]).strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
