package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.text.KoreanMorphology;

/**
 * What a figure's count counts, read back from the count in its clause: a target counts the noun printed right
 * before its number ("해외 연구자 500명", "'초광역 연구개발특구' 3곳"), or the object of the clause where a date of
 * deadline, a word of rate or the start of a change stands between them ("'전략기술 실증구역'을 '28년까지 3곳 지정",
 * "공동연구 과제를 연 60건에서 150건으로", "해외 연구자를 연 150명 유치"). A name in quotes is taken whole; a noun
 * phrase ends at a particle, an ending, punctuation, a bracket or a number. Nothing is read where the words before
 * the count are a verb's ("넓혀 … 300건"), a bracket's end ("(… Fellowships)'을 연 400명": the name before counts
 * people of it, not itself) or longer than a noun phrase of the genre. Not an extractor: the reader of targets
 * shares it.
 */
public final class CountedNoun {

    /** The settings of the reader: the layout's {@code settings.countedNouns}, each with a documented default. */
    public record Settings(int nounWords, int skippedWords, List<String> rateWords, List<String> personUnits,
            List<String> objectParticles, List<String> particles) {

        public static final Setting<Integer> NOUN_WORDS = new Setting<>("nounWords", 3,
                "a counted noun is at most this many words long (default: 3)");
        public static final Setting<Integer> SKIPPED_WORDS = new Setting<>("skippedWords", 2,
                "words between a count and the noun it counts that are no part of it, at most: a date of deadline "
                        + "('28년까지), the start of a change (60건에서) or a word of rate (default: 2)");
        public static final Setting<List<String>> RATE_WORDS = new Setting<>("rateWords", List.of("연", "월", "연간",
                "매년", "총", "약", "최대"), "words of rate, total or approximation printed before a count's number, "
                        + "which are no part of what it counts (default: 연, 월, 연간, 매년, 총, 약, 최대)");
        public static final Setting<List<String>> PERSON_UNITS = new Setting<>("personUnits", List.of("명"),
                "units that count people: a count in them never counts the programme, facility or body whose name "
                        + "stands before it ('X 펠로우십'을 연 300명: people of it) (default: 명)");

        public Settings {
            rateWords = List.copyOf(rateWords);
            personUnits = List.copyOf(personUnits);
            objectParticles = List.copyOf(objectParticles);
            particles = List.copyOf(particles);
        }

        /** The layout's {@code settings.countedNouns}, each setting left out at its default; its particles. */
        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            var given = Setting.given(ex.setting("countedNouns"), "countedNouns", List.of(NOUN_WORDS, SKIPPED_WORDS,
                    RATE_WORDS, PERSON_UNITS));
            return new Settings(NOUN_WORDS.from(given), SKIPPED_WORDS.from(given), RATE_WORDS.from(given),
                    PERSON_UNITS.from(given), ex.particles().object(), layout.words().particles());
        }
    }

    /** A noun a count counts and where it stands in the text. */
    public record Noun(String text, int start, int end) {
    }

    /** The node value of a count naming what it counts, which the merge resolves to a concept. */
    public static final String COUNTED = "counted";

    /** A reader that reads no counted noun (where the layout gives no particles). */
    public static final CountedNoun NONE = new CountedNoun(null);

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final String OPENING = "‘“「『'\"";
    private static final String CLOSING = "’”」』'\"";

    private final Settings settings;
    private final KoreanMorphology morphology;

    public CountedNoun(Settings settings) {
        this.settings = settings;
        this.morphology = settings == null ? null : new KoreanMorphology(settings.particles());
    }

    /** The noun the count starting at {@code at} counts, read back no further than {@code from}, if one is. */
    public Optional<Noun> before(String text, int from, int at) {
        if (settings == null) {
            return Optional.empty();
        }
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(from, at));
        while (m.find()) {
            words.add(new int[] {from + m.start(), from + m.end()});
        }
        int i = words.size() - 1;
        int skipped = 0;
        while (i >= 0 && skipped < settings.skippedWords() && skippable(word(text, words.get(i)))) {
            i--;
            skipped++;
        }
        if (i < 0) {
            return Optional.empty();
        }
        int end = words.get(i)[1];
        String last = word(text, words.get(i));
        String bare = stripObject(last);
        end -= last.length() - bare.length();
        // a closing quote ends a quoted name, which is read back to its opening quote
        boolean quoted = !bare.isEmpty() && CLOSING.indexOf(bare.charAt(bare.length() - 1)) >= 0;
        if (quoted) {
            end--;
        }
        int start = end;
        int taken = 0;
        for (int k = i; k >= 0 && taken < settings.nounWords(); k--) {
            int[] w = words.get(k);
            String word = text.substring(w[0], k == i ? end : w[1]);
            boolean opens = !word.isEmpty() && OPENING.indexOf(word.charAt(0)) >= 0;
            String core = opens ? word.substring(1) : word;
            if (core.isEmpty() || !plain(core) || k != i && (morphology.endsInParticle(core)
                    || morphology.predicateOrAdverb(core))) {
                break;
            }
            if (k == i && (morphology.endsInParticle(core) || morphology.predicateOrAdverb(core))) {
                return Optional.empty();
            }
            start = opens ? w[0] + 1 : w[0];
            taken++;
            if (opens || !quoted && core.length() != word.length()) {
                break;
            }
        }
        String noun = text.substring(start, Math.max(start, end)).strip();
        return noun.codePointCount(0, noun.length()) < 2 || taken == 0 ? Optional.empty()
                : Optional.of(new Noun(noun, start, start + noun.length()));
    }

    /** A count's node: its value, then the noun it counts ({@link #COUNTED}), in that order. */
    public static java.util.Map<String, String> node(String value, String noun) {
        java.util.Map<String, String> node = new java.util.LinkedHashMap<>();
        node.put("countValue", value);
        node.put(COUNTED, noun);
        return node;
    }

    /** Whether a count in this unit counts people, and so never a thing a text names. */
    public boolean ofPeople(String unit) {
        return settings != null && settings.personUnits().contains(unit);
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    /** A word of rate, or one holding a number (a date, a deadline, the start of a change). */
    private boolean skippable(String word) {
        return settings.rateWords().contains(word) || word.chars().anyMatch(Character::isDigit);
    }

    /** A word with its object particle taken off ("과제를" → "과제", "실증구역'을" → "실증구역'"). */
    private String stripObject(String word) {
        for (String o : settings.objectParticles()) {
            if (word.length() > o.length() + 1 && word.endsWith(o)) {
                return word.substring(0, word.length() - o.length());
            }
        }
        return word;
    }

    /** A word of letters only (Hangul, Latin, hanja), with no number, bracket, quote inside or punctuation. */
    private static boolean plain(String word) {
        return word.codePoints().allMatch(Character::isLetter);
    }
}
