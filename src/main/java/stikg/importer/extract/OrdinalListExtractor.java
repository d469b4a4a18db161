package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * A list printed in prose with ordinal words ("… 세 가지 목표를 내세운다. 첫째, A, 둘째, B, 셋째, C이다."): the items
 * follow the ordinals in turn, at least two of them, and the title before the first ordinal decides what they are:
 * a goal word (목표) makes them the goals the plan aims at, a table kind's title word (미션, 전략, 분야 …) the rows of
 * that kind (policy areas of the plan). A count before the title ("세 가지", "3대") must be the number of items. Each
 * item is proposed with its order; the plan the passage is about gets it by the title's link. Goals may also be
 * numbered with circled numbers ("(3대 목표) ① A, ② B, ③ C"); circled numbers under any other title are left to the
 * enumeration rule, since they number technology areas and fields as often.
 */
public final class OrdinalListExtractor implements ProposingExtractor {

    /** The settings of this extractor (the layout's {@code settings.ordinalLists}), each with a documented default. */
    public record Settings(List<LayoutConfig.TableKind> kinds, List<String> ordinals, List<String> goalWords,
            String goalType, String goalLink, List<String> countWords, int itemWords) {

        public static final Setting<List<String>> ORDINALS = new Setting<>("ordinals", List.of("첫째", "둘째", "셋째",
                "넷째", "다섯째", "여섯째", "일곱째", "여덟째", "아홉째", "열째"), "ordinal words in their order "
                        + "(default: 첫째 … 열째)");
        public static final Setting<List<String>> GOAL_WORDS = new Setting<>("goalWords", List.of("목표"),
                "title words of a list of the plan's goals (default: 목표)");
        public static final Setting<String> GOAL_TYPE = new Setting<>("goalType", "skos:Concept",
                "the class of a goal (default: skos:Concept)");
        public static final Setting<String> GOAL_LINK = new Setting<>("goalLink", "aimsAt",
                "the property from the plan to a goal (default: aimsAt)");
        public static final Setting<List<String>> COUNT_WORDS = new Setting<>("countWords", NativeCounts.TWO_TO_TEN,
                "Korean numerals 2 to 10 of a count such as '세 가지' " + NativeCounts.DOCUMENTED);
        public static final Setting<Integer> ITEM_WORDS = new Setting<>("itemWords", 8,
                "at most this many words in an item, so that a clause is not taken for one (default: 8)");

        public Settings {
            kinds = List.copyOf(kinds);
            ordinals = List.copyOf(ordinals);
            goalWords = List.copyOf(goalWords);
            countWords = List.copyOf(countWords);
        }

        /** The title words of kinds are the table kinds' ({@code tableKinds}). */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("ordinalLists"), "ordinalLists",
                    List.of(ORDINALS, GOAL_WORDS, GOAL_TYPE, GOAL_LINK, COUNT_WORDS, ITEM_WORDS));
            return new Settings(layout.extraction().tableKinds(), ORDINALS.from(given), GOAL_WORDS.from(given),
                    GOAL_TYPE.from(given), GOAL_LINK.from(given), COUNT_WORDS.from(given), ITEM_WORDS.from(given));
        }
    }

    /** What closes the last item: a copula or a nominal ending and the sentence's end. */
    private static final Pattern LAST_END = Pattern.compile("\\s*(?:이다|이며|임|등이다|등임|등)?\\s*[.。]?\\s*$");
    private static final Pattern ARABIC_COUNT = Pattern.compile("(\\d{1,2})\\s*(?:대|가지|개)");

    private final Settings settings;

    public OrdinalListExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "ordinalList";
    }

    @Override
    public Phase phase() {
        return Phase.LISTS;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<int[]> marks = new ArrayList<>();   // {start, end} of each ordinal in turn
        int from = 0;
        for (String ordinal : settings.ordinals()) {
            Matcher m = Pattern.compile("(?<![\\p{IsHangul}])" + ordinal + "(?:로|는|으로)?\\s*[,，]?\\s*")
                    .matcher(text);
            if (!m.find(from)) {
                break;
            }
            marks.add(new int[] {m.start(), m.end()});
            from = m.end();
        }
        boolean circled = false;
        if (marks.size() < 2) {
            marks = circledMarks(text);
            circled = true;
        }
        if (marks.size() < 2) {
            return Proposal.nothing();
        }
        String before = text.substring(0, marks.get(0)[0]);
        Optional<String> type = Optional.empty();
        Optional<String> link = Optional.empty();
        String titleWord = null;
        if (circled && settings.goalWords().stream().noneMatch(before::contains)) {
            // circled numbers list many things (technology areas, fields): only a title of goals says what they are
            return Proposal.nothing();
        }
        if (settings.goalWords().stream().anyMatch(before::contains)) {
            type = Optional.of(settings.goalType());
            link = Optional.of(settings.goalLink());
            titleWord = settings.goalWords().stream().filter(before::contains).findFirst().orElseThrow();
        } else {
            for (LayoutConfig.TableKind k : settings.kinds()) {
                Optional<String> w = k.titleWords().stream().filter(before::contains).findFirst();
                if (w.isPresent()) {
                    type = Optional.of(k.row().type());
                    link = Optional.ofNullable(k.row().planToRow());
                    titleWord = w.get();
                    break;
                }
            }
        }
        if (type.isEmpty()) {
            return Proposal.nothing();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String item = text.substring(marks.get(i)[1], end).strip();
            item = i + 1 < marks.size() ? item.replaceAll("[,，]\\s*$", "").strip()
                    : LAST_END.matcher(item).replaceFirst("").strip();
            if (item.isEmpty() || item.split("\\s+").length > settings.itemWords() || item.contains(". ")
                    || item.contains(",")) {
                return Proposal.nothing();
            }
            items.add(item);
        }
        Optional<Integer> count = count(before.substring(0, before.lastIndexOf(titleWord)));
        if (count.isPresent() && count.get() != items.size()) {
            return Proposal.nothing();
        }
        Evidence list = new Evidence(passage.at(), marks.get(0)[0], text.length());
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        for (int order = 1; order <= items.size(); order++) {
            String key = CandidateEntity.BLANK + "ordinal-" + order;
            entities.add(new CandidateEntity(key, type.get(), items.get(order - 1), "list", list, "item " + order
                    + " of the list the prose prints with ordinal words under '" + titleWord + "'"));
            facts.add(new CandidateFact(key, "order", String.valueOf(order), true, id() + "/order", list,
                    "item " + order + " as the ordinals number it"));
            if (link.isPresent() && passage.about().isPresent()) {
                facts.add(new CandidateFact(passage.about().get(), link.get(), key, false, id() + "/" + link.get(),
                        list, "the plan's list, by its title word"));
            }
        }
        return new Proposal(entities, facts);
    }

    /** The circled numbers of a text in turn from ① ("① A, ② B, ③ C"), each {start, end} with the blanks after. */
    private static List<int[]> circledMarks(String text) {
        List<int[]> marks = new ArrayList<>();
        int from = 0;
        for (char mark = '①'; mark <= '⑳'; mark++) {
            int at = text.indexOf(mark, from);
            if (at < 0) {
                break;
            }
            int end = at + 1;
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            marks.add(new int[] {at, end});
            from = end;
        }
        return marks;
    }

    /** The count the words just before a title give ("세 가지", "3대"), if any. */
    private Optional<Integer> count(String before) {
        String[] w = before.strip().split("\\s+");
        if (w.length == 0) {
            return Optional.empty();
        }
        String last = w[w.length - 1].replaceAll("^[(（\\[]+", "");   // "(3대 목표)": the count opens a bracket
        Matcher a = ARABIC_COUNT.matcher(last);
        if (a.matches()) {
            return Optional.of(Integer.parseInt(a.group(1)));
        }
        if (last.equals("가지") && w.length > 1) {
            return NativeCounts.of(w[w.length - 2], settings.countWords());
        }
        return Optional.empty();
    }
}
