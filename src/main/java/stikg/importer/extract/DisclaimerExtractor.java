package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The disclaimer a brief prints ("… A와 B의 공식적인 의견이 아닙니다"): the organisations named right before the
 * disclaimer's words, joined only by particles and coordinators, are those whose official position the brief is not.
 * The candidates are about the document itself ({@link ExtractionContext#document()}), in the order the names stand.
 */
public final class DisclaimerExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<String> words, String group, int maxJoin, String property) {

        public static final Setting<List<String>> WORDS = new Setting<>("words", List.of(),
                "words that make a text a disclaimer (default: none, so no disclaimer is read)");
        public static final Setting<String> GROUP = new Setting<>("group", "organisation",
                "the class group of what a disclaimer names (default: organisation)");
        public static final Setting<Integer> MAX_JOIN = new Setting<>("maxJoin", 2,
                "at most this many characters between two names, or a name and the words: a particle or a "
                        + "coordinator, so that a name further back in the sentence is not taken (default: 2)");
        public static final Setting<String> PROPERTY = new Setting<>("property", "notOfficialPositionOf",
                "the property from the document to each organisation named (default: notOfficialPositionOf)");

        public Settings {
            words = List.copyOf(words);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.Disclaimer d = (LayoutConfig.Disclaimer) ex.setting("disclaimer");
            Map<String, Object> given = d == null ? Map.of() : Map.of("words", d.words(), "group", d.group(),
                    "maxJoin", d.maxJoin(), "property", d.property());
            return new Settings(WORDS.from(given), GROUP.from(given), MAX_JOIN.from(given), PROPERTY.from(given));
        }
    }

    private final Settings settings;

    public DisclaimerExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "disclaimer";
    }

    @Override
    public Phase phase() {
        return Phase.DOCUMENT;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        int word = -1;
        String said = null;
        for (String w : settings.words()) {
            int i = text.indexOf(w);
            if (i >= 0 && (word < 0 || i < word)) {
                word = i;
                said = w;
            }
        }
        if (word < 0) {
            return List.of();
        }
        List<Mention> before = context.names().find(text.substring(0, word));
        List<CandidateFact> out = new ArrayList<>();
        int boundary = word;
        // backwards from the words: each name must stand right before the one after it
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.end() > boundary || text.substring(m.end(), boundary).strip().length() > settings.maxJoin()) {
                break;
            }
            if (context.inGroup(settings.group(), m.id())) {
                out.add(0, new CandidateFact(context.document(), settings.property(), m.id(), false,
                        id() + "/" + said, new Evidence(passage.at(), m.start(), word + said.length()),
                        "named right before '" + said + "'"));
            }
            boundary = m.start();
        }
        return List.copyOf(out);
    }
}
