package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.NamedInText;

/**
 * A reader of counts in prose: "K-Program은 … 총 51개의 중요 기술을 지정" gives the clause's topic a count of
 * 51 of the concept "중요 기술". Counts of events ("… 4곳 선정") are made here for the event reader too; the
 * concept a count counts is named by the words around the number.
 */
final class CountReader {

    /** The settings of this reader: the layout's {@code settings.counts}, each with a documented default. */
    record Settings(int nounWords) {

        static final Setting<Integer> NOUN_WORDS = new Setting<>("nounWords", 3,
                "a counted noun is at most this many words long (default: 3)");

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("counts"), "counts", List.of(NOUN_WORDS));
            return new Settings(NOUN_WORDS.from(given));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final LayoutConfig.Numbers numbers;
    private final QuantityReader quantities;
    private final CountedThings counted;
    private final ProseGrammar grammar;
    private final CandidateFacts facts;

    CountReader(ProseContext context, LayoutConfig.Numbers numbers, QuantityReader quantities,
            CountedThings counted) {
        this.ex = context.ex();
        this.settings = Settings.from(ex);
        this.grammar = context.grammar();
        this.facts = context.facts();
        this.numbers = numbers;
        this.quantities = quantities;
        this.counted = counted;
    }

    /** A count about the clause's topic: its first name, an entity other than an organisation, as subject. */
    void read(Passage p, Clause c) {
        String clause = c.words();
        List<NamedInText> in = c.names();
        if (in.isEmpty() || ex.cues().stream().anyMatch(q -> q.isEvent() && clause.contains(q.word()))) {
            return;
        }
        NamedInText topic = in.get(0);
        if (grammar.isOrg(topic.id()) || !ex.particles().subject().contains(topic.particle())) {
            return;
        }
        for (QuantityReader.Count n : quantities.counts(clause)) {
            if (c.start() + n.start() < topic.end()) {
                continue;
            }
            EntityBuilder count = count(clause, n, p.at());
            facts.candidate(topic.id(), p).nested("count", count, null)
                    .comment("'" + clause.substring(n.start(), n.end()) + "' about '" + topic.surface() + "'");
        }
    }

    /** The counts a clause states, each with the concept it counts. */
    List<EntityBuilder> counts(String clause, String at) {
        return quantities.counts(clause).stream().map(n -> count(clause, n, at)).toList();
    }

    private EntityBuilder count(String clause, QuantityReader.Count n, String at) {
        EntityBuilder count = EntityBuilder.nested("Count").literal("countValue", String.valueOf(n.value()), false,
                null);
        counted.name(count, nounNear(clause, n), at);
        if (n.minimum()) {
            count.literal("isMinimum", "true", false, null);
        }
        return count;
    }

    /** The noun a count counts: the words after it ("13개 거점 도시") or else before it ("거점 도시 4곳"). */
    private String nounNear(String clause, QuantityReader.Count n) {
        String after = nounAfter(clause.substring(n.end()));
        return !after.isEmpty() ? after : nounBefore(clause.substring(0, n.start()).strip());
    }

    private String nounAfter(String rest) {
        String genitive = ex.particles().genitive();
        boolean nounAfter = rest.startsWith(" ") || rest.startsWith(genitive + " ");
        String after = nounAfter ? rest.strip() : "";
        String next = after.isEmpty() ? "" : after.split("[\\s(,]")[0];
        if (after.startsWith(genitive + " ") || next.equals(genitive)) {
            after = after.substring(genitive.length()).strip();
        }
        String[] w = after.split("\\s+");
        if (w.length == 0 || w[0].isEmpty() || Character.isDigit(w[0].charAt(0))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(settings.nounWords(), w.length); i++) {
            String word = w[i].replaceAll("[(),].*$", "");
            String stripped = stripObject(word);
            sb.append(sb.length() > 0 ? " " : "").append(stripped);
            if (!stripped.equals(word) || w[i].contains("(") || w[i].contains(",")) {
                break;
            }
        }
        String s = sb.toString().strip();
        return s.length() >= 2 && !numbers.minimum().contains(s) ? s : "";
    }

    private String nounBefore(String before) {
        String[] b = before.split("\\s+");
        List<String> words = new ArrayList<>();
        for (int i = b.length - 1; i >= 0 && words.size() < settings.nounWords(); i--) {
            String word = b[i].replaceAll("^.*[(,]", "");
            boolean particle = endsInParticle(word, ex.particles().subject())
                    || endsInParticle(word, ex.particles().object());
            if (word.isEmpty() || ex.particles().coordinators().stream().anyMatch(word::endsWith) && !words.isEmpty()
                    || word.chars().anyMatch(Character::isDigit) || word.equals(ex.via().word()) || particle) {
                break;
            }
            words.add(0, word);
            if (b[i].contains("(") || b[i].contains(",")) {
                break;
            }
        }
        return String.join(" ", words);
    }

    private static boolean endsInParticle(String word, List<String> particles) {
        return particles.stream().anyMatch(x -> word.length() > x.length() && word.endsWith(x));
    }

    private String stripObject(String word) {
        for (String o : ex.particles().object()) {
            if (word.length() > o.length() + 1 && word.endsWith(o)) {
                return word.substring(0, word.length() - o.length());
            }
        }
        return word;
    }
}
