package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.NamedInText;
import stikg.importer.text.Clauses;

/**
 * The dates prose gives things: a date and a cue word ("1995년 제정된 「…」", "'23년 도입한 SBIR 제도", "'26년부터
 * 실시") date the thing the cue is about (a cue limited to class groups only a thing of one of them: a law enacted
 * gets its enactmentDate, a guideline or a plan made the date it is issued), and a bracketed cabinet decision beside a document's name ("「…」(22년 12월,
 * … 각의결정)") dates the decision. Every date read is proposed; that a thing keeps the first date of a property
 * (in the brief's order, unless the draft already gives it one) is the merge's decision.
 */
public final class DatedFactExtractor implements Extractor {

    /**
     * The settings of this extractor: the layout's {@code settings.datedFacts} ({@code thingAfterCue}), its own key
     * {@code dateCues}, and the layout's words of cabinet decisions, object particles and clause ends.
     */
    public record Settings(int thingAfterCue, List<LayoutConfig.Cue> dateCues, List<String> cabinetDecision,
            List<String> objectParticles, List<String> clauseEnds) {

        public static final Setting<Integer> THING_AFTER_CUE = new Setting<>("thingAfterCue", 20,
                "the thing a date cue dates is named at most this many characters after the cue (default: 20)");
        /** Read from the layout's own key {@code dateCues}, not from {@code settings.datedFacts}. */
        public static final Setting<List<LayoutConfig.Cue>> DATE_CUES = new Setting<>("dateCues", List.of(),
                "cue words after which a date dates a thing, each with the property it gives (default: none)");

        public Settings {
            dateCues = List.copyOf(dateCues);
            cabinetDecision = List.copyOf(cabinetDecision);
            objectParticles = List.copyOf(objectParticles);
            clauseEnds = List.copyOf(clauseEnds);
        }

        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("datedFacts"), "datedFacts", List.of(THING_AFTER_CUE));
            return new Settings(THING_AFTER_CUE.from(given), DATE_CUES.from(ex.settings()), ex.cabinetDecision(),
                    ex.particles().object(), ex.clauseEnds());
        }
    }

    /** The property of a cabinet decision's date (ontology term). */
    private static final String DECISION_DATE = "cabinetDecisionDate";

    private final Settings settings;
    private final Clauses clauses;

    public DatedFactExtractor(Settings settings) {
        this.settings = settings;
        this.clauses = new Clauses(settings.clauseEnds());
    }

    @Override
    public String id() {
        return "dated-fact";
    }

    @Override
    public Phase phase() {
        return Phase.FACTS;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<NamedInText> names = NamedInText.in(text, context.names());
        List<CandidateFact> out = new ArrayList<>();
        for (int[] c : clauses.of(text)) {
            List<NamedInText> in = NamedInText.startingWithin(names, c[0], c[1]);
            cued(passage, c[0], c[1], in, context, out);
        }
        decisions(passage, names, context, out);
        return List.copyOf(out);
    }

    /** The dates a clause gives by its date cues. */
    private void cued(TextPassage p, int start, int end, List<NamedInText> in, ExtractionContext context,
            List<CandidateFact> out) {
        String text = p.text();
        String clause = text.substring(start, end);
        List<DateSpan> found = context.dates().apply(clause);
        if (found.isEmpty()) {
            return;
        }
        for (LayoutConfig.Cue cue : settings.dateCues()) {
            List<Integer> starts = cueStarts(text, start, end, cue.word());
            if (starts.isEmpty()) {
                continue;
            }
            int at = starts.get(0);
            int k = at - start;
            DateSpan date = null;
            for (DateSpan d : found) {
                if (d.end() <= k) {
                    date = d;
                }
            }
            if (date == null) {
                continue;
            }
            String thing = datedThing(p, in, at, start + date.start(), context);
            // a thing the context knows has a class; an organisation is dated only by its start; a cue for some
            // class groups only ("제정": a law's enactment, another document's issue) dates only things of them
            if (thing == null || context.typesOf().apply(thing).isEmpty()
                    || context.inGroup("organisation", thing) && !cue.property().equals("startDate")
                    || !cue.objects().isEmpty() && cue.objects().stream().noneMatch(g -> context.inGroup(g, thing))) {
                continue;
            }
            int to = Math.min(clause.length(), k + cue.word().length());
            out.add(new CandidateFact(thing, cue.property(), date.iso(), true, id() + "/cue",
                    new Evidence(p.at(), start + date.start(), start + to), "'" + clause.substring(date.start(), to)
                    + "' (a date and the cue '" + cue.word() + "')"));
        }
    }

    /** Where a cue word starts a word in a clause (not inside another word: "연구개발" has no cue "개발"). */
    private static List<Integer> cueStarts(String text, int start, int end, String word) {
        List<Integer> out = new ArrayList<>();
        int from = start;
        int k;
        while ((k = text.indexOf(word, from)) >= 0 && k < end) {
            from = k + 1;
            if (k == 0 || !EntityRecognizer.isHangul(text.charAt(k - 1))) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * What a date cue at {@code at} dates: a name right after the cue, else the last name marked as object
     * before the date, else the last name before the date, else the passage's entity. Only a name marked as
     * object, or the passage's entity, may be an organisation.
     */
    private String datedThing(TextPassage p, List<NamedInText> in, int at, int dateAt, ExtractionContext context) {
        for (NamedInText n : in) {
            if (n.start() >= at && n.start() - at <= settings.thingAfterCue() && !context.inGroup("organisation", n.id())) {
                return n.id();
            }
        }
        for (int i = in.size() - 1; i >= 0; i--) {
            NamedInText n = in.get(i);
            if (n.start() < dateAt && settings.objectParticles().contains(n.particle())) {
                return n.id();
            }
        }
        for (int i = in.size() - 1; i >= 0; i--) {
            NamedInText n = in.get(i);
            if (n.end() <= dateAt && !context.inGroup("organisation", n.id())) {
                return n.id();
            }
        }
        return p.about().orElse(null);
    }

    /** "「…」(22년 12월, … 각의결정)": a document with a bracketed cabinet decision and its date. */
    private void decisions(TextPassage p, List<NamedInText> names, ExtractionContext context,
            List<CandidateFact> out) {
        String text = p.text();
        for (NamedInText n : names) {
            int open = n.after() - n.particle().length();
            if (!context.inGroup("document", n.id()) || open >= text.length() || text.charAt(open) != '(') {
                continue;
            }
            int close = text.indexOf(')', open);
            if (close < 0) {
                continue;
            }
            String inside = text.substring(open + 1, close);
            if (settings.cabinetDecision().stream().noneMatch(inside::contains)) {
                continue;
            }
            context.dates().apply(inside).stream().findFirst().ifPresent(d -> out.add(new CandidateFact(n.id(),
                    DECISION_DATE, d.iso(), true, id() + "/decision", new Evidence(p.at(), open, close + 1),
                    "'" + inside + "' beside the document's name")));
        }
    }
}
