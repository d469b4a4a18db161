package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.text.KoreanMorphology;

/**
 * Names of bodies, programmes and facilities that a running sentence names without quotes or a gloss: a noun phrase
 * that is an argument of its clause (a case particle follows it: "…연구원이", "… 제도를", "…센터의") and whose head
 * ends in a class word of the layout ("연구원", "사업", "제도", "센터" …) is a name of that word's class, when it says
 * more than the class word: the head's own syllables before the class word, with the bare nouns printed before it
 * ("신진연구자 독립연구단 사업"), are at least a few. A candidate's subject is the name as printed (the draft does not
 * know it yet), its object the class; the merge step defines it unless the draft already has that name. The nouns
 * before the head are told by nori's parts of speech: a word with a particle, a verb, a number or punctuation ends
 * the phrase.
 */
public final class NamedThingExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<LayoutConfig.TypeSuffix> classWords, List<String> groups, int minimumSyllables,
            List<String> particles, List<String> commonEndings, int maximumWords, int minimumClassWord,
            List<String> determiners) {

        public static final Setting<List<LayoutConfig.TypeSuffix>> CLASS_WORDS = new Setting<>("typeSuffixes",
                List.of(), "class words names end in and the class each gives (default: none, so nothing is read; a "
                        + "layout gives its typeSuffixes)");
        public static final Setting<List<String>> GROUPS = new Setting<>("groups", List.of("organisation",
                "programme", "facility"), "class groups a class word's class must be in: names of bodies, "
                        + "programmes and facilities (default: organisation, programme, facility)");
        public static final Setting<Integer> MINIMUM_SYLLABLES = new Setting<>("minimumSyllables", 5,
                "how many syllables before the class word make a phrase a name rather than a class noun: on the "
                        + "development briefs, generic phrases have four or fewer ('연구개발 프로그램', '대형 연구시설', "
                        + "'연구자금제도') and names five or more ('국립가속기연구원', '혁신제품 지정 제도') (default: 5)");
        public static final Setting<Integer> MINIMUM_CLASS_WORD = new Setting<>("minimumClassWord", 2,
                "how many syllables a class word needs to be read so: one-syllable ones (국, 부, 청, 법) end too many "
                        + "common nouns ('선진국', '미국') (default: 2)");
        public static final Setting<List<String>> DETERMINERS = new Setting<>("determiners", List.of("현행", "기존",
                "상기", "해당", "최근", "여타", "대상", "신규", "이번", "향후", "주요", "관련", "각종", "전체", "일부"),
                "nouns that point at a thing rather than name it ('현행 X', '해당 X'): a name does not start with "
                        + "one (default: 현행, 기존, 상기, 해당, 최근, 여타, 대상, 신규, 이번, 향후, 주요, 관련, 각종, 전체, "
                        + "일부)");
        public static final Setting<List<String>> PARTICLES = new Setting<>("particles", List.of("이", "가", "은",
                "는", "을", "를", "의", "에서", "과", "와"), "case particles that mark the phrase as an argument of its "
                        + "clause (default: 이, 가, 은, 는, 을, 를, 의, 에서, 과, 와)");
        public static final Setting<List<String>> COMMON_ENDINGS = new Setting<>("commonEndings", List.of(),
                "common nouns that end like a class word ('정부'), never names (default: none; a layout gives its "
                        + "commonEndings)");
        public static final Setting<Integer> MAXIMUM_WORDS = new Setting<>("maximumWords", 3,
                "how many words a name read so may have, its head included (default: 3)");

        public Settings {
            classWords = List.copyOf(classWords);
            groups = List.copyOf(groups);
            particles = particles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            commonEndings = List.copyOf(commonEndings);
            determiners = List.copyOf(determiners);
        }

        public static Settings from(LayoutConfig.Words words) {
            Map<String, Object> given = Map.of("typeSuffixes", words.typeSuffixes(), "commonEndings",
                    words.commonEndings());
            return new Settings(CLASS_WORDS.from(given), GROUPS.from(given), MINIMUM_SYLLABLES.from(given),
                    PARTICLES.from(given), COMMON_ENDINGS.from(given), MAXIMUM_WORDS.from(given),
                    MINIMUM_CLASS_WORD.from(given), DETERMINERS.from(given));
        }
    }

    /** A word: a run of characters with no blank, punctuation or bracket in it (a name's particle included). */
    private static final Pattern WORD = Pattern.compile("[^\\s,.;:()\\[\\]「」『』‘’“”'\"<>〈〉]+");

    private final Settings settings;
    private final KoreanMorphology morphology;

    public NamedThingExtractor(Settings settings) {
        this.settings = settings;
        this.morphology = new KoreanMorphology(settings.particles());
    }

    @Override
    public String id() {
        return "named-thing";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<CandidateFact> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            Optional<String> particle = settings.particles().stream()
                    .filter(p -> word.endsWith(p) && word.length() > p.length()).findFirst();
            if (particle.isEmpty()) {
                continue;
            }
            String head = word.substring(0, word.length() - particle.get().length());
            Optional<LayoutConfig.TypeSuffix> cw = classWord(head, context);
            if (cw.isEmpty() || !hangul(head) || settings.commonEndings().stream().anyMatch(head::endsWith)) {
                continue;
            }
            int start = words.get(i)[0];
            int syllables = head.length() - cw.get().suffix().length();
            for (int j = i - 1; j >= 0 && i - j < settings.maximumWords(); j--) {
                // only blanks between the words of a name: a comma or a bracket ends it
                if (!text.substring(words.get(j)[1], start).isBlank()) {
                    break;
                }
                String before = text.substring(words.get(j)[0], words.get(j)[1]);
                if (!bareNoun(before) || known(before, context) || settings.determiners().contains(before)) {
                    break;
                }
                start = words.get(j)[0];
                syllables += before.length();
            }
            int end = words.get(i)[0] + head.length();
            String name = text.substring(start, end);
            if (syllables < settings.minimumSyllables() || known(name, context)) {
                continue;
            }
            out.add(new CandidateFact(name, "type", cw.get().type(), false, id() + "/class-word",
                    new Evidence(passage.at(), start, end), "'" + name + "': a noun phrase ending in the class word '"
                    + cw.get().suffix() + "', an argument of its clause ('" + particle.get() + "')"));
        }
        return List.copyOf(out);
    }

    /** The longest class word a head ends in, if its class is one of the groups read. */
    private Optional<LayoutConfig.TypeSuffix> classWord(String head, ExtractionContext context) {
        return settings.classWords().stream().filter(s -> head.endsWith(s.suffix())
                        && s.suffix().length() >= settings.minimumClassWord())
                .max(Comparator.comparingInt(s -> s.suffix().length()))
                .filter(s -> settings.groups().stream().anyMatch(g -> context.classGroups()
                        .getOrDefault(g, List.of(g)).contains(s.type())));
    }

    /** Whether a word is a bare noun of two syllables or more: Hangul only, all nouns, no particle. */
    private boolean bareNoun(String word) {
        if (word.length() < 2 || !hangul(word) || morphology.endsInParticle(word)) {
            return false;
        }
        List<KoreanMorphology.Morpheme> ms = morphology.analyse(word);
        return !ms.isEmpty() && ms.stream().allMatch(KoreanMorphology.Morpheme::nounLike);
    }

    /** Whether the draft already knows a name covering the whole of the text. */
    private static boolean known(String text, ExtractionContext context) {
        return context.names().find(text).stream().anyMatch(n -> n.start() == 0 && n.end() >= text.length());
    }

    private static boolean hangul(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= 0xAC00 && c <= 0xD7A3) || c == '·');
    }
}
