package stikg.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.text.Segmentation;

/**
 * A finder of the plan a brief is about and of the other editions of its series: the title names the plan
 * with its edition ("제7기 … 기본계획"), the prose names earlier editions with their periods ("제4기('11년~'15년)
 * 기본계획"). Plans and the series are taken from the lexicon when it knows them, and drafted otherwise.
 */
final class PlanFinder {

    private final LayoutConfig.Extraction extraction;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final DateReader dates;
    private final List<String> planWords;

    PlanFinder(LayoutConfig.Extraction extraction, EntityBook book, EntityRecognizer recognizer, DateReader dates) {
        this.extraction = extraction;
        this.book = book;
        this.recognizer = recognizer;
        this.dates = dates;
        // the layout's plans.strategyWords name a plan besides its plan words, in the title and right after an
        // edition mark only (a national plan called a strategy); elsewhere such a word may lead a list
        List<String> words = new ArrayList<>(extraction.planWords());
        if (extraction.setting("strategyWords") instanceof List<?> more) {
            more.forEach(w -> words.add(String.valueOf(w)));
        }
        this.planWords = List.copyOf(words);
    }

    /** The plans found: the brief's own (or empty), every edition by number, and the series. */
    record Plans(Optional<String> main, Map<Integer, String> byEdition, Optional<String> series) {
        Optional<String> edition(int n) {
            return Optional.ofNullable(byEdition.get(n));
        }
    }

    Plans find(Optional<Segmentation.Title> title, List<Segmentation.ProseLine> prose) {
        if (title.isEmpty()) {
            return new Plans(Optional.empty(), Map.of(), Optional.empty());
        }
        String t = title.get().text();
        String at = "L" + title.get().line();
        Matcher e = extraction.edition().matcher(t);
        int planWordEnd = -1;
        if (e.find()) {
            for (String w : planWords) {
                int i = t.indexOf(w, e.end());
                if (i >= 0) {
                    planWordEnd = Math.max(planWordEnd, i + w.length());
                    break;
                }
            }
        }
        if (planWordEnd < 0) {
            return new Plans(Optional.empty(), Map.of(), Optional.empty());
        }
        int edition = Integer.parseInt(e.group(1));
        String planName = t.substring(e.start(), planWordEnd).strip();
        String seriesName = t.substring(e.end(), planWordEnd).strip();
        String country = null;
        for (Mention m : recognizer.find(t.substring(0, e.start()))) {
            if (book.typesOf(m.id()).contains("Country")) {
                country = m.id();
                book.mention(m.id(), at);
            }
        }
        // a plan the lexicon knows by name brings its own series, whatever words the title uses for it
        Optional<String> knownPlan = known(planName, "Plan", at);
        String series = knownPlan.flatMap(p -> book.lexiconValues(p, "inSeries").stream().findFirst())
                .or(() -> known(seriesName, "PlanSeries", at))
                .orElseGet(() -> book.define("plan-series", "PlanSeries", at).label(book.language(), seriesName)
                        .comment("the plan series the title names").id());
        Map<Integer, String> plans = new TreeMap<>();
        String main = knownPlan
                .or(() -> book.lexiconWith("Plan", "edition", String.valueOf(edition), "inSeries", series)).orElse(null);
        if (main != null) {
            edition(main, edition, series, at);
        }
        if (main == null) {
            EntityBuilder p = book.define("plan-" + edition, "Plan", at).label(book.language(), planName)
                    .comment("the plan the brief is about, from its title");
            p.literal("edition", String.valueOf(edition), false, null).ref("inSeries", series, null);
            if (country != null) {
                p.ref("country", country, null);
            }
            main = p.id();
        }
        plans.put(edition, main);
        // the period printed in brackets right after the plan's name in the title ("「제4차 …계획(2027~2031)」")
        List<DateReader.PeriodMention> titlePeriods = dates.periods(t.substring(planWordEnd,
                Math.min(t.length(), planWordEnd + 20)));
        if (!titlePeriods.isEmpty() && titlePeriods.get(0).start() <= 2) {
            String period = titlePeriods.get(0).interval();
            book.defined(main).filter(b -> !b.has("period")).ifPresent(b -> b.literal("period", period, false, at)
                    .comment("the period printed after the plan's name in the title"));
        }
        Map<Integer, String> whereOf = new TreeMap<>();
        whereOf.put(edition, at);
        Map<Integer, String[]> others = new LinkedHashMap<>();
        for (Segmentation.ProseLine p : prose) {
            for (EditionMention m : editionsIn(p.text())) {
                String[] known = others.computeIfAbsent(m.edition(), k -> new String[] {null, "L" + p.line()});
                if (m.period() != null && known[0] == null) {
                    known[0] = m.period();
                    known[1] = "L" + p.line();
                }
            }
        }
        for (Map.Entry<Integer, String[]> o : others.entrySet()) {
            int n = o.getKey();
            String period = o.getValue()[0];
            String where = o.getValue()[1];
            whereOf.putIfAbsent(n, where);
            String id = plans.get(n);
            if (id == null) {
                id = book.lexiconWith("Plan", "edition", String.valueOf(n), "inSeries", series).orElse(null);
                if (id != null) {
                    book.mention(id, where);
                    edition(id, n, series, where);
                    plans.put(n, id);
                }
            }
            if (id == null) {
                EntityBuilder p = book.define("plan-" + n, "Plan", where)
                        .label(book.language(), extraction.edition().matcher(planName).replaceFirst(editionText(planName, n)))
                        .comment("an edition of the series named at " + where);
                p.literal("edition", String.valueOf(n), false, null).ref("inSeries", series, null);
                if (country != null) {
                    p.ref("country", country, null);
                }
                id = p.id();
                plans.put(n, id);
            }
            if (period != null) {
                final String planId = id;
                if (book.defined(planId).isPresent()) {
                    book.defined(planId).filter(b -> !b.has("period"))
                            .ifPresent(b -> b.literal("period", period, false, where));
                } else {
                    book.candidate(planId, where).literal("period", period, false, null)
                            .comment("the period printed beside the edition");
                }
            }
        }
        Integer previous = null;
        for (Integer n : plans.keySet()) {
            if (previous != null && previous == n - 1) {
                final String prev = plans.get(previous);
                book.facts(plans.get(n), whereOf.get(n)).ref("predecessor", prev, whereOf.get(n))
                        .comment("editions " + previous + " and " + n + " of the series follow each other");
                book.facts(prev, whereOf.get(previous)).ref("successor", plans.get(n), whereOf.get(n));
            }
            previous = n;
        }
        return new Plans(Optional.of(main), plans, Optional.of(series));
    }

    /**
     * An edition of a plan named in a text: its number, where its mark starts, where the mark and a period printed
     * right after it end, and that period as an ISO interval (or null).
     */
    record EditionMention(int edition, int start, int end, String period) {
    }

    /**
     * The editions a text names as plans: an edition mark ("제4기") with a period right after it ("('11년~'15년)")
     * or a plan word shortly after ("제4기 기본계획"); a mark without either may count anything else ("제3차 공모").
     */
    List<EditionMention> editionsIn(String text) {
        List<EditionMention> out = new ArrayList<>();
        Matcher m = extraction.edition().matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            List<DateReader.PeriodMention> periods = dates.periods(after);
            boolean periodRight = !periods.isEmpty() && periods.get(0).start() <= 2;
            boolean planWord = planWords.stream().anyMatch(after::contains);
            if (periodRight || planWord) {
                int end = periodRight ? closingBracket(text, m.end() + periods.get(0).end()) : m.end();
                out.add(new EditionMention(Integer.parseInt(m.group(1)), m.start(), end,
                        periodRight ? periods.get(0).interval() : null));
            }
        }
        return out;
    }

    /** The end of a period in brackets: past the bracket closing it, if one follows. */
    private static int closingBracket(String text, int at) {
        return at < text.length() && ")）".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
    }

    /** What the brief says of a known plan it names by edition: which edition of which series it is. */
    private void edition(String plan, int n, String series, String at) {
        book.facts(plan, at).literal("edition", String.valueOf(n), false, null).ref("inSeries", series, null)
                .comment("the brief names edition " + n + " of the series");
    }

    /** The edition mark of a plan name with another number ("제7기" becomes "제4기"). */
    private String editionText(String planName, int n) {
        Matcher m = extraction.edition().matcher(planName);
        if (!m.find()) {
            return String.valueOf(n);
        }
        String mark = m.group();
        return java.util.regex.Matcher.quoteReplacement(mark.replace(m.group(1), String.valueOf(n)));
    }

    /** A lexicon entity of the class that the whole name names. */
    private Optional<String> known(String name, String type, String at) {
        for (Mention m : recognizer.find(name)) {
            if (m.start() == 0 && m.end() >= name.length() - 1 && book.typesOf(m.id()).contains(type)) {
                book.mention(m.id(), at);
                return Optional.of(m.id());
            }
        }
        return Optional.empty();
    }
}
