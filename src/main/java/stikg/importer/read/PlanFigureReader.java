package stikg.importer.read;

import stikg.importer.text.Clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.Mention;

/**
 * A reader of the targets and actuals a passage states for the plans it names ("제6기 … 실적치는 43.6조 엔으로
 * 목표치(30조 엔)를 …"). An amount belongs to the edition named last before it; a figure word near it says
 * whether it is a target or an actual; the indicator named last before it says what it measures. A figure
 * covers its plan's period, or the part of it its coverage note ends with ("(단, 2024년까지 4년간)"). An actual
 * and a target alone in one clause are compared. Every figure is a candidate for review.
 */
final class PlanFigureReader {

    private final LayoutConfig.Extraction ex;
    private final LayoutConfig.Numbers numbers;
    private final EntityBook book;
    private final QuantityReader quantities;
    private final DateReader dates;
    private final PlanFinder.Plans plans;
    private final Clauses clauses;
    private int figureCount;

    PlanFigureReader(LayoutConfig layout, EntityBook book, QuantityReader quantities, DateReader dates,
            PlanFinder.Plans plans, Clauses clauses) {
        this.ex = layout.extraction();
        this.numbers = layout.numbers();
        this.book = book;
        this.quantities = quantities;
        this.dates = dates;
        this.plans = plans;
        this.clauses = clauses;
    }

    /** Reads the figures of a passage whose names are {@code names}; returns the records written. */
    List<EntityBuilder> read(Passage p, List<Mention> names) {
        String text = p.text();
        List<EntityBuilder> written = new ArrayList<>();
        List<QuantityReader.Amount> amounts = quantities.amounts(text);
        if (amounts.isEmpty()) {
            return written;
        }
        Matcher e = ex.edition().matcher(text);
        List<int[]> editions = new ArrayList<>();
        while (e.find()) {
            editions.add(new int[] {e.start(), Integer.parseInt(e.group(1))});
        }
        List<int[]> clauseSpans = clauses.of(text);
        Map<Integer, List<String[]>> byClause = new HashMap<>();
        for (int i = 0; i < amounts.size(); i++) {
            QuantityReader.Amount a = amounts.get(i);
            Integer edition = null;
            for (int[] ed : editions) {
                if (ed[0] < a.start()) {
                    edition = ed[1];
                }
            }
            Optional<String> plan = edition == null ? Optional.empty() : plans.edition(edition);
            String kind = figureKind(text, amounts, i);
            if (plan.isEmpty() || kind == null) {
                continue;
            }
            EntityBuilder f = book.define("figure-" + (++figureCount), kind, p.at()).note(EntityBook.CANDIDATE)
                    .comment("'" + text.substring(a.start(), a.end()) + "' read as " + kind.toLowerCase(Locale.ROOT)
                            + " of the plan named before it");
            written.add(f);
            f.literal("amount", a.plain(), false, null).literal("currency", a.currency(), true, null)
                    .ref("figureOf", plan.get(), null);
            if (a.estimate()) {
                f.literal("isEstimate", "true", false, null);
            }
            indicatorBefore(names, a.start()).ifPresent(ind -> f.ref(numbers.indicatorProperty(), ind, null));
            Optional<String> coverage = quantities.coverage(text, a.end());
            coverage.ifPresent(cv -> f.texts("coverageNote", Map.of(book.language(), cv), null));
            period(plan.get(), coverage).ifPresent(period -> f.literal("period", period, false, null));
            EntityBuilder planRecord = book.candidate(plan.get(), p.at());
            planRecord.ref("target", f.id(), null).comment("the plan's figure at " + p.at());
            written.add(planRecord);
            int clause = 0;
            for (int k = 0; k < clauseSpans.size(); k++) {
                if (a.start() >= clauseSpans.get(k)[0]) {
                    clause = k;
                }
            }
            byClause.computeIfAbsent(clause, k -> new ArrayList<>()).add(new String[] {kind, f.id()});
        }
        for (List<String[]> figs : byClause.values()) {
            List<String> actuals = figs.stream().filter(x -> x[0].equals("Actual")).map(x -> x[1]).toList();
            List<String> targets = figs.stream().filter(x -> x[0].equals("Target")).map(x -> x[1]).toList();
            if (actuals.size() == 1 && targets.size() == 1) {
                book.defined(actuals.get(0)).ifPresent(b -> b.ref("targetOfActual", targets.get(0), null));
            }
        }
        return written;
    }

    /** The indicator named last before an amount: what the amount measures. */
    private Optional<String> indicatorBefore(List<Mention> names, int at) {
        String found = null;
        for (Mention m : names) {
            if (m.start() < at && book.typesOf(m.id()).contains(numbers.indicatorClass())) {
                found = m.id();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The period a figure covers: its plan's, as drafted or as read beside the edition; ending with the year its
     * coverage note ends with, when the note names one.
     */
    private Optional<String> period(String plan, Optional<String> coverage) {
        Optional<String> period = book.literalOf(plan, "period");
        if (period.isEmpty() || coverage.isEmpty()) {
            return period;
        }
        String start = period.get().substring(0, period.get().indexOf('/'));
        return dates.dates(coverage.get()).stream().map(DateReader.DateMention::iso).filter(d -> d.length() == 4)
                .reduce((first, second) -> second).filter(end -> end.compareTo(start) >= 0).map(end -> start + "/" + end);
    }

    /**
     * Whether an amount is a target or an actual: the figure word right before it decides; else the first
     * figure word after it that does not stand right before another amount.
     */
    private String figureKind(String text, List<QuantityReader.Amount> amounts, int i) {
        QuantityReader.Amount a = amounts.get(i);
        int from = i > 0 ? amounts.get(i - 1).end() : 0;
        String before = text.substring(Math.max(from, a.start() - 8), a.start());
        String near = kindIn(before);
        if (near != null) {
            return near;
        }
        int end = text.length();
        String after = text.substring(a.end(), end);
        for (int j = i + 1; j < amounts.size(); j++) {
            QuantityReader.Amount b = amounts.get(j);
            int s = Math.max(a.end(), b.start() - 8);
            after = after.substring(0, s - a.end()) + " ".repeat(b.end() - s) + after.substring(b.end() - a.end());
        }
        int best = Integer.MAX_VALUE;
        String kind = null;
        for (String w : numbers.targetWords()) {
            int k = after.indexOf(w);
            if (k >= 0 && k < best) {
                best = k;
                kind = "Target";
            }
        }
        for (String w : numbers.actualWords()) {
            int k = after.indexOf(w);
            if (k >= 0 && k < best) {
                best = k;
                kind = "Actual";
            }
        }
        return kind;
    }

    private String kindIn(String s) {
        if (numbers.actualWords().stream().anyMatch(s::contains)) {
            return "Actual";
        }
        if (numbers.targetWords().stream().anyMatch(s::contains)) {
            return "Target";
        }
        return null;
    }

}
