package stikg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A finder of candidate facts in prose: who runs, funds, leads, develops or issued what (by cue words and
 * particles), events (announcements, calls with their counts, establishments) with their dates, possession
 * ("JST의 ASPIRE"), dates of enactment and start, renamings and facility upgrades; the targets and actuals of
 * plans ({@link PlanFigureReader}) and the ranks of countries ({@link RankReader}) are read by classes of their
 * own. Every fact is written in a record of its own with the note "candidate fact for
 * review" and the line it was read from; links are only made where the ontology's domains and ranges allow.
 */
final class ProseFactFinder {

    private final LayoutConfig.Extraction ex;
    private final LayoutConfig.Numbers numbers;
    private final EntityBook book;
    private final EntityRecognizer recognizer;
    private final DateReader dates;
    private final QuantityReader quantities;
    private final PlanFinder.Plans plans;
    private final Clauses clauses;
    private int events;
    private final java.util.Set<String> eventsRead = new java.util.HashSet<>();
    private final RankReader rankReader;
    private final PlanFigureReader figureReader;
    private final CountedThings counted;
    private final List<EntityBuilder> touched = new ArrayList<>();
    /** Entity and property pairs that already have their one value (dates, periods), so no second one is added. */
    private final java.util.Set<String> dated = new java.util.HashSet<>();

    ProseFactFinder(LayoutConfig layout, EntityBook book, EntityRecognizer recognizer, DateReader dates,
            QuantityReader quantities, PlanFinder.Plans plans) {
        this.ex = layout.extraction();
        this.numbers = layout.numbers();
        this.book = book;
        this.recognizer = recognizer;
        this.dates = dates;
        this.quantities = quantities;
        this.plans = plans;
        this.clauses = new Clauses(ex.clauseEnds());
        this.rankReader = new RankReader(layout, book, dates, clauses);
        this.figureReader = new PlanFigureReader(layout, book, quantities, dates, plans, clauses);
        this.counted = new CountedThings(ex.counted(), book, recognizer, new NameFolder(layout.words()));
    }

    /** A name found in a passage, with the particle that really follows it (after closing brackets). */
    private record Named(Mention mention, String particle, int after) {
        String id() {
            return mention.id();
        }

        int start() {
            return mention.start();
        }

        int end() {
            return mention.end();
        }
    }

    /** Reads one passage, recording the entities it names and the facts it states. */
    void read(Passage p) {
        touched.clear();
        readFacts(p);
        for (EntityBuilder b : touched) {
            for (String doc : p.citations()) {
                if (!doc.equals(b.subject())) {
                    b.ref("citedSource", doc, null);
                }
            }
        }
    }

    /** The candidate record of an entity at this passage, remembered for the passage's citations. */
    private EntityBuilder candidate(String id, Passage p) {
        EntityBuilder b = book.candidate(id, p.at());
        touched.add(b);
        return b;
    }

    private EntityBuilder define(String local, String type, Passage p) {
        EntityBuilder b = book.define(local, type, p.at()).note(EntityBook.CANDIDATE);
        touched.add(b);
        return b;
    }

    private void readFacts(Passage p) {
        String text = p.text();
        List<Named> names = new ArrayList<>();
        for (Mention m : recognizer.find(text)) {
            int after = m.end();
            while (after < text.length() && ")」’”'』".indexOf(text.charAt(after)) >= 0) {
                after++;
            }
            String particle = recognizer.particleAt(text, after);
            names.add(new Named(m, particle, after + particle.length()));
            if (!book.defined(m.id()).isPresent()) {
                book.mention(m.id(), p.at());
            }
        }
        List<int[]> clauses = clauses(text);
        List<Named> carried = List.of();
        for (int[] c : clauses) {
            List<Named> in = names.stream().filter(n -> n.start() >= c[0] && n.start() < c[1]).toList();
            String clause = text.substring(c[0], c[1]);
            genitive(p, text, in);
            List<Named> subjects = subjects(text, in);
            if (subjects.isEmpty()) {
                subjects = carried;
            } else {
                carried = subjects;
            }
            cues(p, text, c, in, subjects);
            via(p, text, c, in);
            dateCues(p, text, c, in);
            renaming(p, text, c, in);
            upgrades(p, text, c, in);
            topicCounts(p, text, c, in, clause);
        }
        contextLinks(p, names);
        decisions(p, text, names);
        touched.addAll(figureReader.read(p, names.stream().map(Named::mention).toList()));
        touched.addAll(rankReader.read(p, names.stream().map(Named::mention).toList()));
    }

    private List<int[]> clauses(String text) {
        return clauses.of(text);
    }

    // ------------------------------------------------------------------ kinds of entities

    private boolean is(String group, String id) {
        return ex.inGroup(group, book.typesOf(id));
    }

    private boolean isOrg(String id) {
        return is("organisation", id);
    }

    // ------------------------------------------------------------------ grammar

    /** The names joined to names.get(i) by coordinators ("JST/AMED", "RIKEN, 후지쓰, NVIDIA", "JST와 NEDO"). */
    private List<Named> coordinated(String text, List<Named> names, int i) {
        List<Named> out = new ArrayList<>();
        out.add(names.get(i));
        for (int k = i - 1; k >= 0; k--) {
            Named prev = names.get(k);
            if (out.stream().anyMatch(o -> o.id().equals(prev.id()))) {
                out.set(out.indexOf(out.stream().filter(o -> o.id().equals(prev.id())).findFirst().get()), prev);
                continue;
            }
            Named next = out.get(0);
            int from = ex.particles().coordinators().contains(prev.particle()) ? prev.after() : prev.end();
            if (from > next.start()) {
                break;
            }
            String gap = text.substring(from, next.start()).replaceAll("[\\s()「」‘’“”']", "");
            if (gap.isEmpty() || ex.particles().coordinators().contains(gap)) {
                out.add(0, prev);
            } else {
                break;
            }
        }
        return out;
    }

    /** Organisations marked as the subject or topic of a clause, with those joined to them. */
    private List<Named> subjects(String text, List<Named> in) {
        for (int i = 0; i < in.size(); i++) {
            Named n = in.get(i);
            if (isOrg(n.id()) && ex.particles().subject().contains(n.particle())) {
                return coordinated(text, in, i).stream().filter(x -> isOrg(x.id())).toList();
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ rules

    /** "ORG의 X": X belongs to ORG. */
    private void genitive(Passage p, String text, List<Named> in) {
        for (int i = 0; i < in.size(); i++) {
            Named n = in.get(i);
            if (!isOrg(n.id()) || !n.particle().equals(ex.particles().genitive())) {
                continue;
            }
            Optional<Named> thing = nextWithin(text, in, i, 15);
            if (thing.isEmpty()) {
                continue;
            }
            for (LayoutConfig.GenitiveRule r : ex.genitive()) {
                if (is(r.objectGroup(), thing.get().id())) {
                    for (Named org : coordinated(text, in, i)) {
                        if (isOrg(org.id())) {
                            link(p, thing.get().id(), r.property(), org.id(), "'" + org.mention().surface()
                                    + ex.particles().genitive() + " … "
                                    + thing.get().mention().surface() + "' (possessive)");
                        }
                    }
                    break;
                }
            }
        }
    }

    /** The first name after names.get(i) within a distance, with no clause mark or other particle between. */
    private Optional<Named> nextWithin(String text, List<Named> in, int i, int distance) {
        if (i + 1 >= in.size()) {
            return Optional.empty();
        }
        Named n = in.get(i);
        Named next = in.get(i + 1);
        if (next.start() - n.after() > distance) {
            return Optional.empty();
        }
        String gap = text.substring(Math.min(n.after(), next.start()), next.start());
        if (gap.contains(",")) {
            return Optional.empty();
        }
        for (String w : gap.strip().split("\\s+")) {
            String word = w.replaceAll("[()「」‘’“”']", "");
            if (!word.isEmpty() && ex.particles().object().stream().anyMatch(word::endsWith)) {
                return Optional.empty();
            }
        }
        return Optional.of(next);
    }

    /** Where a cue word starts a word in a clause (not inside another word: "연구개발" has no cue "개발"). */
    private List<Integer> cueStarts(String text, int[] c, String word) {
        List<Integer> out = new ArrayList<>();
        int from = c[0];
        int k;
        while ((k = text.indexOf(word, from)) >= 0 && k < c[1]) {
            from = k + 1;
            if (k == 0 || !EntityRecognizer.isHangul(text.charAt(k - 1))) {
                out.add(k);
            }
        }
        return out;
    }

    /** Property and event cues: a subject (an organisation), a cue word, and the thing. */
    private void cues(Passage p, String text, int[] c, List<Named> in, List<Named> subjects) {
        List<Named> via = viaOrgs(text, c, in);
        java.util.Set<String> eventClasses = new java.util.HashSet<>();
        List<int[]> cueAt = new ArrayList<>();
        for (int i = 0; i < ex.cues().size(); i++) {
            for (int at : cueStarts(text, c, ex.cues().get(i).word())) {
                cueAt.add(new int[] {at, i});
            }
        }
        cueAt.sort(java.util.Comparator.comparingInt(a -> a[0]));
        for (int[] ci : cueAt) {
            LayoutConfig.Cue cue = ex.cues().get(ci[1]);
            int at = ci[0];
            int after = at + cue.word().length();
            if (!cue.isEvent() && !cue.basis() && ex.verbEndings().stream().noneMatch(v -> text.startsWith(v, after))) {
                continue;
            }
            if (cue.basis()) {
                basis(p, text, c, in, cue, at);
                continue;
            }
            List<Named> subj = subjects.stream().filter(s -> s.start() < at).toList();
            Optional<String> object = objectOf(text, c, in, at, cue.word().length(), p.subject(), cue.isEvent());
            if (cue.isEvent()) {
                if (eventClasses.add(cue.event())) {
                    event(p, text, c, cue, at, subj, object);
                }
                continue;
            }
            if (object.isEmpty() || isOrg(object.get())) {
                continue;
            }
            String thing = object.get();
            if (!cue.objects().isEmpty() && cue.objects().stream().noneMatch(g -> is(g, thing))) {
                continue;
            }
            if (!via.isEmpty()) {
                for (Named v : via) {
                    link(p, thing, ex.via().property(), v.id(), "'" + v.mention().surface() + " … " + ex.via().word()
                            + "' (done through)");
                }
                for (Named s : subj) {
                    if (via.stream().noneMatch(v -> v.id().equals(s.id()))) {
                        link(p, thing, ex.via().subjectProperty(), s.id(), "'" + s.mention().surface() + " … "
                                + cue.word() + "' with '" + ex.via().word() + "'");
                    }
                }
                continue;
            }
            String property = is("facility", thing) && cue.facilityProperty() != null ? cue.facilityProperty()
                    : cue.property();
            for (Named s : subj) {
                link(p, thing, property, s.id(), "'" + s.mention().surface() + s.particle() + " … " + cue.word() + "'");
            }
        }
    }

    /** "「…법」에 근거하여 … ‘…’": the document after the cue rests on the law right before it. */
    private void basis(Passage p, String text, int[] c, List<Named> in, LayoutConfig.Cue cue, int at) {
        Named law = null;
        for (Named n : in) {
            if (n.end() <= at && at - n.after() <= 2 && book.typesOf(n.id()).contains("Law")) {
                law = n;
            }
        }
        if (law == null) {
            return;
        }
        for (Named n : in) {
            if (n.start() > at && is("document", n.id()) && !book.typesOf(n.id()).contains("Law")) {
                link(p, n.id(), cue.property(), law.id(), "'" + law.mention().surface() + " … " + cue.word() + " … "
                        + n.mention().surface() + "'");
                return;
            }
        }
    }

    /** "(JST와 NEDO)을 통해": the clause's topic, or the passage's entity, is funded through them. */
    private void via(Passage p, String text, int[] c, List<Named> in) {
        List<Named> orgs = viaOrgs(text, c, in);
        if (orgs.isEmpty()) {
            return;
        }
        String thing = in.stream().filter(n -> !isOrg(n.id()) && ex.particles().subject().contains(n.particle()))
                .map(Named::id).findFirst().orElse(p.subject());
        if (thing == null || !is("programme", thing)) {
            return;
        }
        for (Named v : orgs) {
            link(p, thing, ex.via().property(), v.id(), "'" + v.mention().surface() + " … " + ex.via().word()
                    + "' (done through)");
        }
    }

    /** "「…」(22년 12월, … 각의결정)": a document with a bracketed cabinet decision and its date. */
    private void decisions(Passage p, String text, List<Named> names) {
        for (Named n : names) {
            if (!is("document", n.id()) || n.after() - n.particle().length() >= text.length()) {
                continue;
            }
            int open = n.after() - n.particle().length();
            if (text.charAt(open) != '(') {
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
                if (!alreadyHas(n.id(), "cabinetDecisionDate")) {
                    candidate(n.id(), p).literal("cabinetDecisionDate", d.iso(), false, null)
                            .comment("'" + inside + "' beside the document's name");
                    dated.add(n.id() + " cabinetDecisionDate");
                }
            });
        }
    }

    /** Organisations a thing is done through: "(JST와 NEDO)을 통해", "JST를 통해". */
    private List<Named> viaOrgs(String text, int[] c, List<Named> in) {
        int k = text.substring(c[0], c[1]).indexOf(ex.via().word());
        if (k < 0) {
            return List.of();
        }
        int at = c[0] + k;
        for (int i = in.size() - 1; i >= 0; i--) {
            Named n = in.get(i);
            if (n.start() < at && at - n.after() <= 3 && isOrg(n.id())) {
                return coordinated(text, in, i).stream().filter(x -> isOrg(x.id())).toList();
            }
        }
        return List.of();
    }

    /**
     * The thing a cue acts on: a name marked as object before the cue, or the name right before it, or the name
     * right after it (a relative clause: "내각부가 수립하고 있는 ‘…’"), or else the passage's own entity; for an
     * event, lastly the first name of the clause (its topic).
     */
    private Optional<String> objectOf(String text, int[] c, List<Named> in, int cueAt, int cueLength,
            String passageSubject, boolean event) {
        List<Named> clause = in.stream().filter(n -> (event || !isOrg(n.id())) && !n.id().equals(passageSubject)
                && !(event && isOrg(n.id()) && ex.particles().subject().contains(n.particle()))).toList();
        for (int i = clause.size() - 1; i >= 0; i--) {
            Named n = clause.get(i);
            if (n.start() < cueAt && ex.particles().object().contains(n.particle())) {
                return Optional.of(n.id());
            }
        }
        for (int i = clause.size() - 1; i >= 0; i--) {
            Named n = clause.get(i);
            if (n.end() <= cueAt && text.substring(n.end(), cueAt).replaceAll("[\\s)」’”'』]", "").isEmpty()) {
                return Optional.of(n.id());
            }
        }
        for (Named n : clause) {
            if (n.start() >= cueAt + cueLength && n.start() - (cueAt + cueLength) <= 12) {
                return Optional.of(n.id());
            }
        }
        if (passageSubject != null) {
            return Optional.of(passageSubject);
        }
        if (event) {
            return topic(text, in);
        }
        return Optional.empty();
    }

    /** Whether a word is part of a date ("10월", "'25년"): no part of an event's name. */
    private boolean datePart(String word) {
        LayoutConfig.DateWords d = numbers.dates();
        return word.matches(".*\\d.*") && (word.endsWith(d.year()) || word.endsWith(d.month())
                || word.endsWith(d.day()));
    }

    /** The name a passage opens with in brackets ("(글로벌 스타트업 캠퍼스*) …"): what the passage is about. */
    private Optional<String> topic(String text, List<Named> in) {
        if (!text.startsWith("(")) {
            return Optional.empty();
        }
        int close = text.indexOf(')');
        return in.stream().filter(n -> n.start() < close && !isOrg(n.id())).map(Named::id).findFirst();
    }

    private void event(Passage p, String text, int[] c, LayoutConfig.Cue cue, int at, List<Named> subj,
            Optional<String> object) {
        String clause = text.substring(c[0], c[1]);
        if (subj.isEmpty() && object.isEmpty()) {
            return;
        }
        String word = datePart(wordBefore(text, at)) ? "" : wordBefore(text, at);
        String short_ = (word.isEmpty() ? "" : word + " ") + cue.word();
        String name = object.filter(book::known).flatMap(o -> book.labelOf(o, book.language()))
                .map(l -> l.endsWith(word) || word.chars().anyMatch(ch -> EntityRecognizer.isHangul((char) ch))
                        && !word.matches(".*\\d.*") ? l + " " + cue.word() : l + " " + short_).orElse(short_);
        // a line is read again as the passage of each measure it states; its events are drafted once
        if (!eventsRead.add(p.line() + "|" + cue.event() + "|" + name)) {
            return;
        }
        events++;
        EntityBuilder e = define("event-" + events, cue.event(), p).label(book.language(), name)
                .comment("event read at " + p.at() + " from the cue '" + cue.word() + "'");
        String subjectProperty = cue.subjectProperty() != null ? cue.subjectProperty() : "issuedBy";
        for (Named s : subj) {
            e.ref(subjectProperty, s.id(), null);
        }
        object.filter(o -> !o.equals(e.id)).ifPresent(o -> e.ref("about", o, null));
        Optional<DateReader.DateMention> date = dates.firstDate(clause);
        date.ifPresent(d -> e.literal("date", d.iso(), false, null));
        String rest = clause.substring(Math.min(clause.length(), at - c[0]));
        if (ex.plannedWords().stream().anyMatch(rest::contains)) {
            e.literal("status", "planned", true, null);
        } else if (ex.doneWords().stream().anyMatch(rest::contains)) {
            e.literal("status", "done", true, null);
        }
        if (cue.event().equals("Announcement") && object.isPresent() && is("document", object.get())) {
            String doc = object.get();
            for (Named s : subj) {
                link(p, doc, "issuedBy", s.id(), "'" + s.mention().surface() + " … " + cue.word() + "' of the document");
            }
            if (date.isPresent() && !alreadyHas(doc, "publicationDate") && book.known(doc)) {
                candidate(doc, p).literal("publicationDate", date.get().iso(), false, null);
                dated.add(doc + " publicationDate");
            }
        }
        if (cue.event().equals("Call")) {
            for (QuantityReader.Count n : quantities.counts(clause)) {
                EntityBuilder count = EntityBuilder.nested("Count")
                        .literal("countValue", String.valueOf(n.value()), false, null);
                counted.name(count, nounNear(clause, n), p.at());
                if (n.minimum()) {
                    count.literal("isMinimum", "true", false, null);
                }
                e.nested("count", count, null);
            }
        }
    }

    /** Dates with a cue: "1995년 제정된 「…」", "'23년 도입한 SBIR 제도", "'26년부터 실시". */
    private void dateCues(Passage p, String text, int[] c, List<Named> in) {
        String clause = text.substring(c[0], c[1]);
        List<DateReader.DateMention> found = dates.dates(clause);
        if (found.isEmpty()) {
            return;
        }
        for (LayoutConfig.Cue cue : ex.dateCues()) {
            List<Integer> starts = cueStarts(text, c, cue.word());
            if (starts.isEmpty()) {
                continue;
            }
            int at = starts.get(0);
            int k = at - c[0];
            DateReader.DateMention date = null;
            for (DateReader.DateMention d : found) {
                if (d.end() <= k) {
                    date = d;
                }
            }
            if (date == null) {
                continue;
            }
            String thing = null;
            for (Named n : in) {
                if (n.start() >= at && n.start() - at <= 20 && !isOrg(n.id())) {
                    thing = n.id();
                    break;
                }
            }
            if (thing == null) {
                for (int i = in.size() - 1; i >= 0; i--) {
                    Named n = in.get(i);
                    if (n.start() < c[0] + date.start() && ex.particles().object().contains(n.particle())) {
                        thing = n.id();
                        break;
                    }
                }
            }
            if (thing == null) {
                for (int i = in.size() - 1; i >= 0; i--) {
                    Named n = in.get(i);
                    if (n.end() <= c[0] + date.start() && !isOrg(n.id())) {
                        thing = n.id();
                        break;
                    }
                }
            }
            if (thing == null) {
                thing = p.subject();
            }
            if (thing == null || !book.known(thing) || isOrg(thing) && !cue.property().equals("startDate")) {
                continue;
            }
            String property = cue.property();
            final String subject = thing;
            if (alreadyHas(subject, property)) {
                continue;
            }
            candidate(subject, p).literal(property, date.iso(), false, null)
                    .comment("'" + clause.substring(date.start(), Math.min(clause.length(), k + cue.word().length()))
                            + "' (a date and the cue '" + cue.word() + "')");
            dated.add(subject + " " + property);
        }
    }

    /** Whether the entity already has a value for a property that takes one. */
    private boolean alreadyHas(String id, String property) {
        return dated.contains(id + " " + property) || book.defined(id).map(b -> b.has(property)).orElse(false);
    }

    /** "'A'을 'B'으로 개정": the thing named B was renamed from A. */
    private void renaming(Passage p, String text, int[] c, List<Named> in) {
        String clause = text.substring(c[0], c[1]);
        if (ex.renaming().words().stream().noneMatch(clause::contains)) {
            return;
        }
        List<int[]> quoted = new ArrayList<>();
        for (LayoutConfig.Quote q : ex.titleQuotes()) {
            collectQuotes(clause, q.open(), q.close(), quoted);
        }
        collectQuotes(clause, "‘", "’", quoted);
        quoted.sort(java.util.Comparator.comparingInt(a -> a[0]));
        for (int i = 0; i + 1 < quoted.size(); i++) {
            int[] a = quoted.get(i);
            int[] b = quoted.get(i + 1);
            String afterA = clause.substring(a[1] + 1);
            String afterB = clause.substring(b[1] + 1);
            boolean from = ex.renaming().from().stream().anyMatch(afterA::startsWith);
            boolean to = ex.renaming().to().stream().anyMatch(afterB::startsWith);
            if (!from || !to) {
                continue;
            }
            String before = clause.substring(a[0] + 1, a[1]).strip();
            String after = clause.substring(b[0] + 1, b[1]).strip();
            Optional<String> thing = in.stream().filter(n -> n.start() >= c[0] + a[0] && n.start() <= c[0] + b[1])
                    .map(Named::id).filter(id -> !isOrg(id)).findFirst();
            if (thing.isEmpty()) {
                continue;
            }
            EntityBuilder r = EntityBuilder.nested("Renaming")
                    .texts("nameBefore", Map.of(book.language(), before), null)
                    .texts("nameAfter", Map.of(book.language(), after), null);
            dates.firstDate(clause).ifPresent(d -> r.literal("date", d.iso(), false, null));
            candidate(thing.get(), p).nested("renaming", r, null)
                    .comment("renamed from '" + before + "' to '" + after + "'");
            i++;
        }
    }

    private static void collectQuotes(String s, String open, String close, List<int[]> into) {
        int from = 0;
        while (true) {
            int a = s.indexOf(open, from);
            if (a < 0) {
                return;
            }
            int b = s.indexOf(close, a + open.length());
            if (b < 0) {
                return;
            }
            into.add(new int[] {a, b});
            from = b + close.length();
        }
    }

    /** "X의 고도화", "X와 Y의 빔 라인 증설": facilities with a planned upgrade. */
    private void upgrades(Passage p, String text, int[] c, List<Named> in) {
        String clause = text.substring(c[0], c[1]);
        for (String cue : ex.upgradeCues()) {
            int from = 0;
            int k;
            while ((k = clause.indexOf(cue, from)) >= 0) {
                from = k + cue.length();
                int at = c[0] + k;
                for (int i = in.size() - 1; i >= 0; i--) {
                    Named n = in.get(i);
                    if (n.start() >= at) {
                        continue;
                    }
                    String gap = text.substring(n.after(), at);
                    if (!n.particle().equals(ex.particles().genitive()) || gap.length() > 10 || gap.contains(",")) {
                        break;
                    }
                    String what = (gap + cue).strip();
                    for (Named f : coordinated(text, in, i)) {
                        if (is("facility", f.id())) {
                            EntityBuilder u = EntityBuilder.nested("Upgrade").label(book.language(), what);
                            if (ex.plannedWords().stream().anyMatch(clause::contains)) {
                                u.literal("status", "planned", true, null);
                            }
                            candidate(f.id(), p).nested("upgrade", u, null)
                                    .comment("'" + f.mention().surface() + " … " + what + "'");
                        }
                    }
                    break;
                }
            }
        }
    }

    /** A measure whose own text names a programme is carried out through it. */
    private void contextLinks(Passage p, List<Named> in) {
        if (p.subject() == null) {
            return;
        }
        for (LayoutConfig.ContextLink link : ex.contextLinks()) {
            if (!book.typesOf(p.subject()).contains(link.subject())) {
                continue;
            }
            for (Named n : in) {
                if (is(link.object(), n.id()) && !n.id().equals(p.subject())) {
                    link(p, p.subject(), link.property(), n.id(), "'" + n.mention().surface() + "' named in the text of "
                            + "the " + link.subject().toLowerCase(java.util.Locale.ROOT));
                    // what the measure works through shares the link ("X와는 … A와 B 프로그램 활용")
                    for (Named other : in) {
                        if (link.alsoFor() != null && is(link.alsoFor(), other.id()) && !other.id().equals(n.id())) {
                            link(p, other.id(), link.property(), n.id(), "'" + n.mention().surface() + "' named with '"
                                    + other.mention().surface() + "' in the text of a measure");
                        }
                    }
                }
            }
        }
    }

    /** "K-Program은 … 총 51개의 중요 기술을 지정": a count about the clause's topic. */
    private void topicCounts(Passage p, String text, int[] c, List<Named> in, String clause) {
        if (in.isEmpty() || ex.cues().stream().anyMatch(q -> q.isEvent() && clause.contains(q.word()))) {
            return;
        }
        Named topic = in.get(0);
        if (isOrg(topic.id()) || !ex.particles().subject().contains(topic.particle())) {
            return;
        }
        for (QuantityReader.Count n : quantities.counts(clause)) {
            if (c[0] + n.start() < topic.end()) {
                continue;
            }
            EntityBuilder count = EntityBuilder.nested("Count").literal("countValue", String.valueOf(n.value()), false,
                    null);
            counted.name(count, nounNear(clause, n), p.at());
            candidate(topic.id(), p).nested("count", count, null)
                    .comment("'" + clause.substring(n.start(), n.end()) + "' about '" + topic.mention().surface() + "'");
        }
    }

    /** Amounts of money stated for a plan: targets and actuals, an actual linked to the target of its clause. */

    // ------------------------------------------------------------------ helpers

    /** Writes one candidate link if the ontology allows it. */
    private void link(Passage p, String subject, String property, String object, String evidence) {
        if (subject == null || object == null || subject.equals(object) || !book.known(subject) || !book.known(object)) {
            return;
        }
        if (!allowed(subject, property, object)) {
            return;
        }
        candidate(subject, p).ref(property, object, null).comment(evidence);
    }

    /** The domains and ranges the ontology gives the properties the cues use. */
    private boolean allowed(String subject, String property, String object) {
        return switch (property) {
            case "operatedBy" -> is("facility", subject) && isOrg(object);
            case "ownedBy" -> is("programme", subject) && isOrg(object);
            case "usesProgram" -> is("programme", object);
            case "legalBasis" -> is("document", subject) && book.typesOf(object).contains("Law");
            case "ledBy", "implementedBy", "fundedBy", "developedBy", "issuedBy" -> isOrg(object);
            default -> true;
        };
    }

    private static String wordBefore(String text, int at) {
        String s = text.substring(0, at).stripTrailing();
        int k = s.lastIndexOf(' ');
        return s.substring(k + 1).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The noun a count counts: the words before it ("거점 도시 4곳") or after it ("13개 거점 도시"). */
    private String nounNear(String clause, QuantityReader.Count n) {
        String rest = clause.substring(n.end());
        String genitive = ex.particles().genitive();
        boolean nounAfter = rest.startsWith(" ") || rest.startsWith(genitive + " ");
        String after = nounAfter ? rest.strip() : "";
        String next = after.isEmpty() ? "" : after.split("[\\s(,]")[0];
        if (after.startsWith(ex.particles().genitive() + " ") || next.equals(ex.particles().genitive())) {
            after = after.substring(ex.particles().genitive().length()).strip();
        }
        String[] w = after.split("\\s+");
        if (w.length > 0 && !w[0].isEmpty() && !Character.isDigit(w[0].charAt(0))) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Math.min(3, w.length); i++) {
                String word = w[i].replaceAll("[(),].*$", "");
                String stripped = stripObject(word);
                sb.append(sb.length() > 0 ? " " : "").append(stripped);
                if (!stripped.equals(word) || w[i].contains("(") || w[i].contains(",")) {
                    break;
                }
            }
            String s = sb.toString().strip();
            if (s.length() >= 2 && !numbers.minimum().contains(s)) {
                return s;
            }
        }
        String before = clause.substring(0, n.start()).strip();
        String[] b = before.split("\\s+");
        List<String> words = new ArrayList<>();
        for (int i = b.length - 1; i >= 0 && words.size() < 3; i--) {
            String word = b[i].replaceAll("^.*[(,]", "");
            boolean particle = ex.particles().subject().stream().anyMatch(x -> word.length() > x.length()
                    && word.endsWith(x)) || ex.particles().object().stream().anyMatch(x -> word.length() > x.length()
                    && word.endsWith(x));
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

    private String stripObject(String word) {
        for (String o : ex.particles().object()) {
            if (word.length() > o.length() + 1 && word.endsWith(o)) {
                return word.substring(0, word.length() - o.length());
            }
        }
        return word;
    }
}
