package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;
import stikg.importer.text.KoreanMorphology;

/**
 * Who leads, owns, runs or funds a thing the draft names, stated in a clause: an organisation marked as the subject
 * (이/가) of a verbal noun of responsibility (the grammar's {@code relationVerbs}: 주관, 소관, 운영 …) stands in that
 * verb's relation to the thing the clause is about. Which thing is read from Korean syntax, not from the sentence:
 * <ul>
 * <li>the verb closes with an adnominal ending (-ㄴ/-는/-ㄹ, "운영하는", "주관한"): the clause qualifies the name
 * right after it ("X가 운영하는 ‘Y’");</li>
 * <li>otherwise the clause's topic, the nearest name before the subject marked with a topic particle ("Y는 X가
 * 소관하고", "Y는 … X가 운영": 개조식 without an ending).</li>
 * </ul>
 * The verb is found with nori's parts of speech (a noun followed by nothing but a verb suffix and endings), so
 * "운영 계획" or "운영비" is no verb; a verb that needs an object ("자금을 배분") counts only with it.
 */
public final class RelationExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<LayoutConfig.RelationVerb> verbs, List<String> subjectParticles,
            List<String> topicParticles, String agentGroup, int apposition, List<String> caseParticles) {

        public static final Setting<List<LayoutConfig.RelationVerb>> VERBS = new Setting<>("relationVerbs",
                List.of(), "verbal nouns of responsibility and the property each gives (default: none, so nothing "
                        + "is read)");
        public static final Setting<List<String>> SUBJECT_PARTICLES = new Setting<>("subjectParticles",
                List.of("이", "가"), "case particles that mark the organisation as the verb's subject (default: 이, "
                        + "가; the topic particles 은/는 mark the thing instead)");
        public static final Setting<List<String>> TOPIC_PARTICLES = new Setting<>("topicParticles",
                List.of("은", "는"), "particles that mark the thing a clause is about (default: 은, 는)");
        public static final Setting<String> AGENT_GROUP = new Setting<>("agentGroup", "organisation",
                "the class group the subject must be in (default: organisation)");
        public static final Setting<Integer> APPOSITION = new Setting<>("apposition", 2,
                "how many bare nouns may stand between a relative clause and the name it qualifies, a class noun in "
                        + "apposition (default: 2, as in '엑사급 슈퍼컴퓨터 ALTAIR')");

        public static final Setting<List<String>> CASE_PARTICLES = new Setting<>("caseParticles", List.of("을", "를",
                "의"), "particles a noun in apposition never carries, for where nori reads one into a noun ('연구소의' "
                        + "as 연구 + 소의) (default: 을, 를, 의; a layout gives its object and genitive particles)");

        public Settings {
            verbs = List.copyOf(verbs);
            subjectParticles = List.copyOf(subjectParticles);
            topicParticles = List.copyOf(topicParticles);
            caseParticles = List.copyOf(caseParticles);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            List<String> caseParticles = new ArrayList<>(ex.particles().object());
            caseParticles.add(ex.particles().genitive());
            Map<String, Object> given = Map.of("relationVerbs", ex.setting("relationVerbs"), "caseParticles",
                    caseParticles);
            return new Settings(VERBS.from(given), SUBJECT_PARTICLES.from(given), TOPIC_PARTICLES.from(given),
                    AGENT_GROUP.from(given), APPOSITION.from(given), CASE_PARTICLES.from(given));
        }
    }

    /** A parenthesised gloss between a name and its particle ("세레니아 연구재단(SRF)이"). */
    private static final Pattern GLOSS = Pattern.compile("^\\s?\\([^()]{1,120}\\)");
    /** Quotes that may stand between a relative clause and the name it qualifies. */
    private static final Pattern BEFORE_NAME = Pattern.compile("[‘’“”「」『』'\"]");

    private final Settings settings;
    private final KoreanMorphology morphology;

    public RelationExtractor(Settings settings) {
        this.settings = settings;
        List<String> particles = new ArrayList<>(settings.subjectParticles());
        particles.addAll(settings.topicParticles());
        particles.addAll(settings.caseParticles());
        this.morphology = new KoreanMorphology(particles);
    }

    @Override
    public String id() {
        return "relation";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        if (settings.verbs().isEmpty()) {
            return List.of();
        }
        String text = passage.text();
        List<Mention> names = context.names().find(text);
        List<CandidateFact> out = new ArrayList<>();
        for (Mention agent : names) {
            if (!context.inGroup(settings.agentGroup(), agent.id())) {
                continue;
            }
            int after = particleAfter(text, agent.end(), settings.subjectParticles());
            if (after < 0) {
                continue;
            }
            Optional<Predicate> predicate = predicate(text, after);
            if (predicate.isEmpty()) {
                continue;
            }
            Predicate p = predicate.get();
            Optional<Mention> thing = p.adnominal() ? nameRightAfter(names, text, p.end())
                    : topicBefore(names, text, agent.start());
            if (thing.isEmpty() || thing.get().id().equals(agent.id())
                    || context.inGroup(settings.agentGroup(), thing.get().id())) {
                continue;
            }
            Mention t = thing.get();
            for (LayoutConfig.RelationVerb v : settings.verbs()) {
                if (v.verb().equals(p.verb()) && v.object().equals(p.object())
                        && (v.thing().isEmpty() || context.inGroup(v.thing(), t.id()))) {
                    int s = Math.min(t.start(), agent.start());
                    int e = Math.max(t.end(), p.end());
                    out.add(new CandidateFact(t.id(), v.property(), agent.id(), false,
                            id() + (p.adnominal() ? "/relative-clause" : "/topic"), new Evidence(passage.at(), s, e),
                            "'" + text.substring(s, e) + "': the subject of '" + p.verb() + "' "
                                    + (p.adnominal() ? "in a clause before the name" : "in a clause about it")));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** The verb of a clause: its verbal noun, the object it takes ("" if none), where it ends, and its ending. */
    private record Predicate(String verb, String object, int end, boolean adnominal) {
    }

    /** Where the word after a name's particle starts, if the name (with a gloss) is followed by one of them. */
    private static int particleAfter(String text, int end, List<String> particles) {
        int i = end;
        Matcher g = GLOSS.matcher(text.substring(i));
        if (g.find()) {
            i += g.end();
        }
        for (String p : particles) {
            int j = i + p.length();
            if (text.startsWith(p, i) && j < text.length() && Character.isWhitespace(text.charAt(j))) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * The predicate in the words from {@code from}: an optional object word (a noun and 을/를) and a word that is a
     * verbal noun followed by nothing but a verb suffix and endings (or by nothing, as 개조식 ends a line).
     */
    private Optional<Predicate> predicate(String text, int from) {
        String[] words = text.substring(from).split("[\\s,]+", 3);
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        Optional<Predicate> direct = verbWord(words[0], "", from);
        if (direct.isPresent() || words.length < 2) {
            return direct;
        }
        String object = objectNoun(words[0]);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        return verbWord(words[1], object, text.indexOf(words[1], from + words[0].length()));
    }

    private String objectNoun(String word) {
        for (String p : List.of("을", "를")) {
            if (word.endsWith(p) && word.length() > p.length()) {
                List<KoreanMorphology.Morpheme> m = morphology.analyse(word);
                String stem = word.substring(0, word.length() - p.length());
                if (!m.isEmpty() && m.get(m.size() - 1).tag() == POS.Tag.J
                        && m.stream().limit(m.size() - 1L).allMatch(KoreanMorphology.Morpheme::nounLike)) {
                    return stem;
                }
            }
        }
        return "";
    }

    private Optional<Predicate> verbWord(String word, String object, int at) {
        String clean = word.replaceAll("[^\\p{L}]+$", "");
        List<KoreanMorphology.Morpheme> m = morphology.analyse(clean);
        if (m.isEmpty() || !m.get(0).nounLike() || m.get(0).start() != 0) {
            return Optional.empty();
        }
        String verb = m.get(0).surface();
        boolean rest = m.stream().skip(1).allMatch(x -> x.tag() == POS.Tag.XSV || x.tag() == POS.Tag.XSA
                || x.tag() == POS.Tag.E || x.lastTag() == POS.Tag.E);
        if (!rest || m.get(0).end() != verb.length()) {
            return Optional.empty();
        }
        boolean ending = m.size() > 1 && m.get(m.size() - 1).lastTag() == POS.Tag.E;
        boolean adnominal = ending && adnominalFinal(clean.charAt(clean.length() - 1));
        return Optional.of(new Predicate(verb, object, at + clean.length(), adnominal));
    }

    /** Whether a syllable ends in ㄴ or ㄹ, the adnominal endings of Korean (-ㄴ, -는, -던, -ㄹ). */
    private static boolean adnominalFinal(char c) {
        if (c < 0xAC00 || c > 0xD7A3) {
            return false;
        }
        int jong = (c - 0xAC00) % 28;
        return jong == 4 || jong == 8;
    }

    /**
     * The name a relative clause qualifies: the next name, with only quotes, blanks and bare nouns between (a class
     * noun in apposition, "운영할 엑사급 슈퍼컴퓨터 ALTAIR"); a particle or a verb between means the clause qualifies
     * something else.
     */
    private Optional<Mention> nameRightAfter(List<Mention> names, String text, int end) {
        for (Mention n : names) {
            if (n.start() >= end) {
                String gap = text.substring(end, n.start());
                String words = BEFORE_NAME.matcher(gap).replaceAll(" ").strip();
                List<String> between = words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
                boolean bare = between.size() <= settings.apposition()
                        && between.stream().noneMatch(morphology::endsInParticle)
                        && morphology.analyse(words).stream().allMatch(KoreanMorphology.Morpheme::nounLike);
                return bare ? Optional.of(n) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Mention> topicBefore(List<Mention> names, String text, int agentStart) {
        Mention topic = null;
        for (Mention n : names) {
            if (n.end() <= agentStart && particleAfter(text, n.end(), settings.topicParticles()) >= 0) {
                topic = n;
            }
        }
        return Optional.ofNullable(topic);
    }
}
