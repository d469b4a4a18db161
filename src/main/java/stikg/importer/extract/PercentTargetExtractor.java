package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * A target stated as a percentage ("… 비중을 '31년까지 45%로 확대", "… 선정률을 50% 이상으로 유지", "GDP 대비 … 2035년
 * 3.5%로 끌어올리겠다"): a percentage followed by the particle of a result (로, 으로), after "이상", "이하" or "수준" or
 * not, and a verb of raising, lowering, keeping or reaching. The ontology has no place for a percentage figure (a
 * {@code Target} holds an amount of money or a count), so, as the curated files of the corpus keep such targets, the
 * clause is proposed as a {@code description} of what it is about: the programme or facility the clause names, else
 * the edition of a plan it names, else the plan the brief is about. A percentage that is where a change starts ("A%에서")
 * or an actual ("2.1%에 그쳐", "6.4% 증가") is not read.
 */
public final class PercentTargetExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(List<String> verbs, List<String> subjectGroups) {

        public static final Setting<List<String>> VERBS = new Setting<>("verbs", List.of("높이", "높인", "확대",
                "상향", "끌어올", "늘리", "늘린", "낮추", "낮춘", "감축", "축소", "유지", "달성", "제고", "개선"),
                "the stems of verbs that set a percentage as a target after '…%로' (default: 높이, 높인, 확대, 상향, "
                        + "끌어올, 늘리, 늘린, 낮추, 낮춘, 감축, 축소, 유지, 달성, 제고, 개선)");
        public static final Setting<List<String>> SUBJECT_GROUPS = new Setting<>("subjectGroups",
                List.of("programme", "facility"), "the class groups of things the sentence names that a target is "
                        + "about before the plan (default: programme, facility)");

        public Settings {
            verbs = List.copyOf(verbs);
            subjectGroups = List.copyOf(subjectGroups);
        }

        /** The layout's {@code settings.percentTarget}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("percentTarget"), "percentTarget", List.of(VERBS, SUBJECT_GROUPS));
            return new Settings(VERBS.from(given), SUBJECT_GROUPS.from(given));
        }
    }

    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?\\s?%");
    /** What may stand between a percentage and the verb: a bound, the particle of a result, a deadline. */
    private static final Pattern RESULT = Pattern.compile("^\\s?(?:(?:이상|이하|수준|내외)\\s?)?(?:으로|로)\\s?(?:까지\\s?)?");
    /** Where a clause starts: after a comma or a bullet mark. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;□○◦●■▶⇒※-]\\s");

    private final Settings settings;

    public PercentTargetExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "percent-target";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<CandidateFact> out = new ArrayList<>();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) {
            Matcher r = RESULT.matcher(text.substring(p.end()));
            if (!r.find()) {
                continue;
            }
            int verbAt = p.end() + r.end();
            String rest = text.substring(verbAt);
            Optional<String> verb = settings.verbs().stream().filter(rest::startsWith).findFirst();
            if (verb.isEmpty()) {
                continue;
            }
            int clauseStart = 0;
            Matcher b = CLAUSE_BREAK.matcher(text.substring(0, p.start()));
            while (b.find()) {
                clauseStart = b.end();
            }
            int end = verbAt + verb.get().length();
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",.;)".indexOf(text
                    .charAt(end)) < 0) {
                end++;
            }
            String clause = text.substring(clauseStart, end).strip();
            Optional<String> subject = subject(text, clauseStart, end, context);
            if (subject.isEmpty() || clause.isEmpty()) {
                continue;
            }
            out.add(new CandidateFact(subject.get(), "description", clause, true, id() + "/" + verb.get(),
                    new Evidence(passage.at(), text.indexOf(clause, clauseStart), text.indexOf(clause, clauseStart)
                            + clause.length()), "a percentage set as a target ('…%로 " + verb.get() + "'), kept as "
                            + "text: the ontology has no percentage figure"));
        }
        return List.copyOf(out);
    }

    /**
     * What the clause's target is about: a programme or facility the clause names, an edition of a plan the sentence
     * names, or the plan the brief is about (a thing named in another clause of the sentence is not the target's).
     */
    private Optional<String> subject(String text, int clauseStart, int clauseEnd, ExtractionContext context) {
        for (Mention m : context.names().find(text)) {
            if (m.start() >= clauseStart && m.end() <= clauseEnd && settings.subjectGroups().stream()
                    .anyMatch(g -> context.inGroup(g, m.id()))) {
                return Optional.of(m.id());
            }
        }
        return context.editions().apply(text).stream().map(PlanEdition::plan).findFirst().or(context::plan);
    }
}
