package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * Sentences that sort a thing into kinds ("양자빔의 종류는 A, B, …로 구분", often in a figure's note): the thing and
 * each kind are proposed as concepts, each kind narrower than the thing and ordered as printed. Whether a name is
 * one the draft or the lexicon already holds is the merge's decision; a kind's order is a value of the kind.
 */
public final class ClassificationExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(Pattern pattern, String type, String narrower) {

        public static final Setting<Pattern> PATTERN = new Setting<>("pattern", Pattern.compile("(?!)"),
                "a sentence sorting a thing into kinds: its first group names the thing, its second the kinds, "
                        + "separated by commas outside brackets (default: a pattern that matches nothing)");
        public static final Setting<String> TYPE = new Setting<>("type", "skos:Concept",
                "the class of the thing and its kinds (default: skos:Concept)");
        public static final Setting<String> NARROWER = new Setting<>("narrower", "skos:narrower",
                "the property from the thing to each kind (default: skos:narrower)");

        public static Settings from(LayoutConfig.Extraction ex) {
            LayoutConfig.Classification c = (LayoutConfig.Classification) ex.setting("classification");
            Map<String, Object> given = c == null ? Map.of() : Map.of("pattern", c.pattern(), "type", c.type(),
                    "narrower", c.narrower());
            return new Settings(PATTERN.from(given), TYPE.from(given), NARROWER.from(given));
        }
    }

    /** The local name of the concepts it proposes; the merge numbers them. */
    private static final String LOCAL = "kind";

    private final Settings settings;

    public ClassificationExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "classification";
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        Matcher m = settings.pattern().matcher(passage.text());
        if (!m.find()) {
            return Proposal.nothing();
        }
        List<int[]> kinds = split(passage.text(), m.start(2), m.end(2));
        if (kinds.size() < 2) {
            return Proposal.nothing();
        }
        String at = passage.at();
        Evidence sentence = new Evidence(at, m.start(), m.end());
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        String thing = CandidateEntity.BLANK + "thing";
        entities.add(new CandidateEntity(thing, settings.type(), m.group(1).strip(), LOCAL,
                new Evidence(at, m.start(1), m.end(1)), "the thing sorted into kinds at " + at));
        for (int i = 0; i < kinds.size(); i++) {
            String order = String.valueOf(i + 1);
            String kind = CandidateEntity.BLANK + "kind-" + order;
            int[] span = kinds.get(i);
            Evidence evidence = new Evidence(at, span[0], span[1]);
            entities.add(new CandidateEntity(kind, settings.type(), passage.text().substring(span[0], span[1]),
                    LOCAL, evidence, "kind " + order + " of those listed at " + at));
            facts.add(new CandidateFact(kind, "order", order, false, id() + "/order", evidence,
                    "kind " + order + " as printed"));
            facts.add(new CandidateFact(thing, settings.narrower(), kind, false, id() + "/kinds", sentence,
                    "the sentence sorts the thing into kinds"));
        }
        return new Proposal(entities, facts);
    }

    /** The spans of the kinds in [from, to), at commas outside brackets, stripped of blanks; empty ones dropped. */
    private static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int level = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ',';
            level += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && (level == 0 || i == to)) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        return out;
    }
}
