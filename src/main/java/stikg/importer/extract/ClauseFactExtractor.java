package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NamedInText;
import stikg.importer.text.Clauses;

/**
 * The facts prose states clause by clause, read from one passage (a run of clauses), the subject of a clause carried
 * to the clauses after it that name none, within the passage only: links stated by cue words and particles (who
 * runs, funds, leads, develops or issued what: a subject, a cue word with a verb ending, and the thing; what is done
 * through whom, "JST를 통해"; what belongs to whom, "JST의 ASPIRE"; which law a document rests on; which programme a
 * measure uses), the events cue words tell of ("발표", "공모", "출범": an event of the cue's class about what the
 * clause names, with who did it, its date, whether it is planned or done, and for a call the counts it states; an
 * announced document is issued by those who announced it, on the event's date), and counts about a clause's topic
 * ("K-Program은 … 총 51개의 중요 기술을 지정"). One clause grammar serves them all.
 *
 * <p>What is the merge's to decide: whether both ends of a link are things the draft knows and the ontology allows
 * the link; whether a thing already has its one publication date; whether an event was drafted from the same line
 * before (a line is read again as the passage of each measure it states) and what it is named after (the label of
 * what it is about, which the draft or the lexicon gives); and which concept a count counts (one per name, shared by
 * every count of it). A count's node gives its value, the name of what it counts ({@code counted}) and whether it is
 * a minimum.
 */
public final class ClauseFactExtractor implements ProposingExtractor {

    /** The node value of a count naming what it counts, which the merge resolves to a concept. */
    public static final String COUNTED = CountedNoun.COUNTED;

    /**
     * The settings of this extractor, each with a documented default: the windows of its cue rules (the layout's
     * {@code settings.cueFacts}), the length of a counted noun ({@code settings.counts}), the words that tell an event
     * took place, the links a cue states with what a passage is about and the verb endings of cues (the layout's keys
     * {@code doneWords}, {@code contextLinks} and {@code verbEndings}); with the layout's rules and number words.
     */
    public record Settings(int genitiveReach, int basisGap, int nounWords, List<String> doneWords,
            List<LayoutConfig.ContextLink> contextLinks, List<String> verbEndings, LayoutConfig.Extraction rules,
            LayoutConfig.Numbers numbers) {

        public static final Setting<Integer> GENITIVE_REACH = new Setting<>("genitiveReach", 15,
                "\"ORG의 X\": X is named at most this many characters after the genitive particle (default: 15)");
        public static final Setting<Integer> BASIS_GAP = new Setting<>("basisGap", 2,
                "\"「…법」에 근거하여\": the law ends at most this many characters before the cue (default: 2)");
        public static final Setting<Integer> NOUN_WORDS = new Setting<>("nounWords", 3,
                "a counted noun is at most this many words long (default: 3)");
        public static final Setting<List<String>> DONE_WORDS = new Setting<>("doneWords", List.of(),
                "past verb forms after an event's name that tell it took place (\"개최하였\"), where the planned "
                        + "words tell it is to come (default: none, so no event is read as done)");
        public static final Setting<List<LayoutConfig.ContextLink>> CONTEXT_LINKS = new Setting<>("contextLinks",
                List.of(), "links a cue word states between the clause's subject and a thing the passage is about "
                        + "(default: none)");
        public static final Setting<List<String>> VERB_ENDINGS = new Setting<>("verbEndings", List.of(),
                "what follows a cue word that makes it a verb (\"운영하\", \"운영 중\"): a cue word without one states "
                        + "nothing (default: none, so no cue states a link)");

        public Settings {
            doneWords = List.copyOf(doneWords);
            contextLinks = List.copyOf(contextLinks);
            verbEndings = List.copyOf(verbEndings);
        }

        public static Settings from(LayoutConfig layout) {
            LayoutConfig.Extraction ex = layout.extraction();
            var cues = Setting.given(ex.setting("cueFacts"), "cueFacts", List.of(GENITIVE_REACH, BASIS_GAP));
            var counts = Setting.given(ex.setting("counts"), "counts", List.of(NOUN_WORDS));
            return new Settings(GENITIVE_REACH.from(cues), BASIS_GAP.from(cues), NOUN_WORDS.from(counts),
                    DONE_WORDS.from(ex.settings()), CONTEXT_LINKS.from(ex.settings()), VERB_ENDINGS.from(ex.settings()),
                    ex, layout.numbers());
        }
    }

    private final Settings settings;
    private final LayoutConfig.Extraction ex;
    private final LayoutConfig.Numbers numbers;
    private final Clauses clauses;

    public ClauseFactExtractor(Settings settings) {
        this.settings = settings;
        this.ex = settings.rules();
        this.numbers = settings.numbers();
        this.clauses = new Clauses(ex.clauseEnds());
    }

    @Override
    public String id() {
        return "clause-facts";
    }

    @Override
    public Phase phase() {
        return Phase.CLAUSES;
    }

    /** What one reading of a passage collects, in the order read. */
    private final class Reading {
        final TextPassage p;
        final ExtractionContext context;
        final ClauseGrammar grammar;
        final List<CandidateEntity> entities = new ArrayList<>();
        final List<CandidateFact> facts = new ArrayList<>();

        Reading(TextPassage p, ExtractionContext context) {
            this.p = p;
            this.context = context;
            this.grammar = new ClauseGrammar(ex, context.typesOf());
        }

        void link(Clause c, String subject, String property, String object, String rule, String why) {
            if (subject == null || object == null) {
                return;
            }
            facts.add(new CandidateFact(subject, property, object, false, id() + "/" + rule, span(c), why));
        }

        Evidence span(Clause c) {
            return new Evidence(p.at(), c.start(), c.end());
        }

        String subject() {
            return p.about().orElse(null);
        }
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        if (passage.text().isBlank()) {
            return Proposal.nothing();
        }
        Reading r = new Reading(passage, context);
        List<NamedInText> names = NamedInText.in(passage.text(), context.names());
        List<NamedInText> carried = List.of();
        for (Clause c : Clause.of(passage.text(), names, clauses)) {
            genitive(r, c);
            List<NamedInText> subjects = r.grammar.subjects(c);
            if (subjects.isEmpty()) {
                subjects = carried;
            } else {
                carried = subjects;
            }
            cues(r, c, subjects);
            via(r, c);
            count(r, c);
        }
        contextLinks(r, names);
        return new Proposal(r.entities, r.facts);
    }

    /** "ORG의 X": X belongs to ORG, by the layout's genitive rules. */
    private void genitive(Reading r, Clause c) {
        List<NamedInText> in = c.names();
        for (int i = 0; i < in.size(); i++) {
            NamedInText n = in.get(i);
            if (!r.grammar.isOrg(n.id()) || !n.particle().equals(ex.particles().genitive())) {
                continue;
            }
            Optional<NamedInText> thing = r.grammar.nextWithin(c, i, settings.genitiveReach());
            if (thing.isEmpty()) {
                continue;
            }
            for (LayoutConfig.GenitiveRule rule : ex.genitive()) {
                if (r.grammar.is(rule.objectGroup(), thing.get().id())) {
                    for (NamedInText org : r.grammar.coordinatedOrgs(c, i)) {
                        r.link(c, thing.get().id(), rule.property(), org.id(), "genitive", "'" + org.surface()
                                + ex.particles().genitive() + " … " + thing.get().surface() + "' (possessive)");
                    }
                    break;
                }
            }
        }
    }

    /** A measure whose own text names a programme is carried out through it, by the layout's context links. */
    private void contextLinks(Reading r, List<NamedInText> in) {
        String subject = r.subject();
        if (subject == null) {
            return;
        }
        for (LayoutConfig.ContextLink link : settings.contextLinks()) {
            if (!r.context.typesOf().apply(subject).contains(link.subject())) {
                continue;
            }
            for (NamedInText n : in) {
                if (r.grammar.is(link.object(), n.id()) && !n.id().equals(subject)) {
                    Evidence at = new Evidence(r.p.at(), n.start(), n.end());
                    r.facts.add(new CandidateFact(subject, link.property(), n.id(), false, id() + "/context", at,
                            "'" + n.surface() + "' named in the text of the " + link.subject().toLowerCase(Locale.ROOT)));
                    // what the measure works through shares the link ("X와는 … A와 B 프로그램 활용")
                    for (NamedInText other : in) {
                        if (link.alsoFor() != null && r.grammar.is(link.alsoFor(), other.id())
                                && !other.id().equals(n.id())) {
                            r.facts.add(new CandidateFact(other.id(), link.property(), n.id(), false, id()
                                    + "/context", at, "'" + n.surface() + "' named with '" + other.surface()
                                    + "' in the text of a measure"));
                        }
                    }
                }
            }
        }
    }

    /** Property and event cues, in the order they stand in the clause; one event of each class per clause. */
    private void cues(Reading r, Clause c, List<NamedInText> subjects) {
        List<NamedInText> via = r.grammar.viaOrgs(c);
        Set<String> eventClasses = new HashSet<>();
        List<int[]> cueAt = new ArrayList<>();
        for (int i = 0; i < ex.cues().size(); i++) {
            for (int at : r.grammar.cueStarts(c, ex.cues().get(i).word())) {
                cueAt.add(new int[] {at, i});
            }
        }
        cueAt.sort(Comparator.comparingInt(a -> a[0]));
        for (int[] ci : cueAt) {
            LayoutConfig.Cue cue = ex.cues().get(ci[1]);
            int at = ci[0];
            int after = at + cue.word().length();
            if (cue.basis()) {
                basis(r, c, cue, at);
                continue;
            }
            if (!cue.isEvent() && settings.verbEndings().stream().noneMatch(v -> c.text().startsWith(v, after))) {
                continue;
            }
            List<NamedInText> subj = subjects.stream().filter(s -> s.start() < at).toList();
            Optional<String> object = r.grammar.objectOf(c, at, cue.word().length(), r.subject(), cue.isEvent());
            if (cue.isEvent()) {
                if (eventClasses.add(cue.event())) {
                    event(r, c, cue, at, subj, object);
                }
                continue;
            }
            if (object.isEmpty() || r.grammar.isOrg(object.get())) {
                continue;
            }
            String thing = object.get();
            if (!cue.objects().isEmpty() && cue.objects().stream().noneMatch(g -> r.grammar.is(g, thing))) {
                continue;
            }
            if (!via.isEmpty()) {
                throughOrgs(r, c, thing, cue, via, subj);
                continue;
            }
            String property = r.grammar.is("facility", thing) && cue.facilityProperty() != null
                    ? cue.facilityProperty() : cue.property();
            for (NamedInText s : subj) {
                r.link(c, thing, property, s.id(), "cue", "'" + s.surface() + s.particle() + " … " + cue.word() + "'");
            }
        }
    }

    /** "A는 (JST와 NEDO)를 통해 X를 지원": X is done through JST and NEDO, and A is who stands behind it. */
    private void throughOrgs(Reading r, Clause c, String thing, LayoutConfig.Cue cue, List<NamedInText> via,
            List<NamedInText> subjects) {
        for (NamedInText v : via) {
            r.link(c, thing, ex.via().property(), v.id(), "through", "'" + v.surface() + " … " + ex.via().word()
                    + "' (done through)");
        }
        for (NamedInText s : subjects) {
            if (via.stream().noneMatch(v -> v.id().equals(s.id()))) {
                r.link(c, thing, ex.via().subjectProperty(), s.id(), "through", "'" + s.surface() + " … "
                        + cue.word() + "' with '" + ex.via().word() + "'");
            }
        }
    }

    /** "「…법」에 근거하여 … ‘…’": the document after the cue rests on the law right before it. */
    private void basis(Reading r, Clause c, LayoutConfig.Cue cue, int at) {
        NamedInText law = null;
        for (NamedInText n : c.names()) {
            if (n.end() <= at && at - n.after() <= settings.basisGap() && r.grammar.isLaw(n.id())) {
                law = n;
            }
        }
        if (law == null) {
            return;
        }
        for (NamedInText n : c.names()) {
            if (n.start() > at && r.grammar.is("document", n.id()) && !r.grammar.isLaw(n.id())) {
                r.link(c, n.id(), cue.property(), law.id(), "basis", "'" + law.surface() + " … " + cue.word()
                        + " … " + n.surface() + "'");
                return;
            }
        }
    }

    /** "(JST와 NEDO)을 통해": the clause's topic, or the passage's entity, is funded through them. */
    private void via(Reading r, Clause c) {
        List<NamedInText> orgs = r.grammar.viaOrgs(c);
        if (orgs.isEmpty()) {
            return;
        }
        String thing = c.names().stream().filter(n -> !r.grammar.isOrg(n.id())
                && ex.particles().subject().contains(n.particle())).map(NamedInText::id).findFirst()
                .orElse(r.subject());
        if (thing == null || !r.grammar.is("programme", thing)) {
            return;
        }
        for (NamedInText v : orgs) {
            r.link(c, thing, ex.via().property(), v.id(), "via", "'" + v.surface() + " … " + ex.via().word()
                    + "' (done through)");
        }
    }

    /**
     * The event an event cue at {@code at} tells of, done by {@code subjects}, about {@code object}: proposed with
     * the name it has without what it is about (the word before the cue, unless a date, and the cue), its evidence
     * the cue word.
     */
    private void event(Reading r, Clause c, LayoutConfig.Cue cue, int at, List<NamedInText> subjects,
            Optional<String> object) {
        if (subjects.isEmpty() && object.isEmpty()) {
            return;
        }
        String clause = c.words();
        String before = wordBefore(c.text(), at);
        String word = datePart(before) ? "" : before;
        String bare = (word.isEmpty() ? "" : word + " ") + cue.word();
        String key = CandidateEntity.BLANK + "event-" + (r.entities.size() + 1);
        Evidence cueAt = new Evidence(r.p.at(), at, at + cue.word().length());
        r.entities.add(new CandidateEntity(key, cue.event(), bare, "event", cueAt, "event read at " + r.p.at()
                + " from the cue '" + cue.word() + "'"));
        String subjectProperty = cue.subjectProperty() != null ? cue.subjectProperty() : "issuedBy";
        for (NamedInText s : subjects) {
            r.facts.add(new CandidateFact(key, subjectProperty, s.id(), false, id() + "/event", cueAt,
                    "'" + s.surface() + " … " + cue.word() + "'"));
        }
        object.ifPresent(o -> r.facts.add(new CandidateFact(key, "about", o, false, id() + "/event", cueAt,
                "what the event is about")));
        Optional<DateSpan> date = r.context.dates().apply(clause).stream().findFirst();
        date.ifPresent(d -> r.facts.add(new CandidateFact(key, "date", d.iso(), true, id() + "/event",
                new Evidence(r.p.at(), c.start() + d.start(), c.start() + d.end()), "the date the clause prints")));
        String rest = clause.substring(Math.min(clause.length(), at - c.start()));
        if (ex.plannedWords().stream().anyMatch(rest::contains)) {
            r.facts.add(new CandidateFact(key, "status", "planned", true, id() + "/event", cueAt,
                    "a word of what is to come after the cue"));
        } else if (settings.doneWords().stream().anyMatch(rest::contains)) {
            r.facts.add(new CandidateFact(key, "status", "done", true, id() + "/event", cueAt,
                    "a past verb form after the cue"));
        }
        if (cue.event().equals("Announcement") && object.isPresent() && r.grammar.is("document", object.get())) {
            String doc = object.get();
            for (NamedInText s : subjects) {
                r.facts.add(new CandidateFact(doc, "issuedBy", s.id(), false, id() + "/announced", r.span(c),
                        "'" + s.surface() + " … " + cue.word() + "' of the document"));
            }
            date.ifPresent(d -> r.facts.add(new CandidateFact(doc, "publicationDate", d.iso(), true, id()
                    + "/announced", r.span(c), "the date of the event announcing it")));
        }
        if (cue.event().equals("Call")) {
            for (Quantity n : counts(r, clause)) {
                r.facts.add(new CandidateFact(key, "count", "Count", false, id() + "/event", r.span(c),
                        "a count the call states", countNode(clause, n)));
            }
        }
    }

    /** A count about the clause's topic: its first name, an entity other than an organisation, as subject. */
    private void count(Reading r, Clause c) {
        String clause = c.words();
        List<NamedInText> in = c.names();
        if (in.isEmpty() || ex.cues().stream().anyMatch(q -> q.isEvent() && clause.contains(q.word()))) {
            return;
        }
        NamedInText topic = in.get(0);
        if (r.grammar.isOrg(topic.id()) || !ex.particles().subject().contains(topic.particle())) {
            return;
        }
        for (Quantity n : counts(r, clause)) {
            if (c.start() + n.start() < topic.end()) {
                continue;
            }
            r.facts.add(new CandidateFact(topic.id(), "count", "Count", false, id() + "/count", new Evidence(
                    r.p.at(), c.start() + n.start(), c.start() + n.end()), "'" + clause.substring(n.start(), n.end())
                    + "' about '" + topic.surface() + "'", countNode(clause, n)));
        }
    }

    /** The counts of things a clause prints, as the brief's reader of numbers finds them. */
    private static List<Quantity> counts(Reading r, String clause) {
        return r.context.quantities().apply(clause).stream().filter(q -> !q.money()).toList();
    }

    /** A count's node: its value, the noun it counts if one stands by it, and whether it is a minimum. */
    private Map<String, String> countNode(String clause, Quantity n) {
        Map<String, String> node = new LinkedHashMap<>();
        node.put("countValue", n.value());
        String what = nounNear(clause, n);
        if (!what.isEmpty()) {
            node.put(COUNTED, what);
        }
        String printed = clause.substring(n.start(), n.end()).stripTrailing();
        if (numbers.minimum().stream().anyMatch(printed::endsWith)) {
            node.put("isMinimum", "true");
        }
        return node;
    }

    /** The noun a count counts: the words after it ("13개 거점 도시") or else before it ("거점 도시 4곳"). */
    private String nounNear(String clause, Quantity n) {
        String after = nounAfter(clause.substring(n.end()));
        return !after.isEmpty() ? after : nounBefore(clause.substring(0, n.start()).strip());
    }

    private String nounAfter(String rest) {
        String genitive = ex.particles().genitive();
        boolean nounAfter = rest.startsWith(" ") || rest.startsWith(genitive + " ");
        String after = nounAfter ? rest.strip() : "";
        String next = after.isEmpty() ? "" : after.split("[\\s(,]")[0];
        if (after.startsWith(genitive + " ") || next.equals(genitive)) {
            after = after.substring(genitive.length()).strip();
        }
        String[] w = after.split("\\s+");
        if (w.length == 0 || w[0].isEmpty() || Character.isDigit(w[0].charAt(0))) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(settings.nounWords(), w.length); i++) {
            String word = w[i].replaceAll("[(),].*$", "");
            String stripped = stripObject(word);
            sb.append(sb.length() > 0 ? " " : "").append(stripped);
            if (!stripped.equals(word) || w[i].contains("(") || w[i].contains(",")) {
                break;
            }
        }
        String s = sb.toString().strip();
        return s.length() >= 2 && !numbers.minimum().contains(s) ? s : "";
    }

    private String nounBefore(String before) {
        String[] b = before.split("\\s+");
        List<String> words = new ArrayList<>();
        for (int i = b.length - 1; i >= 0 && words.size() < settings.nounWords(); i--) {
            String word = b[i].replaceAll("^.*[(,]", "");
            boolean particle = endsInParticle(word, ex.particles().subject())
                    || endsInParticle(word, ex.particles().object());
            if (word.isEmpty() || ex.particles().coordinators().stream().anyMatch(word::endsWith) && !words.isEmpty()
                    || word.chars().anyMatch(Character::isDigit) || word.equals(ex.via().word()) || particle) {
                break;
            }
            words.add(0, word);
            if (b[i].contains("(") || b[i].contains(",")) {
                break;
            }
        }
        return String.join(" ", words);
    }

    private static boolean endsInParticle(String word, List<String> particles) {
        return particles.stream().anyMatch(x -> word.length() > x.length() && word.endsWith(x));
    }

    private String stripObject(String word) {
        for (String o : ex.particles().object()) {
            if (word.length() > o.length() + 1 && word.endsWith(o)) {
                return word.substring(0, word.length() - o.length());
            }
        }
        return word;
    }

    /** Whether a word is part of a date ("10월", "'25년"): no part of an event's name. */
    private boolean datePart(String word) {
        LayoutConfig.DateWords dateWords = numbers.dates();
        return word.matches(".*\\d.*") && (word.endsWith(dateWords.year()) || word.endsWith(dateWords.month())
                || word.endsWith(dateWords.day()));
    }

    private static String wordBefore(String text, int at) {
        String s = text.substring(0, at).stripTrailing();
        int k = s.lastIndexOf(' ');
        return s.substring(k + 1).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
