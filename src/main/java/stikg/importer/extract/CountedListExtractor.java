package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.text.KoreanMorphology;

/**
 * A numbered list printed in prose: "5대 미션 … 미션은 ① 기후중립 산업, ② 건강한 장수사회, …", "5대 핵심기술 …
 * 전략은 인공지능, 양자기술, 반도체, 수소, 합성생물학을 …". The list's title word decides what its items are (the
 * table kinds' title words: 미션/전략 → policy areas of the plan, …기술 → technology areas), and the count decides
 * where the list is: exactly as many items as the title counts, circled or joined by commas, in the same paragraph.
 * Each item is proposed with its order; the plan the passage is about gets it by the kind's link. Whether an item is
 * one the draft holds already under its name (a row of a table) is the merge's decision; two lists that both say
 * "5대" stay two lists, each of its own class.
 */
public final class CountedListExtractor implements ProposingExtractor {

    /** The settings of this extractor (the layout's {@code settings.countedLists}), each with a documented default. */
    public record Settings(List<LayoutConfig.TableKind> kinds, List<String> particles, Pattern count,
            Pattern circled, int maximumCount, int circledWords, int commaWords) {

        public static final Setting<Pattern> COUNT = new Setting<>("count",
                Pattern.compile("(\\d{1,2})\\s*대\\s+(\\S+)"), "a list's title: its count and its title word "
                        + "(default: '(\\d{1,2})\\s*대\\s+(\\S+)', \"5대 미션\")");
        public static final Setting<Pattern> CIRCLED = new Setting<>("circled", Pattern.compile("[①-⑳]"),
                "the mark of a circled item (default: ① to ⑳)");
        public static final Setting<Integer> MAXIMUM_COUNT = new Setting<>("maximumCount", 20,
                "the largest count a list's title may give; a count under 2 is no list (default: 20)");
        public static final Setting<Integer> CIRCLED_WORDS = new Setting<>("circledWords", 5,
                "at most this many words in a circled item, so that a clause is not taken for one (default: 5)");
        public static final Setting<Integer> COMMA_WORDS = new Setting<>("commaWords", 3,
                "at most this many words in an item of a list joined by commas (default: 3)");

        public Settings {
            kinds = List.copyOf(kinds);
            particles = List.copyOf(particles);
        }

        /** The title words are the table kinds' ({@code tableKinds}), the particles the grammar's. */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("countedLists"), "countedLists",
                    List.of(COUNT, CIRCLED, MAXIMUM_COUNT, CIRCLED_WORDS, COMMA_WORDS));
            return new Settings(layout.extraction().tableKinds(), layout.words().particles(), COUNT.from(given),
                    CIRCLED.from(given), MAXIMUM_COUNT.from(given), CIRCLED_WORDS.from(given),
                    COMMA_WORDS.from(given));
        }
    }

    private final Settings settings;
    private final KoreanMorphology morphology;

    public CountedListExtractor(Settings settings) {
        this.settings = settings;
        this.morphology = new KoreanMorphology(settings.particles());
    }

    @Override
    public String id() {
        return "countedList";
    }

    @Override
    public Phase phase() {
        return Phase.LISTS;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Matcher m = settings.count().matcher(text);
        int lists = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String title = m.group(2);
            Optional<LayoutConfig.TableKind> kind = settings.kinds().stream()
                    .filter(k -> k.titleWords().stream().anyMatch(title::contains)).findFirst();
            if (n < 2 || n > settings.maximumCount() || kind.isEmpty()) {
                continue;
            }
            String after = text.substring(m.end());
            List<String> items = circled(after, n).or(() -> commaList(after, n)).orElse(List.of());
            if (items.isEmpty()) {
                continue;
            }
            lists++;
            // the items are read from the title on: the list and its title are the evidence of each
            Evidence list = new Evidence(passage.at(), m.start(), text.length());
            LayoutConfig.Role row = kind.get().row();
            for (int order = 1; order <= items.size(); order++) {
                String key = CandidateEntity.BLANK + "list" + lists + "-" + order;
                entities.add(new CandidateEntity(key, row.type(), items.get(order - 1), "list",
                        list, "item " + order + " of the " + n + " the prose lists under '" + m.group().strip()
                        + "' (its title word decides the class)"));
                facts.add(new CandidateFact(key, "order", String.valueOf(order), true, id() + "/order", list,
                        "item " + order + " as the list prints it"));
                if (row.planToRow() != null && passage.about().isPresent()) {
                    facts.add(new CandidateFact(passage.about().get(), row.planToRow(), key, false,
                            id() + "/" + row.planToRow(), list, "the plan's list, by its title word"));
                }
            }
        }
        return new Proposal(entities, facts);
    }

    /** "① A, ② B, … ⑤ E로": exactly n circled items, the last one without the particle that ends the list. */
    private Optional<List<String>> circled(String text, int n) {
        Matcher c = settings.circled().matcher(text);
        if (!c.find()) {
            return Optional.empty();
        }
        String[] parts = settings.circled().split(text.substring(c.start()));
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String t = part.strip().split("[,，、]", 2)[0].strip();   // an item ends at its comma
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        if (items.size() != n) {
            return Optional.empty();
        }
        items.set(n - 1, firstPhrase(items.get(n - 1)));
        return items.stream().allMatch(i -> !i.isEmpty() && words(i) <= settings.circledWords())
                ? Optional.of(items) : Optional.empty();
    }

    /** "전략은 A, B, C, D, E를 …": n names joined by commas, the first after a word with a particle, the last up to one. */
    private Optional<List<String>> commaList(String text, int n) {
        String[] parts = text.split(",\\s*");
        for (int i = 0; i + n <= parts.length; i++) {
            List<String> items = new ArrayList<>();
            items.add(lastPhrase(parts[i]));
            for (int j = i + 1; j < i + n - 1; j++) {
                items.add(parts[j].strip());
            }
            items.add(firstPhrase(parts[i + n - 1]));
            boolean names = items.stream().allMatch(x -> !x.isEmpty() && words(x) <= settings.commaWords()
                    && !x.matches(".*[.()「」].*"));
            boolean inner = items.subList(1, n - 1).stream().noneMatch(x -> morphology.endsInParticle(lastWord(x)));
            boolean closed = !parts[i + n - 1].strip().equals(items.get(n - 1));
            if (names && inner && closed) {
                return Optional.of(items);
            }
        }
        return Optional.empty();
    }

    /** The words of a segment after the last one that ends in a particle ("전략은 인공지능" → "인공지능"). */
    private String lastPhrase(String segment) {
        String[] w = segment.strip().split("\\s+");
        int from = 0;
        for (int k = 0; k < w.length - 1; k++) {
            if (morphology.endsInParticleOnly(w[k]) || w[k].endsWith(".")) {
                from = k + 1;
            }
        }
        return String.join(" ", Arrays.copyOfRange(w, from, w.length)).strip();
    }

    /** The words of a segment up to the first one that ends in a particle, without it ("수소를 미션" → "수소"). */
    private String firstPhrase(String segment) {
        String[] w = segment.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String word : w) {
            if (morphology.endsInParticleOnly(word)) {
                out.add(morphology.stem(word));
                return String.join(" ", out);
            }
            out.add(word);
            if (out.size() > settings.circledWords()) {
                break;
            }
        }
        return String.join(" ", out);
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
