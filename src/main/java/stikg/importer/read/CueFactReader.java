package stikg.importer.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.Setting;
import stikg.importer.names.NamedInText;

/**
 * A reader of the links prose states between named entities: who runs, funds, leads, develops or issued what
 * (a subject, a cue word with a verb ending, and the thing), what is done through whom ("JST를 통해"), what
 * belongs to whom ("JST의 ASPIRE"), which law a document rests on, and which programme a measure uses. Event
 * cues are handed to the {@link EventReader}.
 */
final class CueFactReader {

    /**
     * The settings of this reader, each with a documented default: its windows (the layout's {@code
     * settings.cueFacts}) and its rules (the layout's keys {@code contextLinks} and {@code verbEndings}).
     */
    record Settings(int genitiveReach, int basisGap, List<LayoutConfig.ContextLink> contextLinks,
            List<String> verbEndings) {

        static final Setting<Integer> GENITIVE_REACH = new Setting<>("genitiveReach", 15,
                "\"ORG의 X\": X is named at most this many characters after the genitive particle (default: 15)");
        static final Setting<Integer> BASIS_GAP = new Setting<>("basisGap", 2,
                "\"「…법」에 근거하여\": the law ends at most this many characters before the cue (default: 2)");
        static final Setting<List<LayoutConfig.ContextLink>> CONTEXT_LINKS = new Setting<>("contextLinks",
                List.of(), "links a cue word states between the clause's subject and a thing the passage is about "
                        + "(default: none)");
        static final Setting<List<String>> VERB_ENDINGS = new Setting<>("verbEndings", List.of(),
                "what follows a cue word that makes it a verb (\"운영하\", \"운영 중\"): a cue word without one states "
                        + "nothing (default: none, so no cue states a link)");

        Settings {
            contextLinks = List.copyOf(contextLinks);
            verbEndings = List.copyOf(verbEndings);
        }

        static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("cueFacts"), "cueFacts", List.of(GENITIVE_REACH, BASIS_GAP));
            return new Settings(GENITIVE_REACH.from(given), BASIS_GAP.from(given), CONTEXT_LINKS.from(ex.settings()),
                    VERB_ENDINGS.from(ex.settings()));
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final EntityBook book;
    private final ProseGrammar grammar;
    private final CandidateFacts facts;
    private final EventReader events;

    CueFactReader(ProseContext context, EventReader events) {
        this.ex = context.ex();
        this.settings = Settings.from(ex);
        this.book = context.book();
        this.grammar = context.grammar();
        this.facts = context.facts();
        this.events = events;
    }

    /** The links one clause states; {@code subjects} are its subjects, or those carried from the clause before. */
    void read(Passage p, Clause c, List<NamedInText> subjects) {
        cues(p, c, subjects);
        via(p, c);
    }

    /** "ORG의 X": X belongs to ORG, by the layout's genitive rules. */
    void genitive(Passage p, Clause c) {
        List<NamedInText> in = c.names();
        for (int i = 0; i < in.size(); i++) {
            NamedInText n = in.get(i);
            if (!grammar.isOrg(n.id()) || !n.particle().equals(ex.particles().genitive())) {
                continue;
            }
            Optional<NamedInText> thing = grammar.nextWithin(c, i, settings.genitiveReach());
            if (thing.isEmpty()) {
                continue;
            }
            for (LayoutConfig.GenitiveRule r : ex.genitive()) {
                if (grammar.is(r.objectGroup(), thing.get().id())) {
                    for (NamedInText org : grammar.coordinatedOrgs(c, i)) {
                        facts.link(p, thing.get().id(), r.property(), org.id(), "'" + org.surface()
                                + ex.particles().genitive() + " … " + thing.get().surface() + "' (possessive)");
                    }
                    break;
                }
            }
        }
    }

    /** A measure whose own text names a programme is carried out through it, by the layout's context links. */
    void contextLinks(Passage p, List<NamedInText> in) {
        if (p.subject() == null) {
            return;
        }
        for (LayoutConfig.ContextLink link : settings.contextLinks()) {
            if (!book.typesOf(p.subject()).contains(link.subject())) {
                continue;
            }
            for (NamedInText n : in) {
                if (grammar.is(link.object(), n.id()) && !n.id().equals(p.subject())) {
                    facts.link(p, p.subject(), link.property(), n.id(), "'" + n.surface() + "' named in the text of "
                            + "the " + link.subject().toLowerCase(Locale.ROOT));
                    // what the measure works through shares the link ("X와는 … A와 B 프로그램 활용")
                    for (NamedInText other : in) {
                        if (link.alsoFor() != null && grammar.is(link.alsoFor(), other.id())
                                && !other.id().equals(n.id())) {
                            facts.link(p, other.id(), link.property(), n.id(), "'" + n.surface() + "' named with '"
                                    + other.surface() + "' in the text of a measure");
                        }
                    }
                }
            }
        }
    }

    /** Property and event cues, in the order they stand in the clause; one event of each class per clause. */
    private void cues(Passage p, Clause c, List<NamedInText> subjects) {
        List<NamedInText> via = grammar.viaOrgs(c);
        Set<String> eventClasses = new HashSet<>();
        List<int[]> cueAt = new ArrayList<>();
        for (int i = 0; i < ex.cues().size(); i++) {
            for (int at : grammar.cueStarts(c, ex.cues().get(i).word())) {
                cueAt.add(new int[] {at, i});
            }
        }
        cueAt.sort(Comparator.comparingInt(a -> a[0]));
        for (int[] ci : cueAt) {
            LayoutConfig.Cue cue = ex.cues().get(ci[1]);
            int at = ci[0];
            int after = at + cue.word().length();
            if (cue.basis()) {
                basis(p, c, cue, at);
                continue;
            }
            if (!cue.isEvent() && settings.verbEndings().stream().noneMatch(v -> c.text().startsWith(v, after))) {
                continue;
            }
            List<NamedInText> subj = subjects.stream().filter(s -> s.start() < at).toList();
            Optional<String> object = grammar.objectOf(c, at, cue.word().length(), p.subject(), cue.isEvent());
            if (cue.isEvent()) {
                if (eventClasses.add(cue.event())) {
                    events.read(p, c, cue, at, subj, object);
                }
                continue;
            }
            if (object.isEmpty() || grammar.isOrg(object.get())) {
                continue;
            }
            String thing = object.get();
            if (!cue.objects().isEmpty() && cue.objects().stream().noneMatch(g -> grammar.is(g, thing))) {
                continue;
            }
            if (!via.isEmpty()) {
                throughOrgs(p, thing, cue, via, subj);
                continue;
            }
            String property = grammar.is("facility", thing) && cue.facilityProperty() != null
                    ? cue.facilityProperty() : cue.property();
            for (NamedInText s : subj) {
                facts.link(p, thing, property, s.id(), "'" + s.surface() + s.particle() + " … " + cue.word() + "'");
            }
        }
    }

    /** "A는 (JST와 NEDO)를 통해 X를 지원": X is done through JST and NEDO, and A is who stands behind it. */
    private void throughOrgs(Passage p, String thing, LayoutConfig.Cue cue, List<NamedInText> via,
            List<NamedInText> subjects) {
        for (NamedInText v : via) {
            facts.link(p, thing, ex.via().property(), v.id(), "'" + v.surface() + " … " + ex.via().word()
                    + "' (done through)");
        }
        for (NamedInText s : subjects) {
            if (via.stream().noneMatch(v -> v.id().equals(s.id()))) {
                facts.link(p, thing, ex.via().subjectProperty(), s.id(), "'" + s.surface() + " … " + cue.word()
                        + "' with '" + ex.via().word() + "'");
            }
        }
    }

    /** "「…법」에 근거하여 … ‘…’": the document after the cue rests on the law right before it. */
    private void basis(Passage p, Clause c, LayoutConfig.Cue cue, int at) {
        NamedInText law = null;
        for (NamedInText n : c.names()) {
            if (n.end() <= at && at - n.after() <= settings.basisGap() && grammar.isLaw(n.id())) {
                law = n;
            }
        }
        if (law == null) {
            return;
        }
        for (NamedInText n : c.names()) {
            if (n.start() > at && grammar.is("document", n.id()) && !grammar.isLaw(n.id())) {
                facts.link(p, n.id(), cue.property(), law.id(), "'" + law.surface() + " … " + cue.word() + " … "
                        + n.surface() + "'");
                return;
            }
        }
    }

    /** "(JST와 NEDO)을 통해": the clause's topic, or the passage's entity, is funded through them. */
    private void via(Passage p, Clause c) {
        List<NamedInText> orgs = grammar.viaOrgs(c);
        if (orgs.isEmpty()) {
            return;
        }
        String thing = c.names().stream().filter(n -> !grammar.isOrg(n.id())
                && ex.particles().subject().contains(n.particle())).map(NamedInText::id).findFirst()
                .orElse(p.subject());
        if (thing == null || !grammar.is("programme", thing)) {
            return;
        }
        for (NamedInText v : orgs) {
            facts.link(p, thing, ex.via().property(), v.id(), "'" + v.surface() + " … " + ex.via().word()
                    + "' (done through)");
        }
    }
}
