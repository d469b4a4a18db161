package stikg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The plan a brief is about and the other editions of its series, read in the sources phase from one passage whose
 * first part is the brief's title and whose other parts are its prose lines: the title names the plan with its
 * edition ("제7기 … 기본계획") and, before the edition, its country; the prose names other editions with their
 * periods ("제4기('11년~'15년) 기본계획"). It proposes the series, the plan of the title and each other edition
 * (its name the title's plan name with the other number), each edition's number, series, country and period, and
 * which editions follow each other. Whether the lexicon knows a plan or the series is the merge's to decide: it
 * resolves a proposed plan to a known plan of that name or of that edition in the series, else defines it.
 */
public final class PlanExtractor implements ProposingExtractor {

    /** The settings of this extractor, each with a documented default. */
    public record Settings(Pattern edition, List<String> planWords, int planWordReach, int periodGap) {

        public static final Setting<Integer> PLAN_WORD_REACH = new Setting<>("planWordReach", 20,
                "how many characters after an edition mark in prose a plan word or a period may stand for the mark "
                        + "to name a plan (\"제4기 기본계획\"), not anything else a number counts (\"제3차 공모\") "
                        + "(default: 20)");
        public static final Setting<Integer> PERIOD_GAP = new Setting<>("periodGap", 2,
                "how many characters may stand between an edition mark, or the plan word right after it, and the "
                        + "period printed right after that (\"제4기('11년~'15년)\", \"제3차 계획(2022~2026)\": the "
                        + "bracket) (default: 2)");

        public Settings {
            planWords = List.copyOf(planWords);
        }

        /**
         * The layout's {@code plans.edition} and {@code plans.planWords}, with its {@code plans.strategyWords}, which
         * name a plan besides its plan words, in the title and right after an edition mark only (a national plan
         * called a strategy; elsewhere such a word may lead a list), and {@code settings.plan}.
         */
        public static Settings from(LayoutConfig.Extraction ex) {
            List<String> words = new ArrayList<>(ex.planWords());
            if (ex.setting("strategyWords") instanceof List<?> more) {
                more.forEach(w -> words.add(String.valueOf(w)));
            }
            var given = Setting.given(ex.setting("plan"), "plan", List.of(PLAN_WORD_REACH, PERIOD_GAP));
            return new Settings(ex.edition(), words, PLAN_WORD_REACH.from(given), PERIOD_GAP.from(given));
        }
    }

    private static final String PLAN = "Plan";
    private static final String SERIES = "PlanSeries";
    private static final String COUNTRY = "Country";

    private final Settings settings;

    public PlanExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public Phase phase() {
        return Phase.SOURCES;
    }

    @Override
    public Whole reads() {
        return Whole.TITLE_AND_PROSE;
    }

    /**
     * An edition of a plan named in a text: its number, where its mark starts, where the mark and a period printed
     * right after it end, and that period as an ISO interval (or null).
     */
    public record EditionMention(int edition, int start, int end, String period) {
    }

    /**
     * The editions a text names as plans: an edition mark ("제4기") with a period right after it ("('11년~'15년)")
     * or a plan word shortly after ("제4기 기본계획"); a mark without either may count anything else ("제3차 공모").
     * The periods of a text are those {@code periods} finds (ISO intervals where they stand).
     */
    public List<EditionMention> editionsIn(String text, java.util.function.Function<String, List<DateSpan>> periods) {
        List<EditionMention> out = new ArrayList<>();
        Matcher m = settings.edition().matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + settings.planWordReach()));
            List<DateSpan> printed = periods.apply(after);
            int wordEnd = planWordEnd(after);
            // the period right after the mark ("제4기('11년~'15년)"), else right after the plan word that follows
            // it ("제3차 계획(2022~2026)", "제3차 국가연구혁신계획(2022~2026)")
            DateSpan period = printed.stream().filter(d -> d.start() <= settings.periodGap()
                    || wordEnd >= 0 && d.start() >= wordEnd && d.start() <= wordEnd + settings.periodGap())
                    .findFirst().orElse(null);
            if (period != null || wordEnd >= 0) {
                int end = period != null ? closingBracket(text, m.end() + period.end()) : m.end();
                out.add(new EditionMention(Integer.parseInt(m.group(1)), m.start(), end,
                        period != null ? period.iso() : null));
            }
        }
        return out;
    }

    /** Where the first plan word of a text ends, or -1 if it has none. */
    private int planWordEnd(String text) {
        int end = -1;
        int first = Integer.MAX_VALUE;
        for (String w : settings.planWords()) {
            int at = text.indexOf(w);
            if (at >= 0 && at < first) {
                first = at;
                end = at + w.length();
            }
        }
        return end;
    }

    /** The end of a period in brackets: past the bracket closing it, if one follows. */
    private static int closingBracket(String text, int at) {
        return at < text.length() && ")）".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        List<TextPassage.Part> texts = passage.texts();
        TextPassage.Part titlePart = texts.get(0);
        String t = titlePart.in(passage);
        Matcher e = settings.edition().matcher(t);
        int planWordEnd = -1;
        if (e.find()) {
            for (String w : settings.planWords()) {
                int i = t.indexOf(w, e.end());
                if (i >= 0) {
                    planWordEnd = Math.max(planWordEnd, i + w.length());
                    break;
                }
            }
        }
        if (planWordEnd < 0) {
            return Proposal.nothing();
        }
        int edition = Integer.parseInt(e.group(1));
        String planName = t.substring(e.start(), planWordEnd).strip();
        String seriesName = t.substring(e.end(), planWordEnd).strip();
        int base = titlePart.start();
        Evidence inTitle = new Evidence(passage.at(), base + e.start(), base + planWordEnd);
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        String series = CandidateEntity.BLANK + "plan-series";
        entities.add(new CandidateEntity(series, SERIES, seriesName, "plan-series", inTitle,
                "the plan series the title names"));
        Map<Integer, String> plans = new TreeMap<>();
        Map<Integer, Evidence> whereOf = new TreeMap<>();
        String main = key(edition);
        entities.add(new CandidateEntity(main, PLAN, planName, "plan", inTitle,
                "the plan the brief is about, from its title"));
        plans.put(edition, main);
        whereOf.put(edition, inTitle);
        // the country the title names before the edition (the last, if several)
        for (Mention m : context.names().find(t.substring(0, e.start()))) {
            if (context.typesOf().apply(m.id()).contains(COUNTRY)) {
                facts.add(fact(main, "country", m.id(), false, "country", new Evidence(passage.at(),
                        base + m.start(), base + m.end()), "the country the title names before the plan"));
            }
        }
        editionFacts(main, edition, series, inTitle, facts);
        // the period printed in brackets right after the plan's name in the title ("「제4차 …계획(2027~2031)」")
        List<DateSpan> titlePeriods = context.periods().apply(
                t.substring(planWordEnd, Math.min(t.length(), planWordEnd + settings.planWordReach())));
        if (!titlePeriods.isEmpty() && titlePeriods.get(0).start() <= settings.periodGap()) {
            DateSpan p = titlePeriods.get(0);
            facts.add(fact(main, "period", p.iso(), true, "title-period", new Evidence(passage.at(),
                    base + planWordEnd + p.start(), base + planWordEnd + p.end()),
                    "the period printed after the plan's name in the title"));
        }
        // the other editions the prose names, each where it is first named with its period, else first named
        Map<Integer, Object[]> others = new LinkedHashMap<>();
        for (TextPassage.Part p : texts.subList(1, texts.size())) {
            String text = p.in(passage);
            for (EditionMention m : editionsIn(text, context.periods())) {
                Evidence at = new Evidence(passage.at(), p.start() + m.start(), p.start() + m.end());
                Object[] known = others.computeIfAbsent(m.edition(), k -> new Object[] {null, at, p.at()});
                if (m.period() != null && known[0] == null) {
                    known[0] = m.period();
                    known[1] = at;
                    known[2] = p.at();
                }
            }
        }
        for (Map.Entry<Integer, Object[]> o : others.entrySet()) {
            int n = o.getKey();
            String period = (String) o.getValue()[0];
            Evidence where = (Evidence) o.getValue()[1];
            whereOf.putIfAbsent(n, where);
            String plan = plans.get(n);
            if (plan == null) {
                plan = key(n);
                plans.put(n, plan);
                entities.add(new CandidateEntity(plan, PLAN, settings.edition().matcher(planName)
                        .replaceFirst(editionText(planName, n)), "plan", where, "an edition of the series named at "
                        + o.getValue()[2]));
                editionFacts(plan, n, series, where, facts);
            }
            if (period != null) {
                facts.add(fact(plan, "period", period, true, "period", where,
                        "the period printed beside the edition"));
            }
        }
        Integer previous = null;
        for (Integer n : plans.keySet()) {
            if (previous != null && previous == n - 1) {
                facts.add(fact(plans.get(n), "predecessor", plans.get(previous), false, "predecessor",
                        whereOf.get(n), "editions " + previous + " and " + n + " of the series follow each other"));
            }
            previous = n;
        }
        return new Proposal(entities, facts);
    }

    private static String key(int edition) {
        return CandidateEntity.BLANK + "plan-" + edition;
    }

    private void editionFacts(String plan, int n, String series, Evidence at, List<CandidateFact> facts) {
        facts.add(fact(plan, "edition", String.valueOf(n), true, "edition", at, "the edition its mark numbers"));
        facts.add(fact(plan, "inSeries", series, false, "series", at, "an edition of the series the title names"));
    }

    private CandidateFact fact(String subject, String property, String object, boolean literal, String rule,
            Evidence evidence, String why) {
        return new CandidateFact(subject, property, object, literal, id() + "/" + rule, evidence, why);
    }

    /** The edition mark of a plan name with another number ("제7기" becomes "제4기"). */
    private String editionText(String planName, int n) {
        Matcher m = settings.edition().matcher(planName);
        if (!m.find()) {
            return String.valueOf(n);
        }
        String mark = m.group();
        return Matcher.quoteReplacement(mark.replace(m.group(1), String.valueOf(n)));
    }
}
