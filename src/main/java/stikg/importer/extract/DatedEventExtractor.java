package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;

/**
 * The events a running sentence dates: a date followed in its clause by what happened on it. Six patterns of the
 * genre, each with the date before the word that tells the event, as briefs on plans report how a plan came to be
 * and what comes next:
 * <ul>
 * <li><b>decision</b>: a date, a body and a word of decision ("2026년 2월 18일 OO위원회 제14차 전체회의에서 의결",
 * "'26.11.24. 제31회 OO회의에서 확정", "… 연방내각 의결로 「…」를 확정"). The body is one the draft knows after the
 * date, or the clause's subject before it ("OO회의(약어)는 2026/10/29 제11차 본회의에서"), or else a cabinet's meeting
 * the draft need not know ("… 국무회의에서"), or a body's numbered meeting the draft need not know ("… NSIC 제14차
 * 전체회의에서"); the word of decision stands near the body or right after the title
 * decided ("… 방향을 담은 「…」을 의결"). It is the body's decision about the plan the clause names, or else the plan
 * the brief is about, on that date; a cabinet's decision is a {@code CabinetDecision}, another body's an
 * {@code Event}; the plan gets the decision's date as its {@code cabinetDecisionDate}, the ontology's date of a
 * plan's adoption;</li>
 * <li><b>establishment</b>: a date and a word of founding ("출범", "설립", "문을 여는"), the body founded named right
 * after it ("'25년 10월 출범한 OO 내각", "2027년 1월 1일 문을 여는 OO청") or before the date in the clause
 * ("‘OO센터’로 통합하여 2027년 출범할 예정"): its {@code Establishment}, planned or done as the verb's tense says (a
 * body still to be founded is itself planned); a
 * facility so opened ("‘OO’(2009년 가동)") gets the date as its {@code startDate} instead, and is in operation or
 * planned as that date stands to the brief's own date;</li>
 * <li><b>step</b>: a date and a word of a step in the plan's making or review ("'26.6.17. 공청회와 … 거쳐
 * 확정되었다", "2029년 중간점검을 맡는다"): an event about the brief's plan, done where its sentence is in the past
 * tense, else to come;</li>
 * <li><b>schedule</b>: a chain of dated steps ("'26.3월 OO위원회 구성 → '26.7.8. 공청회 → '26.9월 부처 협의"): each
 * step an event about the brief's plan (a step that sets a body up, its establishment), done, or planned where the
 * chain's heading in brackets says it is to come ("(향후 일정)");</li>
 * <li><b>schedule line</b>: a schedule printed as a list, a line each ("• 2026.5.12.~6.30.: 온라인 의견 수렴(…)"): the
 * step after the date that opens the line and a colon, an event about the brief's plan, done or to come as its date
 * stands to the brief's own date;</li>
 * <li><b>action</b>: an act on a document, its object before 을/를 ("「OO법」을 '27년 상반기에 개정", "OO와
 * 과학기술협력협정을 '27.6월 체결할 예정"): an event about the document or place the object names, planned unless the
 * verb is past.</li>
 * </ul>
 * An event's name is the words that tell it (the body and the meeting with the word of decision, the step as
 * printed), so that the same event told twice is one; a step of the plan's making is named with the plan's edition
 * and kind ("제4차 계획 공청회"), as curators name it.
 */
public final class DatedEventExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(List<String> decisionWords, List<String> cabinetWords, List<String> foundingWords,
            List<String> doneEndings, List<String> plannedWords, List<String> chainMarks, List<String> comingHeadings,
            int reach, String clauseBreak, List<String> actionWords, String meetingParticle, List<String> stepWords,
            String planEdition, List<String> planKinds, List<String> pastMarks, Pattern scheduleTail,
            Pattern meetingOrdinal) {

        public static final Setting<List<String>> DECISION_WORDS = new Setting<>("decisionWords", List.of("의결",
                "확정", "채택", "승인"), "words that tell a body adopted something on the date before them; a word "
                        + "must start a word of the text ('회의결정' holds no '의결') (default: 의결, 확정, 채택, 승인)");
        public static final Setting<List<String>> CABINET_WORDS = new Setting<>("cabinetWords", List.of("내각",
                "각의", "국무회의"), "words in a body's name that make its decision a cabinet decision (default: "
                        + "내각, 각의, 국무회의)");
        public static final Setting<List<String>> FOUNDING_WORDS = new Setting<>("foundingWords", List.of("출범",
                "발족", "설립", "개소", "개원", "문을 열", "문을 여", "문을 연", "가동"), "words that tell a body or a "
                        + "facility was or will be founded or opened on the date before them (default: 출범, 발족, "
                        + "설립, 개소, 개원, 문을 열, 문을 여, 문을 연, 가동)");
        public static final Setting<List<String>> DONE_ENDINGS = new Setting<>("doneEndings", List.of("한", "된",
                "하였", "했", "되었", "됐", "연", "었"), "endings right after a word of founding or decision that "
                        + "tell it took place ('출범한', '의결되었'); any other ending ('출범할 예정', '문을 여는') tells it "
                        + "is to come (default: 한, 된, 하였, 했, 되었, 됐, 연, 었)");
        public static final Setting<List<String>> PLANNED_WORDS = new Setting<>("plannedWords", List.of("예정",
                "계획"), "words after a decision in its clause that tell it is to come (default: 예정, 계획)");
        public static final Setting<List<String>> CHAIN_MARKS = new Setting<>("chainMarks", List.of("→", "⇒",
                "▶"), "marks between the dated steps of a schedule (default: →, ⇒, ▶)");
        public static final Setting<List<String>> COMING_HEADINGS = new Setting<>("comingHeadings", List.of("향후",
                "일정", "예정", "계획"), "words of a schedule's heading in brackets that tell its steps are to come; "
                        + "a schedule without one reports what took place ('(수립 경과)') (default: 향후, 일정, 예정, "
                        + "계획)");
        public static final Setting<Integer> REACH = new Setting<>("reach", 16, "how many characters may stand "
                + "between a date and the body that decided, or the word of founding, after it: an ordinal and a "
                + "meeting ('제14차 전체회의에서') (default: 16)");
        public static final Setting<String> CLAUSE_BREAK = new Setting<>("clauseBreak", "[,.;]\\s|[.;]$|[→⇒▶]",
                "where a clause ends: a comma or a full stop before a blank, or a mark of a schedule (default: "
                        + "[,.;]\\s|[.;]$|[→⇒▶])");

        public static final Setting<List<String>> ACTION_WORDS = new Setting<>("actionWords", List.of("체결",
                "갱신", "개정", "제정", "서명", "발효"), "words of an act on a document (an agreement signed or renewed, "
                        + "a law amended or enacted) that a date in their clause dates (default: 체결, 갱신, 개정, 제정, "
                        + "서명, 발효)");

        public static final Setting<String> MEETING_PARTICLE = new Setting<>("meetingParticle", "에서", "the "
                + "particle of place after the meeting where a body decided: the words between the date and it name "
                + "the decision ('제14차 전체회의에서 의결': 'NSIC 제14차 전체회의 의결') (default: 에서)");

        public static final Setting<List<String>> STEP_WORDS = new Setting<>("stepWords", List.of("공청회",
                "중간점검", "중간평가"), "words of a step in a plan's making or review that a date before them in "
                        + "their clause dates ('\\'26.6.17. 공청회와 …', '2029년 중간점검을 맡는다'): an event about "
                        + "the brief's plan, named with the plan's edition ('제4차 계획 공청회'), as a step of a "
                        + "schedule that is only this word is (default: 공청회, 중간점검, 중간평가)");
        public static final Setting<String> PLAN_EDITION = new Setting<>("planEdition", "제\\s?\\d+\\s?[차기]",
                "the edition mark in a plan's name that names a step of its making with the plan's kind "
                        + "(default: 제n차, 제n기)");
        public static final Setting<List<String>> PLAN_KINDS = new Setting<>("planKinds", List.of("기본계획",
                "종합계획", "계획", "전략"), "the kinds of plan a plan's name ends with, the longest first: with the "
                        + "edition they name the plan in a step's name ('제7차 과학기술혁신기본계획': '제7차 "
                        + "기본계획') (default: 기본계획, 종합계획, 계획, 전략)");
        public static final Setting<List<String>> PAST_MARKS = new Setting<>("pastMarks", List.of("었", "였",
                "했", "됐", "쳤", "졌", "왔", "갔", "났", "겼", "렸", "켰", "혔"), "syllables of the past tense (었, 였 and "
                        + "their contractions with a verb's last syllable: 했, 됐, 쳤 …) in the rest of a step's "
                        + "sentence that tell it took place ('… 협의를 거쳐 확정되었다', '… 공청회를 거쳤다'); without one "
                        + "it is to come ('2029년 중간점검을 맡는다') (default: 었, 였, 했, 됐, 쳤, 졌, 왔, 갔, 났, 겼, 렸, "
                        + "켰, 혔)");

        public static final Setting<String> SCHEDULE_TAIL = new Setting<>("scheduleTail",
                "(\\s?[~～]\\s?[\\d.\\s]{1,8}?)?(?:\\s?(?:[1-4]\\s?분기|상반기|하반기|초|중|말))?\\s*[:：]\\s*",
                "what follows the date that opens a line of a schedule printed as a list, before the step: the end "
                        + "of a range (group 1, '~6.30.'), a part of the year ('1분기', '하반기') and a colon (default: "
                        + "(\\s?[~～]\\s?[\\d.\\s]{1,8}?)?(?:\\s?(?:[1-4]\\s?분기|상반기|하반기|초|중|말))?\\s*[:：]"
                        + "\\s*)");

        public static final Setting<String> MEETING_ORDINAL = new Setting<>("meetingOrdinal",
                "제\\s?\\d+\\s?[차회]", "the ordinal of a body's meeting ('제14차', '제31회'): words holding one "
                        + "between a date and the particle of place name the meeting where a body decided, even a "
                        + "body the draft does not know as one (default: 제\\s?\\d+\\s?[차회])");

        public Settings {
            stepWords = List.copyOf(stepWords);
            planKinds = planKinds.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            pastMarks = List.copyOf(pastMarks);
            actionWords = List.copyOf(actionWords);
            decisionWords = List.copyOf(decisionWords);
            cabinetWords = List.copyOf(cabinetWords);
            foundingWords = foundingWords.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            doneEndings = doneEndings.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            plannedWords = List.copyOf(plannedWords);
            chainMarks = List.copyOf(chainMarks);
            comingHeadings = List.copyOf(comingHeadings);
        }

        /** The layout's {@code settings.datedEvents}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("datedEvents"), "datedEvents", List.of(DECISION_WORDS,
                    CABINET_WORDS, FOUNDING_WORDS, DONE_ENDINGS, PLANNED_WORDS, CHAIN_MARKS, COMING_HEADINGS, REACH,
                    CLAUSE_BREAK, ACTION_WORDS, MEETING_PARTICLE, STEP_WORDS, PLAN_EDITION, PLAN_KINDS, PAST_MARKS,
                    SCHEDULE_TAIL, MEETING_ORDINAL));
            return new Settings(DECISION_WORDS.from(given), CABINET_WORDS.from(given), FOUNDING_WORDS.from(given),
                    DONE_ENDINGS.from(given), PLANNED_WORDS.from(given), CHAIN_MARKS.from(given),
                    COMING_HEADINGS.from(given), REACH.from(given), CLAUSE_BREAK.from(given), ACTION_WORDS.from(given),
                    MEETING_PARTICLE.from(given), STEP_WORDS.from(given), PLAN_EDITION.from(given),
                    PLAN_KINDS.from(given), PAST_MARKS.from(given), Pattern.compile(SCHEDULE_TAIL.from(given)),
                    Pattern.compile(MEETING_ORDINAL.from(given)));
        }
    }

    /** The object of an act: a name (quoted or a word) before the particle 을 or 를, group 1 without it. */
    private static final Pattern OBJECT = Pattern.compile("((?:「[^」]{1,40}」|‘[^’]{1,40}’|'[^']{1,40}'|[가-힣·]{2,20}))[을를]"
            + "(?=\\s)");

    /** What stands between the subject of a clause and the date after it: a gloss in brackets and a particle. */
    private static final Pattern SUBJECT_BEFORE_DATE = Pattern.compile("\\s*(?:\\([^()]{1,30}\\))?\\s*[은는이가]?\\s*");

    /** A title in corner brackets, a gloss in brackets after it ("(이하 '…')"), and the object particle. */
    private static final Pattern TITLE_THEN_OBJECT = Pattern.compile("[」』](?:\\s*\\([^()]{0,30}\\))?\\s*[을를]\\s*");

    /** The heading in brackets a bullet of a plan summary opens with ("□ (수립 경과) …"). */
    private static final Pattern HEADING = Pattern.compile("^[^(\\p{L}\\p{N}']*\\(([^()]{1,20})\\)");

    /** The end of a sentence: a full stop or a mark of a question or an exclamation before a blank or the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private final Settings settings;
    private final Pattern clauseBreak;
    private final Pattern planEdition;

    public DatedEventExtractor(Settings settings) {
        this.settings = settings;
        this.clauseBreak = Pattern.compile(settings.clauseBreak());
        this.planEdition = Pattern.compile(settings.planEdition());
    }

    @Override
    public String id() {
        return "dated-event";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<DateSpan> dates = context.dates().apply(text);
        if (dates.isEmpty()) {
            return Proposal.nothing();
        }
        List<Mention> names = context.names().find(text);
        Events events = new Events(passage);
        if (chained(text, dates)) {
            schedule(text, dates, names, context, events);
        } else if (scheduleLine(text, dates, names, context, events)) {
            return new Proposal(events.entities, events.facts);
        } else {
            for (DateSpan d : dates) {
                if (!decision(text, d, names, context, events) && !founding(text, d, names, context, events)
                        && !step(text, d, context, events)) {
                    action(text, d, names, context, events);
                }
            }
        }
        return new Proposal(events.entities, events.facts);
    }

    // ------------------------------------------------------------------ decision

    private boolean decision(String text, DateSpan d, List<Mention> names, ExtractionContext context,
            Events events) {
        int clauseEnd = clauseEnd(text, d.end());
        for (Body body : bodies(text, d, names, context, clauseEnd)) {
            Optional<int[]> word = decisionWord(text, body.end(), clauseEnd);
            if (word.isEmpty()) {
                continue;
            }
            int[] w = word.get();
            String decided = text.substring(w[0], w[1]);
            String rest = text.substring(w[1], clauseEnd);
            String status = settings.plannedWords().stream().anyMatch(rest::contains) ? "planned" : "done";
            Optional<String> plan = namedPlan(names, d.start(), clauseEnd(text, w[1]), context).or(context::plan);
            String key = events.event(body.cabinet() ? "CabinetDecision" : "Event",
                    meeting(text, body, d, w[0]) + " " + decided, Math.min(body.start(), d.start()), w[1],
                    "the decision ('" + decided + "') of a body, dated");
            Evidence span = new Evidence(events.at, Math.min(body.start(), d.start()), w[1]);
            body.id().ifPresent(id -> events.fact(key, "ledBy", id, false, "decision", span, "the body that decided"));
            events.dated(key, d, status, "decision", span);
            plan.ifPresent(p -> {
                events.fact(key, "about", p, false, "decision", span, "the plan the decision adopts (named in the "
                        + "clause, or the one the brief is about)");
                if (status.equals("done")) {
                    events.fact(p, "cabinetDecisionDate", d.iso(), true, "decision", span,
                            "the date the plan was adopted");
                }
            });
            return true;
        }
        return false;
    }

    /**
     * A body that may have decided on the date, as the genre names it: a body the draft knows after the date
     * ("2026년 2월 18일 OO위원회 제14차 전체회의에서"), or as the subject of the clause before it ("OO회의(약어)는
     * 2026/10/29 제11차 본회의에서"), or else a cabinet's meeting right after the date, which the draft need not know
     * as a body ("2026년 10월 14일 국무회의에서"): its name, and no id.
     */
    private List<Body> bodies(String text, DateSpan d, List<Mention> names, ExtractionContext context,
            int clauseEnd) {
        List<Body> out = new ArrayList<>();
        int clauseStart = clauseStart(text, d.start());
        for (Mention m : names) {
            if (!context.inGroup("organisation", m.id()) || m.end() > clauseEnd) {
                continue;
            }
            String printed = text.substring(m.start(), m.end());
            // a cabinet by the name the lexicon or the draft knows it by, or by the name printed
            boolean cabinet = settings.cabinetWords().stream().anyMatch(c -> m.surface().contains(c)
                    || printed.contains(c));
            if (m.start() >= d.end() && m.start() - d.end() <= settings.reach()) {
                out.add(new Body(Optional.of(m.id()), printed, m.start(), m.end(), false, cabinet));
            } else if (m.end() <= d.start() && m.start() >= clauseStart
                    && SUBJECT_BEFORE_DATE.matcher(text.substring(m.end(), d.start())).matches()) {
                out.add(new Body(Optional.of(m.id()), printed, m.start(), d.end(), true, cabinet));
            }
        }
        if (out.isEmpty()) {
            wordStarting(text, d.end(), Math.min(clauseEnd, d.end() + settings.reach()), settings.cabinetWords())
                    .ifPresent(w -> out.add(new Body(Optional.empty(), text.substring(w[0], w[1]), w[0], w[1], false,
                            true)));
        }
        if (out.isEmpty()) {
            numberedMeeting(text, d.end(), clauseEnd).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A body's numbered meeting right after the date, which the draft need not know as a body ("… NSIC 제14차
     * 전체회의에서"): the words from the date to the particle of place, within reach, holding the meeting's ordinal;
     * its name, and no id.
     */
    private Optional<Body> numberedMeeting(String text, int from, int clauseEnd) {
        int place = text.indexOf(settings.meetingParticle(), from);
        if (place < 0 || place > Math.min(clauseEnd, from + settings.reach() + settings.meetingParticle().length())) {
            return Optional.empty();
        }
        String words = text.substring(from, place);
        if (!settings.meetingOrdinal().matcher(words).find()) {
            return Optional.empty();
        }
        int start = firstNonBlank(text, from);
        return Optional.of(new Body(Optional.empty(), words.strip(), start, place, false, false));
    }

    /**
     * A body named for a decision: the draft's id for it if it knows it, its name as printed, where it stands,
     * whether it is named before the date as the clause's subject (then the decision is looked for after the date),
     * and whether it is a cabinet (its decision a {@code CabinetDecision}).
     */
    private record Body(Optional<String> id, String name, int start, int end, boolean beforeDate, boolean cabinet) {
    }

    /**
     * The word of decision after a body: within reach of it ("… 제14차 전체회의에서 의결"), or right after the title of
     * what was decided and its object particle, however long the words that describe it ("… 국무회의에서 향후 5년간의
     * … 방향을 담은 「…」을 의결하였다").
     */
    private Optional<int[]> decisionWord(String text, int from, int clauseEnd) {
        Optional<int[]> near = wordStarting(text, from, Math.min(clauseEnd, from + settings.reach()),
                settings.decisionWords());
        if (near.isPresent()) {
            return near;
        }
        Matcher title = TITLE_THEN_OBJECT.matcher(text).region(from, clauseEnd);
        while (title.find()) {
            int at = title.end();
            Optional<String> word = settings.decisionWords().stream().filter(w -> text.startsWith(w, at)).findFirst();
            if (word.isPresent()) {
                return Optional.of(new int[] {at, at + word.get().length()});
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a decision as curators of the genre give it: the body and the meeting where it decided, as
     * printed between the date and the particle of place ("NSIC 제14차 전체회의", "제31회 국가과학기술혁신회의"),
     * without glosses in brackets; a body named before the date leads ("국가과학기술회의 제11차 본회의"). Without a
     * meeting, the body alone.
     */
    private String meeting(String text, Body body, DateSpan d, int decisionStart) {
        int from = d.end();
        int place = text.indexOf(settings.meetingParticle(), from);
        String printed = place >= 0 && place < decisionStart ? text.substring(from, place)
                : body.beforeDate() ? "" : body.name();
        String words = (body.beforeDate() ? body.name() + " " : "") + printed.replaceAll("\\([^()]*\\)", " ");
        return words.replaceAll("\\s+", " ").replaceAll("^[^\\p{L}\\p{N}]+", "").strip();
    }

    /** A plan or other document the clause names, the first after the date. */
    private static Optional<String> namedPlan(List<Mention> names, int from, int to, ExtractionContext context) {
        return names.stream().filter(m -> m.start() >= from && m.end() <= to && context.inGroup("document", m.id())
                && !context.inGroup("organisation", m.id())).map(Mention::id).findFirst();
    }

    // ------------------------------------------------------------------ founding

    private boolean founding(String text, DateSpan d, List<Mention> names, ExtractionContext context,
            Events events) {
        int clauseEnd = clauseEnd(text, d.end());
        Optional<int[]> foundingWord = wordStarting(text, d.end(), Math.min(clauseEnd, d.end() + settings.reach()),
                settings.foundingWords());
        if (foundingWord.isEmpty()) {
            return false;
        }
        int[] w = foundingWord.get();
        // the tense: a past ending ('출범한', '문을 연') tells it took place, a verb's other ending ('출범할 예정',
        // '문을 여는') that it is to come; a bare noun ('… 출범)') tells neither
        String founded = text.substring(w[0], w[1]);
        String ending = text.substring(w[1], Math.min(text.length(), w[1] + 3));
        boolean bare = ending.isEmpty() || !Character.isLetter(ending.charAt(0));
        Optional<String> status = settings.doneEndings().stream().anyMatch(e -> ending.startsWith(e)
                || founded.endsWith(e)) ? Optional.of("done") : bare ? Optional.empty() : Optional.of("planned");
        // the body founded: named right after the verb ("출범한 X"), or else the last one before the date ("X로 … 출범")
        int afterWord = nextWordStart(text, w[1]);
        // (a name covering the next word counts: a name read with the verb before it still names the body)
        Optional<Mention> after = names.stream().filter(m -> m.start() <= afterWord && m.end() > afterWord
                && m.start() >= w[0] && founded(m, context)).findFirst();
        int clauseStart = clauseStart(text, d.start());
        Optional<Mention> thing = after.or(() -> names.stream().filter(m -> m.end() <= d.start()
                && m.start() >= clauseStart && founded(m, context)).reduce((a, b) -> b));
        if (thing.isEmpty()) {
            return false;
        }
        Mention m = thing.get();
        Evidence span = new Evidence(events.at, Math.min(m.start(), d.start()), Math.max(m.end(), w[1]));
        if (context.inGroup("facility", m.id())) {
            events.fact(m.id(), "startDate", d.iso(), true, "founding", span, "the date the facility opens");
            // a facility opened before the brief's own date is in operation, one opening after it is planned
            context.briefDate().flatMap(b -> DateSpan.relative(d.iso(), b)).ifPresent(r -> events.fact(m.id(), "status",
                    r.equals("done") ? "ongoing" : "planned", true, "founding", span, r.equals("done")
                    ? "it opened before the brief's own date" : "it opens after the brief's own date"));
            return true;
        }
        String word = founded.replaceAll("\\s+", " ");
        // named by the body founded, or by the words between the date and the word of founding where the body is
        // named before the date ("X('26.2월 2차 내각 출범)": a second founding of X, not X's first)
        String between = text.substring(d.end(), w[0]).strip();
        String name = after.isPresent() || between.isEmpty() ? text.substring(m.start(), m.end()) : between;
        String key = events.event("Establishment", name + " " + word, span.start(), span.end(),
                "the founding ('" + word + "') of a body the draft knows, dated");
        events.fact(key, "about", m.id(), false, "founding", span, "the body founded");
        events.dated(key, d, status, "founding", span);
        // a body still to be founded is itself planned (not a body founded again: "X('26.2월 2차 내각 출범)")
        if (status.equals(Optional.of("planned")) && (after.isPresent() || between.isEmpty())) {
            events.fact(m.id(), "status", "planned", true, "founding", span, "it is still to be founded");
        }
        return true;
    }

    // ------------------------------------------------------------------ step of a plan's making

    /**
     * A dated step of the plan's making or review told in a running sentence ("'26.6.17. 공청회와 관계부처 협의를
     * 거쳐 확정되었다", "평가원이 2029년 중간점검을 맡는다"): the first word of a step in the clause of the date, an event
     * about the brief's plan, done where the rest of its sentence is in the past tense, else to come.
     */
    private boolean step(String text, DateSpan d, ExtractionContext context, Events events) {
        Optional<String> plan = context.plan();
        int clauseEnd = clauseEnd(text, d.end());
        Optional<int[]> word = wordStarting(text, d.end(), Math.min(clauseEnd, d.end() + settings.reach()),
                settings.stepWords());
        if (plan.isEmpty() || word.isEmpty()) {
            return false;
        }
        int[] w = word.get();
        Matcher sentenceEnd = SENTENCE_END.matcher(text);
        String rest = text.substring(w[1], sentenceEnd.find(w[1]) ? sentenceEnd.start() : text.length());
        String status = settings.pastMarks().stream().anyMatch(rest::contains) ? "done" : "planned";
        String name = ofPlan(text.substring(w[0], w[1]), plan.get(), context);
        Evidence span = new Evidence(events.at, d.start(), w[1]);
        String key = events.event("Event", name, d.start(), w[1], "a dated step of the plan's making ('"
                + text.substring(w[0], w[1]) + "') told in a sentence");
        events.fact(key, "about", plan.get(), false, "step", span, "the plan the brief is about, whose making the "
                + "sentence tells");
        events.dated(key, d, status, "step", span);
        return true;
    }

    /**
     * A step named as curators name it, with the plan's edition and kind before the word of the step ("제4차 계획
     * 공청회"), so that the hearings of two plans are not one; the word alone where the plan's name has no edition.
     */
    private String ofPlan(String step, String plan, ExtractionContext context) {
        if (!settings.stepWords().contains(step)) {
            return step;
        }
        Optional<String> name = context.labelOf().apply(plan).map(n -> n.replaceAll("\\([^()]*\\)", " ").strip());
        Optional<String> edition = name.flatMap(n -> {
            Matcher m = planEdition.matcher(n);
            return m.find() ? Optional.of(m.group().replaceAll("\\s+", "")) : Optional.empty();
        });
        Optional<String> kind = name.flatMap(n -> settings.planKinds().stream().filter(n::endsWith).findFirst());
        return edition.isPresent() && kind.isPresent() ? edition.get() + " " + kind.get() + " " + step : step;
    }

    // ------------------------------------------------------------------ action on a document

    /**
     * A dated act on a document: an object ending in 을/를 and a word of action in the clause of the date ("「…법」을
     * '27년 상반기에 개정", "…와 과학기술협력협정을 '27.6월 체결할 예정", "2026년 중 …와 …협정을 갱신"): an event named
     * by the object and the act, about the document or place the object or the words before it name, planned unless
     * the verb is past.
     */
    private void action(String text, DateSpan d, List<Mention> names, ExtractionContext context,
            Events events) {
        int clauseStart = clauseStart(text, d.start());
        int clauseEnd = clauseEnd(text, d.end());
        Optional<int[]> word = wordStarting(text, d.end(), clauseEnd, settings.actionWords());
        if (word.isEmpty()) {
            return;
        }
        int[] w = word.get();
        Matcher o = OBJECT.matcher(text.substring(clauseStart, w[0]));
        int[] last = null;
        while (o.find()) {
            last = new int[] {clauseStart + o.start(1), clauseStart + o.end(1)};
        }
        if (last == null) {
            return;
        }
        int[] object = last;
        String acted = text.substring(w[0], w[1]);
        String ending = text.substring(w[1], Math.min(text.length(), w[1] + 3));
        String status = settings.doneEndings().stream().anyMatch(ending::startsWith) ? "done" : "planned";
        String thing = text.substring(object[0], object[1]).replaceAll("[「」『』‘’“”'\"]", "");
        int from = object[0];
        Optional<Mention> about = names.stream().filter(m -> m.start() >= clauseStart && m.end() <= object[1]
                && m.start() <= from + thing.length() && (context.inGroup("document", m.id())
                || context.inGroup("place", m.id()))).reduce((a, b) -> b);
        Evidence span = new Evidence(events.at, Math.min(object[0], d.start()), w[1]);
        String key = events.event("Event", thing + " " + acted, span.start(), span.end(),
                "an act ('" + acted + "') on a document, dated in its clause");
        about.ifPresent(a -> events.fact(key, "about", a.id(), false, "action", span, "what the act is on"));
        events.dated(key, d, status, "action", span);
    }

    private static boolean founded(Mention m, ExtractionContext context) {
        return context.inGroup("organisation", m.id()) || context.inGroup("facility", m.id());
    }

    // ------------------------------------------------------------------ schedule

    /** Whether the passage is a chain of dated steps: two marks or more, each step after one opening with a date. */
    private boolean chained(String text, List<DateSpan> dates) {
        List<int[]> steps = steps(text);
        if (steps.size() < 3) {
            return false;
        }
        return steps.stream().skip(1).filter(s -> dates.stream().anyMatch(d -> d.start() == firstNonBlank(text,
                s[0]))).count() >= 2;
    }

    private void schedule(String text, List<DateSpan> dates, List<Mention> names,
            ExtractionContext context, Events events) {
        Matcher h = HEADING.matcher(text);
        boolean headed = h.find();
        boolean coming = headed && settings.comingHeadings().stream().anyMatch(h.group(1)::contains);
        int headingEnd = headed ? h.end() : 0;
        String status = coming ? "planned" : "done";
        for (int[] step : steps(text)) {
            int from = firstNonBlank(text, step[0] == 0 ? headingEnd : step[0]);
            Optional<DateSpan> date = dates.stream().filter(d -> d.start() == from).findFirst();
            if (date.isEmpty()) {
                continue;
            }
            scheduled(text, date.get(), date.get().end(), step[1], Optional.of(status), true, names, context, events);
        }
    }

    /**
     * One dated step of a schedule, its name printed from {@code from} to a bracket or {@code to}: an event about
     * the brief's plan (a step that sets a body up, its establishment), with the date unless {@code dated} is false
     * (a range's first day is not the step's date), and the status given. A step that is an adoption is not one: it
     * is told with the body that adopted elsewhere. Whether a step was read.
     */
    private boolean scheduled(String text, DateSpan date, int from, int to, Optional<String> status, boolean dated,
            List<Mention> names, ExtractionContext context, Events events) {
        int end = nameEnd(text, from, to);
        String name = text.substring(from, end).strip();
        if (name.isEmpty() || settings.decisionWords().stream().anyMatch(name::contains)) {
            return false;   // an adoption without its body is told with the body elsewhere
        }
        int nameStart = text.indexOf(name, from);
        Optional<Mention> set = settings.foundingWords().stream().anyMatch(name::endsWith)
                || name.endsWith("구성") ? names.stream().filter(m -> m.start() >= nameStart && m.end() <= end
                        && context.inGroup("organisation", m.id())).findFirst() : Optional.empty();
        Optional<String> about = set.map(Mention::id).or(context::plan);
        Evidence span = new Evidence(events.at, date.start(), end);
        String named = set.isPresent() || context.plan().isEmpty() ? name
                : ofPlan(name, context.plan().get(), context);
        String key = events.event(set.isPresent() ? "Establishment" : "Event", named, date.start(), end,
                "a dated step of a schedule ('" + name + "')");
        about.ifPresent(a -> events.fact(key, "about", a, false, "schedule", span, set.isPresent()
                ? "the body the step sets up" : "the plan the brief is about, whose making the schedule tells"));
        if (dated) {
            events.dated(key, date, status, "schedule", span);
        } else {
            status.ifPresent(st -> events.fact(key, "status", st, true, "schedule", span, st.equals("done")
                    ? "its dates are before the brief's own" : "its dates are after the brief's own"));
        }
        return true;
    }

    /**
     * A line of a schedule printed as a list ("• 2026.5.12.~6.30.: 온라인 의견 수렴(…)", "- 2027년 상반기: 시행계획
     * 수립"): marks, a date that opens the line (or the first day of a range), a qualifier of a part of the year, a
     * colon, and the step. The step is dated and is done or to come as its date stands to the brief's own date; a
     * range is not the step's date, and a date that overlaps the brief's own tells no status. Whether it was one.
     */
    private boolean scheduleLine(String text, List<DateSpan> dates, List<Mention> names, ExtractionContext context,
            Events events) {
        DateSpan first = dates.get(0);
        if (first.start() != firstNonBlank(text, leadingMarks(text))) {
            return false;
        }
        Matcher tail = settings.scheduleTail().matcher(text).region(first.end(), text.length());
        if (!tail.lookingAt()) {
            return false;
        }
        boolean range = tail.group(1) != null;
        Optional<String> status = context.briefDate().flatMap(b -> DateSpan.relative(first.iso(), b));
        return scheduled(text, first, tail.end(), text.length(), status, !range, names, context, events);
    }

    /** Where the marks of a list item end ("• ", "- ", "▪ "): the first letter, digit or apostrophe. */
    private static int leadingMarks(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '\''
                && text.charAt(i) != '’') {
            i++;
        }
        return i;
    }


    /** The steps of a chain: the spans between its marks. */
    private List<int[]> steps(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            int at = i;
            if (settings.chainMarks().stream().anyMatch(mark -> text.startsWith(mark, at))) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    /** Where a step's name ends: before a bracket that glosses it ("구성(위원장: …)") or at the step's end. */
    private static int nameEnd(String text, int from, int to) {
        int bracket = text.indexOf('(', from);
        int end = bracket >= 0 && bracket < to ? bracket : to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    // ------------------------------------------------------------------ words and clauses

    /** The first of the words that starts a word of the text in [from, to), as the span of the word found. */
    private static Optional<int[]> wordStarting(String text, int from, int to, List<String> words) {
        for (int i = from; i < to; i++) {
            boolean starts = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || i == from;
            if (!starts) {
                continue;
            }
            for (String w : words) {
                if (text.startsWith(w, i) && i + w.length() <= text.length()) {
                    return Optional.of(new int[] {i, i + w.length()});
                }
            }
        }
        return Optional.empty();
    }

    private int clauseEnd(String text, int from) {
        Matcher m = clauseBreak.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }

    private int clauseStart(String text, int before) {
        Matcher m = clauseBreak.matcher(text);
        int start = 0;
        while (m.find() && m.end() <= before) {
            start = m.end();
        }
        return start;
    }

    private static int nextWordStart(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return firstNonBlank(text, i);
    }

    private static int firstNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The entities and facts of one passage, each event keyed once. */
    private final class Events {
        final String at;
        final List<CandidateEntity> entities = new ArrayList<>();
        final List<CandidateFact> facts = new ArrayList<>();

        Events(TextPassage passage) {
            this.at = passage.at();
        }

        String event(String type, String name, int start, int end, String why) {
            String key = CandidateEntity.BLANK + "event-" + (entities.size() + 1);
            entities.add(new CandidateEntity(key, type, name, "dated-event", new Evidence(at, start, end), why));
            return key;
        }

        void dated(String key, DateSpan d, String status, String rule, Evidence span) {
            dated(key, d, Optional.of(status), rule, span);
        }

        void dated(String key, DateSpan d, Optional<String> status, String rule, Evidence span) {
            fact(key, "date", d.iso(), true, rule, span, "the date printed before it");
            status.ifPresent(s -> fact(key, "status", s, true, rule, span, s.equals("done")
                    ? "told as having taken place" : "told as to come"));
        }

        void fact(String subject, String property, String object, boolean literal, String rule, Evidence span,
                String why) {
            facts.add(new CandidateFact(subject, property, object, literal, id() + "/" + rule, span, why));
        }
    }
}
