package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.text.KoreanMorphology;

/**
 * A list printed after a colon, announced by a clause that counts it with the count after its title ("… '미래 탐색
 * 기술' 6개를 지정하였다: A, B, C, D, E, F."): exactly as many names joined by commas after the colon as the clause
 * counts. The title's word decides what the items are, as a numbered list's title word does (the table kinds' title
 * words: …기술 → technology areas, 미션/전략 → policy areas of the plan); a list of technologies is a technology list
 * named by its title, of the brief's country, that the plan the passage is about has as a scheme. The form with the
 * count before the title ("10대 국가필수기술: ① …") is the counted lists' and the technology lists'; this one reads only
 * a count that follows its title, so that the two never read the same list.
 */
public final class ColonListExtractor implements ProposingExtractor {

    /** The settings of this extractor (the layout's {@code settings.colonLists}), each with a documented default. */
    public record Settings(List<LayoutConfig.TableKind> kinds, List<String> particles, Pattern count,
            Pattern colon, int maximumCount, int itemWords, String listType) {

        public static final Setting<Pattern> COUNT = new Setting<>("count",
                Pattern.compile("(?:['‘’\"“”]([^'‘’\"“”]{1,30})['‘’\"“”]|(\\S+))\\s*(\\d{1,2})\\s?(?:개|가지)(\\S*)"),
                "the clause's count after its title: group 1 a quoted title, group 2 the word before the count, group 3"
                        + " the count, group 4 what is glued after it (default: a quoted phrase or a word, then "
                        + "'(\\d{1,2})\\s?(?:개|가지)')");
        public static final Setting<Pattern> COLON = new Setting<>("colon", Pattern.compile("[:：]\\s"),
                "the colon that opens the list, followed by a blank (default: ':' or '：' and a blank)");
        public static final Setting<Integer> MAXIMUM_COUNT = new Setting<>("maximumCount", 20,
                "the largest count a clause may give; a count under 2 is no list (default: 20)");
        public static final Setting<Integer> ITEM_WORDS = new Setting<>("itemWords", 3,
                "at most this many words in an item, so that a clause is not taken for a name (default: 3)");
        public static final Setting<String> LIST_TYPE = new Setting<>("listType", "TechnologyList",
                "the class of a list whose items are technology areas (default: TechnologyList)");

        public Settings {
            kinds = List.copyOf(kinds);
            particles = List.copyOf(particles);
        }

        /** The title words are the table kinds' ({@code tableKinds}), the particles the grammar's. */
        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("colonLists"), "colonLists",
                    List.of(COUNT, COLON, MAXIMUM_COUNT, ITEM_WORDS, LIST_TYPE));
            return new Settings(layout.extraction().tableKinds(), layout.words().particles(), COUNT.from(given),
                    COLON.from(given), MAXIMUM_COUNT.from(given), ITEM_WORDS.from(given), LIST_TYPE.from(given));
        }
    }

    /** What ends the clause before the colon or the list after it: a full stop and a blank, or the text's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.。](?:\\s|$)");

    private final Settings settings;
    private final KoreanMorphology morphology;

    public ColonListExtractor(Settings settings) {
        this.settings = settings;
        this.morphology = new KoreanMorphology(settings.particles());
    }

    @Override
    public String id() {
        return "colonList";
    }

    @Override
    public Phase phase() {
        return Phase.LISTS;
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Matcher colon = settings.colon().matcher(text);
        int lists = 0;
        while (colon.find()) {
            int clauseStart = lastSentenceEnd(text, colon.start());
            Optional<Title> title = title(text.substring(clauseStart, colon.start()), clauseStart);
            if (title.isEmpty()) {
                continue;
            }
            Optional<LayoutConfig.TableKind> kind = settings.kinds().stream()
                    .filter(k -> k.titleWords().stream().anyMatch(title.get().words()::contains)).findFirst();
            int n = title.get().count();
            if (kind.isEmpty() || n < 2 || n > settings.maximumCount()) {
                continue;
            }
            Matcher end = SENTENCE_END.matcher(text).region(colon.end(), text.length());
            int listEnd = end.find() ? end.start() : text.length();
            Optional<List<String>> items = items(text.substring(colon.end(), listEnd), n);
            if (items.isEmpty()) {
                continue;
            }
            lists++;
            Evidence list = new Evidence(passage.at(), title.get().start(), listEnd);
            LayoutConfig.Role row = kind.get().row();
            String scheme = CandidateEntity.BLANK + "colon" + lists;
            if (row.scheme()) {
                Evidence named = new Evidence(passage.at(), title.get().start(), title.get().end());
                entities.add(new CandidateEntity(scheme, settings.listType(), title.get().name(), "colon-list",
                        named, "the list a clause counts before a colon ('" + title.get().name() + "' " + n + ")"));
                // the list counts n of what its title names
                facts.add(new CandidateFact(scheme, "count", "Count", false, id() + "/count", named,
                        "the count the clause gives", CountedNoun.node(String.valueOf(n), title.get().name())));
                context.plan().ifPresent(p -> facts.add(new CandidateFact(p, "technologyScheme", scheme, false,
                        id() + "/plan", named, "a list of technologies of the plan the brief is about")));
                context.documentCountry().ifPresent(c -> facts.add(new CandidateFact(scheme, "country", c, false,
                        id() + "/country", named, "the country the brief is about")));
            }
            for (int order = 1; order <= n; order++) {
                String key = scheme + "-" + order;
                entities.add(new CandidateEntity(key, row.type(), items.get().get(order - 1), "list", list,
                        "item " + order + " of the " + n + " a clause counts before a colon (its title word "
                                + "decides the class)"));
                facts.add(new CandidateFact(key, "order", String.valueOf(order), true, id() + "/order", list,
                        "item " + order + " as the list prints it"));
                if (row.scheme()) {
                    facts.add(new CandidateFact(key, "skos:inScheme", scheme, false, id() + "/item", list,
                            "an item of the list the title names"));
                } else if (row.planToRow() != null && passage.about().isPresent()) {
                    facts.add(new CandidateFact(passage.about().get(), row.planToRow(), key, false,
                            id() + "/" + row.planToRow(), list, "the plan's list, by its title word"));
                }
            }
        }
        return new Proposal(entities, facts);
    }

    /** A clause's title, its count and where the title stands in the passage. */
    private record Title(String name, String words, int count, int start, int end) {
    }

    /**
     * The last count in the clause before a colon with the title before it: a quoted phrase, or else the word before
     * the count without its particle; the words glued after the count ("6개를", "5개 분야를") also count for the
     * title word, so "기술 5개 분야" is read by its first title word.
     */
    private Optional<Title> title(String clause, int offset) {
        Matcher m = settings.count().matcher(clause);
        Title last = null;
        while (m.find()) {
            String quoted = m.group(1);
            String word = quoted != null ? quoted.strip() : morphology.stem(m.group(2).replaceAll("[,，、]$", ""));
            int start = offset + (quoted != null ? m.start(1) : m.start(2));
            int end = offset + (quoted != null ? m.end(1) : m.end(2));
            if (word.isEmpty() || word.matches(".*\\d.*")) {
                continue;
            }
            last = new Title(word, word + " " + m.group(4), Integer.parseInt(m.group(3)), start, end);
        }
        return Optional.ofNullable(last);
    }

    /**
     * Exactly n names joined by commas, none too long, none ending in a noun with a particle ("조력발전을"), no
     * word of them a predicate or an adverb ("먼저", "지원한다"), so that clauses joined by commas are not taken for
     * names. Only the last word is checked for a particle: nori reads a particle inside some nouns ("초전도").
     */
    private Optional<List<String>> items(String list, int n) {
        String[] parts = list.split("[,，、]\\s*");
        if (parts.length != n) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String t = part.strip();
            if (t.isEmpty() || t.split("\\s+").length > settings.itemWords() || t.matches(".*[()「」:：].*")
                    || morphology.endsInParticleOnly(t.substring(t.lastIndexOf(' ') + 1))
                    || java.util.Arrays.stream(t.split("\\s+")).anyMatch(morphology::predicateOrAdverb)) {
                return Optional.empty();
            }
            items.add(t);
        }
        return Optional.of(items);
    }

    /** Where the clause before a position starts: after the last full stop before it, or at the text's start. */
    private static int lastSentenceEnd(String text, int before) {
        Matcher m = SENTENCE_END.matcher(text).region(0, before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }
}
