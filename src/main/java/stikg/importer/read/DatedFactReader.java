package stikg.importer.read;

import java.util.List;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.Setting;
import stikg.importer.names.NamedInText;

/**
 * A reader of the dates prose gives things: a date and a cue word ("1995년 제정된 「…」", "'23년 도입한 SBIR
 * 제도", "'26년부터 실시") date the thing the cue is about, and a bracketed cabinet decision beside a
 * document's name ("「…」(22년 12월, … 각의결정)") dates the decision. A thing keeps the first date found.
 */
final class DatedFactReader {

    /** The settings of this reader: the layout's {@code settings.datedFacts}, each with a documented default. */
    record Settings(int thingAfterCue, List<LayoutConfig.Cue> dateCues) {

        static final Setting<Integer> THING_AFTER_CUE = new Setting<>("thingAfterCue", 20,
                "the thing a date cue dates is named at most this many characters after the cue (default: 20)");
        /** Read from the layout's own key {@code dateCues}, not from {@code settings.datedFacts}. */
        static final Setting<List<LayoutConfig.Cue>> DATE_CUES = new Setting<>("dateCues", List.of(),
                "cue words after which a date dates a thing, each with the property it gives (default: none)");

        Settings {
            dateCues = List.copyOf(dateCues);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("datedFacts"), "datedFacts", List.of(THING_AFTER_CUE));
            return new Settings(THING_AFTER_CUE.from(given), DATE_CUES.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final EntityBook book;
    private final DateReader dates;
    private final ProseGrammar grammar;
    private final CandidateFacts facts;

    DatedFactReader(ProseContext context, DateReader dates) {
        this.ex = context.ex();
        this.settings = Settings.from(ex);
        this.book = context.book();
        this.grammar = context.grammar();
        this.facts = context.facts();
        this.dates = dates;
    }

    /** The dates a clause gives by its date cues. */
    void read(Passage p, Clause c) {
        String clause = c.words();
        List<DateReader.DateMention> found = dates.dates(clause);
        if (found.isEmpty()) {
            return;
        }
        for (LayoutConfig.Cue cue : settings.dateCues()) {
            List<Integer> starts = grammar.cueStarts(c, cue.word());
            if (starts.isEmpty()) {
                continue;
            }
            int at = starts.get(0);
            int k = at - c.start();
            DateReader.DateMention date = null;
            for (DateReader.DateMention d : found) {
                if (d.end() <= k) {
                    date = d;
                }
            }
            if (date == null) {
                continue;
            }
            String thing = datedThing(p, c, at, c.start() + date.start());
            if (thing == null || !book.known(thing) || grammar.isOrg(thing) && !cue.property().equals("startDate")) {
                continue;
            }
            EntityBuilder dated = facts.single(thing, cue.property(), date.iso(), p);
            if (dated != null) {
                dated.comment("'" + clause.substring(date.start(), Math.min(clause.length(), k + cue.word().length()))
                        + "' (a date and the cue '" + cue.word() + "')");
            }
        }
    }

    /**
     * What a date cue at {@code at} dates: a name right after the cue, else the last name marked as object
     * before the date, else the last name before the date, else the passage's entity. Only a name marked as
     * object, or the passage's entity, may be an organisation.
     */
    private String datedThing(Passage p, Clause c, int at, int dateAt) {
        List<NamedInText> in = c.names();
        for (NamedInText n : in) {
            if (n.start() >= at && n.start() - at <= settings.thingAfterCue() && !grammar.isOrg(n.id())) {
                return n.id();
            }
        }
        for (int i = in.size() - 1; i >= 0; i--) {
            NamedInText n = in.get(i);
            if (n.start() < dateAt && ex.particles().object().contains(n.particle())) {
                return n.id();
            }
        }
        for (int i = in.size() - 1; i >= 0; i--) {
            NamedInText n = in.get(i);
            if (n.end() <= dateAt && !grammar.isOrg(n.id())) {
                return n.id();
            }
        }
        return p.subject();
    }

    /** "「…」(22년 12월, … 각의결정)": a document with a bracketed cabinet decision and its date. */
    void decisions(Passage p, List<NamedInText> names) {
        String text = p.text();
        for (NamedInText n : names) {
            int open = n.after() - n.particle().length();
            if (!grammar.is("document", n.id()) || open >= text.length() || text.charAt(open) != '(') {
                continue;
            }
            int close = text.indexOf(')', open);
            if (close < 0) {
                continue;
            }
            String inside = text.substring(open + 1, close);
            if (ex.cabinetDecision().stream().noneMatch(inside::contains)) {
                continue;
            }
            dates.firstDate(inside).ifPresent(d -> {
                EntityBuilder decided = facts.single(n.id(), "cabinetDecisionDate", d.iso(), p);
                if (decided != null) {
                    decided.comment("'" + inside + "' beside the document's name");
                }
            });
        }
    }
}
