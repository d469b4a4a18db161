package stikg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;
import stikg.importer.text.Clauses;

/**
 * The targets and actuals a passage states for the plans it names ("제6기 … 실적치는 43.6조 엔으로 목표치(30조 엔)를
 * …"). An amount belongs to the edition marked last before it, if that edition is one of the brief's plans (the
 * context's editions); a figure word near it says whether it is a target or an actual; the indicator named last
 * before it says what it measures. A figure covers its plan's period, or the part of it its coverage note ends with
 * ("(단, 2024년까지 4년간)"). An actual and a target alone in one clause are compared. Every figure is proposed as a
 * new thing, a candidate for review; it and its plan cite what the passage cites.
 */
public final class PlanFigureExtractor implements ProposingExtractor {

    /**
     * The settings of this extractor, all from the layout's keys: how an edition is marked (its first group the
     * number), clause ends, the coverage note after an amount, the words of targets and actuals, the class of
     * indicators and the property from a figure to its indicator, and the brief's language.
     */
    public record Settings(Pattern edition, List<String> clauseEnds, Pattern coverage, List<String> targetWords,
            List<String> actualWords, String indicatorClass, String indicatorProperty, String language) {

        public Settings {
            clauseEnds = List.copyOf(clauseEnds);
            targetWords = List.copyOf(targetWords);
            actualWords = List.copyOf(actualWords);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Numbers n = layout.numbers();
            return new Settings(layout.extraction().edition(), layout.extraction().clauseEnds(), n.coverage(),
                    n.targetWords(), n.actualWords(), n.indicatorClass(), n.indicatorProperty(), layout.language());
        }
    }

    /** How far before an amount a figure word belongs to it (characters). */
    private static final int WORD_BEFORE = 8;
    /** How far after a target word a word of actuals makes it the object of a comparison (a particle: "를 "). */
    private static final int COMPARED_WITHIN = 3;

    private final Settings settings;
    private final Clauses clauses;

    public PlanFigureExtractor(Settings settings) {
        this.settings = settings;
        this.clauses = new Clauses(settings.clauseEnds());
    }

    @Override
    public String id() {
        return "plan-figure";
    }

    @Override
    public Phase phase() {
        return Phase.FACTS;
    }

    @Override
    public Proposal propose(TextPassage p, ExtractionContext context) {
        String text = p.text();
        List<Quantity> amounts = context.quantities().apply(text).stream().filter(Quantity::money).toList();
        if (amounts.isEmpty()) {
            return Proposal.nothing();
        }
        List<int[]> marks = new ArrayList<>();
        Matcher e = settings.edition().matcher(text);
        while (e.find()) {
            marks.add(new int[] {e.start(), e.end()});
        }
        List<PlanEdition> editions = context.editions().apply(text);
        List<Mention> names = context.names().find(text);
        List<int[]> clauseSpans = clauses.of(text);
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Map<Integer, List<String[]>> byClause = new LinkedHashMap<>();
        for (int i = 0; i < amounts.size(); i++) {
            Quantity a = amounts.get(i);
            int[] mark = null;
            for (int[] m : marks) {
                if (m[0] < a.start()) {
                    mark = m;
                }
            }
            int markAt = mark == null ? -1 : mark[0];
            Optional<PlanEdition> edition = editions.stream().filter(x -> x.start() == markAt).findFirst();
            String kind = figureKind(text, amounts, i);
            if (edition.isEmpty() || kind == null) {
                continue;
            }
            String plan = edition.get().plan();
            String key = CandidateEntity.BLANK + "figure-" + (entities.size() + 1);
            Evidence evidence = new Evidence(p.at(), a.start(), a.end());
            entities.add(new CandidateEntity(key, kind, "", "figure", evidence, "'" + text.substring(a.start(),
                    a.end()) + "' read as " + kind.toLowerCase(Locale.ROOT) + " of the plan named before it"));
            String rule = id() + "/" + kind.toLowerCase(Locale.ROOT);
            String why = "the " + kind.toLowerCase(Locale.ROOT) + " '" + text.substring(a.start(), a.end()) + "'";
            facts.add(new CandidateFact(key, "amount", a.value(), true, rule, evidence, why));
            facts.add(new CandidateFact(key, "currency", a.unit(), true, rule, evidence, why));
            facts.add(new CandidateFact(key, "figureOf", plan, false, rule, evidence, why));
            if (a.estimate()) {
                facts.add(new CandidateFact(key, "isEstimate", "true", true, rule, evidence, why));
            }
            indicatorBefore(names, a.start(), context).ifPresent(ind -> facts.add(new CandidateFact(key,
                    settings.indicatorProperty(), ind, false, rule, evidence, "the indicator named before it")));
            Optional<String> coverage = coverage(text, a.end());
            coverage.ifPresent(cv -> facts.add(new CandidateFact(key, "coverageNote@" + settings.language(), cv, true,
                    rule, evidence, "its coverage note")));
            period(edition.get().period(), coverage, context).ifPresent(period -> facts.add(new CandidateFact(key,
                    "period", period, true, rule, evidence, "its plan's period")));
            facts.add(new CandidateFact(plan, "target", key, false, rule, evidence, "the plan's figure at " + p.at()));
            for (String doc : p.cites()) {
                facts.add(new CandidateFact(key, "citedSource", doc, false, rule, evidence, "the passage cites it"));
                if (!doc.equals(plan)) {
                    facts.add(new CandidateFact(plan, "citedSource", doc, false, rule, evidence,
                            "the passage cites it"));
                }
            }
            int clause = 0;
            for (int k = 0; k < clauseSpans.size(); k++) {
                if (a.start() >= clauseSpans.get(k)[0]) {
                    clause = k;
                }
            }
            byClause.computeIfAbsent(clause, k -> new ArrayList<>()).add(new String[] {kind, key,
                    String.valueOf(a.start()), String.valueOf(a.end()), plan});
        }
        // an actual and a target alone in one clause are compared; else, an actual and a target alone in the
        // passage, of one plan ("…을 목표로 하였으며, 실제 투자는 …으로 목표를 웃돌았다")
        boolean compared = false;
        for (List<String[]> figs : byClause.values()) {
            compared |= compare(figs, facts, p, "/compared", "an actual and a target alone in one clause");
        }
        List<String[]> all = byClause.values().stream().flatMap(List::stream).toList();
        if (!compared && all.stream().map(x -> x[4]).distinct().count() == 1) {
            compare(all, facts, p, "/compared-sentence", "an actual and a target of one plan alone in the passage");
        }
        return new Proposal(entities, facts);
    }

    /** Compares the one actual of some figures with their one target, if so many; whether it did. */
    private boolean compare(List<String[]> figs, List<CandidateFact> facts, TextPassage p, String rule, String why) {
        List<String[]> actuals = figs.stream().filter(x -> x[0].equals("Actual")).toList();
        List<String[]> targets = figs.stream().filter(x -> x[0].equals("Target")).toList();
        if (actuals.size() != 1 || targets.size() != 1) {
            return false;
        }
        String[] actual = actuals.get(0);
        facts.add(new CandidateFact(actual[1], "targetOfActual", targets.get(0)[1], false, id() + rule,
                new Evidence(p.at(), Integer.parseInt(actual[2]), Integer.parseInt(actual[3])), why));
        return true;
    }

    /** The coverage remark of a figure ("(단, 2024년까지 4년간)"), if the text has one right after {@code from}. */
    private Optional<String> coverage(String text, int from) {
        Matcher m = settings.coverage().matcher(text);
        return m.find(from) && m.start() - from < 4 ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The indicator named last before an amount: what the amount measures. */
    private Optional<String> indicatorBefore(List<Mention> names, int at, ExtractionContext context) {
        String found = null;
        for (Mention m : names) {
            if (m.start() < at && context.typesOf().apply(m.id()).contains(settings.indicatorClass())) {
                found = m.id();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The period a figure covers: its plan's; ending with the year its coverage note ends with, when the note names
     * one.
     */
    private static Optional<String> period(Optional<String> period, Optional<String> coverage,
            ExtractionContext context) {
        if (period.isEmpty() || coverage.isEmpty()) {
            return period;
        }
        String start = period.get().substring(0, period.get().indexOf('/'));
        return context.dates().apply(coverage.get()).stream().map(DateSpan::iso).filter(d -> d.length() == 4)
                .reduce((first, second) -> second).filter(end -> end.compareTo(start) >= 0)
                .map(end -> start + "/" + end);
    }

    /**
     * Whether an amount is a target or an actual: the figure word right before it decides; else the first
     * figure word after it that does not stand right before another amount.
     */
    private String figureKind(String text, List<Quantity> amounts, int i) {
        Quantity a = amounts.get(i);
        int from = i > 0 ? amounts.get(i - 1).end() : 0;
        String before = text.substring(Math.max(from, a.start() - WORD_BEFORE), a.start());
        String near = kindIn(before);
        if (near != null) {
            return near;
        }
        String after = text.substring(a.end());
        for (int j = i + 1; j < amounts.size(); j++) {
            Quantity b = amounts.get(j);
            int s = Math.max(a.end(), b.start() - WORD_BEFORE);
            after = after.substring(0, s - a.end()) + " ".repeat(b.end() - s) + after.substring(b.end() - a.end());
        }
        int best = Integer.MAX_VALUE;
        String kind = null;
        for (String w : settings.targetWords()) {
            int k = after.indexOf(w);
            if (k >= 0 && k < best) {
                best = k;
                // "…으로 목표를 웃돌았다": the target word is the object of a word of actuals, so the figure is the
                // actual measured against it
                kind = comparedWith(after, k + w.length()) ? "Actual" : "Target";
            }
        }
        for (String w : settings.actualWords()) {
            int k = after.indexOf(w);
            if (k >= 0 && k < best) {
                best = k;
                kind = "Actual";
            }
        }
        return kind;
    }

    /** Whether a word of actuals starts right after a target word ending at {@code from} (a particle between). */
    private boolean comparedWith(String after, int from) {
        String rest = after.substring(from);
        return settings.actualWords().stream().anyMatch(w -> {
            int k = rest.indexOf(w);
            return k >= 0 && k <= COMPARED_WITHIN;
        });
    }

    private String kindIn(String s) {
        if (settings.actualWords().stream().anyMatch(s::contains)) {
            return "Actual";
        }
        if (settings.targetWords().stream().anyMatch(s::contains)) {
            return "Target";
        }
        return null;
    }
}
