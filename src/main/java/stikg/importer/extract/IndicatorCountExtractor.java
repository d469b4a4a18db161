package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The figures a sentence sets for an indicator that counts ("연구원 수(FTE)를 9만 2,000명에서 11만 명으로",
 * "연구원 수를 55만 명(2025년 47만 명)으로", "연구원 수 6만 8천 명에서 8만 명으로(2030년)"): the count it is raised to
 * is a target of the plan the brief is about, for the year of deadline the sentence gives before the indicator
 * ("2031년까지") or in brackets after the count ("(2030년)"); the count a change starts from, or one in brackets with
 * its year, is an actual, of that year or of now. Each counts what the indicator's noun names ("연구원(FTE)"), and is
 * named as the curators of the development briefs name such figures ("연구원 수 목표(2031)", "연구원 수(현재)"). A
 * count is a target only where the sentence raises the indicator to it ("…으로", not in the past tense); a sentence
 * that reports what was achieved ("… 목표를 달성") sets no target and is left alone, and so is a table row.
 */
public final class IndicatorCountExtractor implements ProposingExtractor {

    /** The settings of this extractor: the layout's {@code settings.indicatorCounts}, each with a documented default. */
    public record Settings(String indicator, List<String> toParticles, List<String> pastMarks,
            List<String> achievedWords, List<String> deadlineWords, String targetName, String actualName,
            String nowWord, String targetClass, String actualClass) {

        public static final Setting<String> INDICATOR = new Setting<>("indicator",
                "(\\p{IsHangul}{2,})\\s수(\\([^)\\s]{1,10}\\))?(?:를|을|는|은|이|가)?(?=\\s)",
                "an indicator that counts: a noun, a blank, 수 (a word ending in 수, '최우수', is none), an optional "
                        + "gloss in brackets and a particle; group 1 is what it counts, group 2 the gloss (default: "
                        + "(\\p{IsHangul}{2,})\\s수(\\([^)\\s]{1,10}\\))?(?:를|을|는|은|이|가)?(?=\\s))");
        public static final Setting<List<String>> TO_PARTICLES = new Setting<>("toParticles", List.of("으로", "로"),
                "particles after the count an indicator is raised to ('11만 명으로', '55만 명(…)으로'): a count "
                        + "without one is no target (default: 으로, 로)");
        public static final Setting<List<String>> PAST_MARKS = new Setting<>("pastMarks", List.of("었", "였", "했"),
                "marks of the past tense in the word after the target's count and its particle ('늘었다', "
                        + "'증가하였다'): a change done is no target (default: 었, 였, 했)");
        public static final Setting<List<String>> ACHIEVED_WORDS = new Setting<>("achievedWords", List.of("달성",
                "기록", "실적"), "words of a sentence that reports what was achieved: it sets no target (default: "
                        + "달성, 기록, 실적)");
        public static final Setting<List<String>> DEADLINE_WORDS = new Setting<>("deadlineWords", List.of("까지"),
                "words right after a date that make its year the year a target is for (default: 까지)");
        public static final Setting<String> TARGET_NAME = new Setting<>("targetName", "%s 목표",
                "the name of a target, from the indicator's name; the year follows in brackets (default: %s 목표)");
        public static final Setting<String> ACTUAL_NAME = new Setting<>("actualName", "%s",
                "the name of an actual, from the indicator's name; the year, or the word of now, follows in "
                        + "brackets (default: %s)");
        public static final Setting<String> NOW_WORD = new Setting<>("nowWord", "현재",
                "the word for now, in the name of an actual the text gives no year for (default: 현재)");
        public static final Setting<String> TARGET_CLASS = new Setting<>("targetClass", "Target",
                "the class of a target (default: Target)");
        public static final Setting<String> ACTUAL_CLASS = new Setting<>("actualClass", "Actual",
                "the class of an actual (default: Actual)");

        public Settings {
            toParticles = List.copyOf(toParticles);
            pastMarks = List.copyOf(pastMarks);
            achievedWords = List.copyOf(achievedWords);
            deadlineWords = List.copyOf(deadlineWords);
        }

        /** The layout's {@code settings.indicatorCounts}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("indicatorCounts"), "indicatorCounts", List.of(INDICATOR,
                    TO_PARTICLES, PAST_MARKS, ACHIEVED_WORDS, DEADLINE_WORDS, TARGET_NAME, ACTUAL_NAME, NOW_WORD,
                    TARGET_CLASS, ACTUAL_CLASS));
            return new Settings(INDICATOR.from(given), TO_PARTICLES.from(given), PAST_MARKS.from(given),
                    ACHIEVED_WORDS.from(given), DEADLINE_WORDS.from(given),
                    TARGET_NAME.from(given), ACTUAL_NAME.from(given), NOW_WORD.from(given), TARGET_CLASS.from(given),
                    ACTUAL_CLASS.from(given));
        }
    }

    /** A year in brackets right after a count and its particle ("8만 명으로(2030년)"). */
    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*(?:으로|로)?\\s*\\(\\s*((?:19|20)\\d{2})\\s?년?\\s*\\)");
    /** An actual in brackets with its year, right after the target ("55만 명(2025년 47만 명)"). */
    private static final Pattern YEAR_IN_BRACKET = Pattern.compile("^\\s*\\(\\s*((?:19|20)\\d{2})\\s?년?\\s*$");
    /** The end of a sentence: a full stop before a blank or the text's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.。](?:\\s|$)");

    private final Settings settings;
    private final Pattern indicator;

    public IndicatorCountExtractor(Settings settings) {
        this.settings = settings;
        this.indicator = Pattern.compile(settings.indicator());
    }

    @Override
    public String id() {
        return "indicator-count";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        // a table row's figures are the table readers' (an edition's target beside its actual)
        if (text.indexOf('\t') >= 0) {
            return Proposal.nothing();
        }
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Matcher m = indicator.matcher(text);
        while (m.find()) {
            int sentenceStart = sentenceStart(text, m.start());
            Matcher end = SENTENCE_END.matcher(text);
            int sentenceEnd = end.find(m.end()) ? end.start() : text.length();
            String sentence = text.substring(sentenceStart, sentenceEnd);
            if (settings.achievedWords().stream().anyMatch(sentence::contains)) {
                continue;
            }
            List<Quantity> counts = context.quantities().apply(text.substring(m.end(), sentenceEnd)).stream()
                    .filter(q -> !q.money()).map(q -> shifted(q, m.end())).toList();
            if (counts.isEmpty()) {
                continue;
            }
            Quantity target;
            Optional<Quantity> actual = Optional.empty();
            Optional<String> actualYear = Optional.empty();
            Quantity first = counts.get(0);
            if (counts.size() > 1 && text.substring(first.end()).stripLeading().startsWith("에서")) {
                actual = Optional.of(first);
                target = counts.get(1);
            } else {
                target = first;
                if (counts.size() > 1) {
                    Matcher y = YEAR_IN_BRACKET.matcher(text.substring(first.end(), counts.get(1).start()));
                    if (y.find()) {
                        actual = Optional.of(counts.get(1));
                        actualYear = Optional.of(y.group(1));
                    }
                }
            }
            if (!raisedTo(text, target, sentenceEnd)) {
                continue;
            }
            String name = m.group(1) + " 수";
            String counted = m.group(1) + (m.group(2) == null ? "" : m.group(2));
            Optional<String> year = targetYear(text, sentenceStart, m.start(), target, context);
            int n = entities.size();
            String targetKey = CandidateEntity.BLANK + "indicator-target-" + (n + 1);
            Evidence targetAt = new Evidence(passage.at(), m.start(), target.end());
            entities.add(new CandidateEntity(targetKey, settings.targetClass(), String.format(settings.targetName(),
                    name) + year.map(x -> "(" + x + ")").orElse(""), "indicator-target", targetAt,
                    "the count the sentence raises '" + name + "' to"));
            facts.add(new CandidateFact(targetKey, "count", "Count", false, id() + "/target", targetAt,
                    "the count the indicator is to reach", CountedNoun.node(target.value(), counted)));
            year.ifPresent(x -> facts.add(new CandidateFact(targetKey, "referenceYear", x, true, id() + "/year",
                    targetAt, "the year the target is for")));
            context.plan().ifPresent(p -> facts.add(new CandidateFact(p, "target", targetKey, false, id() + "/plan",
                    targetAt, "a target of the plan the brief is about")));
            if (actual.isPresent()) {
                Quantity a = actual.get();
                String actualKey = CandidateEntity.BLANK + "indicator-actual-" + (n + 2);
                Evidence actualAt = new Evidence(passage.at(), m.start(), a.end());
                entities.add(new CandidateEntity(actualKey, settings.actualClass(), String.format(
                        settings.actualName(), name) + "(" + actualYear.orElse(settings.nowWord()) + ")",
                        "indicator-actual", actualAt, "the count of '" + name + "' the target starts from"));
                facts.add(new CandidateFact(actualKey, "count", "Count", false, id() + "/actual", actualAt,
                        "the count the indicator has", CountedNoun.node(a.value(), counted)));
                actualYear.ifPresent(x -> facts.add(new CandidateFact(actualKey, "referenceYear", x, true,
                        id() + "/year", actualAt, "the year the actual is of")));
            }
        }
        return entities.isEmpty() ? Proposal.nothing() : new Proposal(entities, facts);
    }

    /**
     * The year a target is for: one in brackets right after it ("(2030년)"), else the year of a date followed by a
     * word of deadline in the sentence before the indicator ("2031년까지").
     */
    private Optional<String> targetYear(String text, int sentenceStart, int indicatorStart, Quantity target,
            ExtractionContext context) {
        Matcher after = YEAR_AFTER.matcher(text.substring(target.end()));
        if (after.find()) {
            return Optional.of(after.group(1));
        }
        String before = text.substring(sentenceStart, indicatorStart);
        Optional<String> year = Optional.empty();
        for (DateSpan d : context.dates().apply(before)) {
            String rest = before.substring(d.end()).stripLeading();
            if (settings.deadlineWords().stream().anyMatch(rest::startsWith)) {
                year = Optional.of(d.iso().substring(0, 4));
            }
        }
        return year;
    }

    /**
     * Whether a count is what the sentence raises the indicator to: a particle of direction follows it, or its
     * bracket ("11만 명으로", "55만 명(2025년 47만 명)으로"), and the word after that is in no past tense.
     */
    private boolean raisedTo(String text, Quantity target, int sentenceEnd) {
        String after = text.substring(target.end(), sentenceEnd).stripLeading();
        if (after.startsWith("(") && after.indexOf(')') > 0) {
            after = after.substring(after.indexOf(')') + 1).stripLeading();
        }
        Optional<String> particle = settings.toParticles().stream().filter(after::startsWith).findFirst();
        if (particle.isEmpty()) {
            return false;
        }
        // the verb of the change: "늘린다" raises it, "늘었다" reports it raised
        String[] words = after.substring(particle.get().length()).strip().split("\\s+", 2);
        return settings.pastMarks().stream().noneMatch(words[0]::contains);
    }

    private static int sentenceStart(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text.substring(0, at));
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static Quantity shifted(Quantity q, int by) {
        return new Quantity(q.money(), q.value(), q.unit(), q.estimate(), q.start() + by, q.end() + by);
    }
}
