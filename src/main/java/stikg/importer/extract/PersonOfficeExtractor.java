package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.Mention;
import stikg.importer.text.KoreanMorphology;

/**
 * People the brief names in its running text with their office, other than its author: a name, the body whose
 * office it is where one stands between, and the word of the office ("클라라 뵈스(Klara Wöss) 연방연구혁신부
 * 장관은", "홍길동 혁신회의 부의장"), or an office and a colon before the name in brackets after the body it heads
 * ("기획위원회 구성(위원장: 홍길동 …)"). The person is proposed by the name as printed, and is affiliated with each
 * body the draft knows that the sentence names so (a short form that drops the head of one body's name, "혁신회의",
 * stands for that body); a person with no such body is not proposed (the office alone is
 * too weak a sign that the word before it is a name).
 *
 * <p>What is a person's name is told by evidence, not by position alone, since the word before an office is more
 * often a body or a common noun ("관계부처 장관", "이사회 의장"): a transcribed foreign name has its original in
 * Latin letters in brackets right after it, as many Hangul words as the original has words; a Korean name is one
 * word of three syllables (four after a two-syllable surname) that starts with a surname, ends in no class word of
 * bodies, is no name the draft knows, and is not read by nori as one common noun or after a determiner.
 */
public final class PersonOfficeExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(List<String> offices, List<String> surnames, List<String> bodyWords, String bodyGroup,
            int maxBodyGap, List<String> particles, int minShortForm) {

        public static final Setting<List<String>> OFFICES = new Setting<>("offices", List.of("장관", "차관",
                "총리", "부총리", "대통령", "부통령", "위원장", "부위원장", "의장", "부의장", "원장", "부원장", "청장",
                "처장", "이사장", "총장", "회장", "총재", "소장", "센터장", "단장", "국장", "실장", "대사"),
                "words of a public office a person holds, as printed after the person's name (default: 장관, 차관, "
                        + "총리, 부총리, 대통령, 부통령, 위원장, 부위원장, 의장, 부의장, 원장, 부원장, 청장, 처장, "
                        + "이사장, 총장, 회장, 총재, 소장, 센터장, 단장, 국장, 실장, 대사)");
        public static final Setting<List<String>> SURNAMES = new Setting<>("surnames", List.of("김", "이", "박",
                "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유",
                "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주",
                "우", "구", "민", "진", "나", "지", "엄", "변", "채", "원", "천", "방", "공", "현", "함", "염", "여",
                "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥",
                "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "황보",
                "남궁", "제갈", "선우", "독고"), "Korean surnames a Korean name starts with; a two-syllable "
                        + "surname makes a name of four syllables (default: the common surnames, 김 이 박 최 정 … and "
                        + "황보, 남궁, 제갈, 선우, 독고)");
        public static final Setting<List<String>> BODY_WORDS = new Setting<>("bodyWords", List.of("부", "처", "청",
                "원", "회", "회의", "위원회", "연구소", "센터", "기구", "은행", "재단", "협회", "본부", "실", "국", "단"),
                "class words a body's name ends in: a word so ending stands for a body between a name and an office, "
                        + "and is no name of a person (default: 부, 처, 청, 원, 회, 회의, 위원회, 연구소, 센터, 기구, "
                        + "은행, 재단, 협회, 본부, 실, 국, 단)");
        public static final Setting<String> BODY_GROUP = new Setting<>("bodyGroup", "organisation",
                "the class group of the bodies a person is affiliated with (default: organisation)");
        public static final Setting<Integer> MAX_BODY_GAP = new Setting<>("maxBodyGap", 4,
                "at most this many characters between the body an office heads and the bracket that names the holder "
                        + "('기획위원회 구성(위원장: …)': a verbal noun of setting up) (default: 4)");
        public static final Setting<List<String>> PARTICLES = new Setting<>("particles", List.of("은", "는", "이",
                "가", "을", "를", "의", "과", "와", "도", "으로", "로", "에", "에게", "께서"),
                "particles after an office word (default: 은, 는, 이, 가, 을, 를, 의, 과, 와, 도, 으로, 로, 에, 에게, "
                        + "께서)");

        public static final Setting<Integer> MIN_SHORT_FORM = new Setting<>("minShortForm", 4,
                "at least this many characters in a short form of a body's name that drops its head ('혁신회의' for "
                        + "'국가과학기술혁신회의'), read as that body when it ends the name of exactly one body the draft "
                        + "knows (default: 4)");

        public Settings {
            offices = offices.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            surnames = List.copyOf(surnames);
            bodyWords = List.copyOf(bodyWords);
            particles = particles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }

        /** The layout's {@code settings.personOffice}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("personOffice"), "personOffice", List.of(OFFICES, SURNAMES,
                    BODY_WORDS, BODY_GROUP, MAX_BODY_GAP, PARTICLES, MIN_SHORT_FORM));
            return new Settings(OFFICES.from(given), SURNAMES.from(given), BODY_WORDS.from(given),
                    BODY_GROUP.from(given), MAX_BODY_GAP.from(given), PARTICLES.from(given),
                    MIN_SHORT_FORM.from(given));
        }
    }

    private static final Pattern WORD = Pattern.compile("[^\\s()\\[\\]:：,·]+");
    /** A Latin original in brackets at the end of a text: its words. */
    private static final Pattern ORIGINAL = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}.'-]*(?:[ -]\\p{Lu}[\\p{L}.'-]*){0,3})"
            + "\\s*\\)$");
    private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]+");

    private final Settings settings;
    private final KoreanMorphology morphology;

    public PersonOfficeExtractor(Settings settings) {
        this.settings = settings;
        this.morphology = new KoreanMorphology(settings.particles());
    }

    @Override
    public String id() {
        return "person-office";
    }

    @Override
    public boolean readsApparatus() {
        return false;
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<Mention> known = context.names().find(text);
        // a person read twice in the passage (an office before and after the name) is one entity
        Map<String, CandidateEntity> people = new LinkedHashMap<>();
        List<CandidateFact> facts = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            Optional<String> office = office(w.group());
            if (office.isEmpty()) {
                continue;
            }
            int officeStart = w.start();
            int officeEnd = w.start() + office.get().length();
            boolean colon = text.substring(officeEnd).matches("^\\s*[:：].*");
            if (colon) {
                held(text, officeStart, officeEnd, known, context, passage, people, facts);
            } else {
                named(text, officeStart, officeEnd, known, context, passage, people, facts);
            }
        }
        // a person is proposed only with a body the draft knows that the person holds an office of
        List<CandidateEntity> affiliated = people.values().stream().filter(e -> facts.stream()
                .anyMatch(f -> f.subject().equals(e.key()))).toList();
        return new Proposal(affiliated, facts);
    }

    /** "NAME [BODY] OFFICE": the name before the office, a body between them if one stands there. */
    private void named(String text, int officeStart, int officeEnd, List<Mention> known, ExtractionContext context,
            TextPassage passage, Map<String, CandidateEntity> people, List<CandidateFact> facts) {
        int end = text.substring(0, officeStart).stripTrailing().length();
        if (end == officeStart) {
            return;
        }
        int wordStart = wordStart(text, end);
        String before = text.substring(wordStart, end);
        Optional<Mention> body = Optional.empty();
        int nameEnd = end;
        if (bodyLike(before, wordStart, end, known, context)) {
            body = known.stream().filter(m -> m.start() == wordStart && m.end() == end
                    && context.inGroup(settings.bodyGroup(), m.id())).findFirst();
            if (body.isEmpty()) {
                body = shortForm(before, wordStart, end, context);
            }
            nameEnd = text.substring(0, wordStart).stripTrailing().length();
            if (nameEnd == wordStart) {
                return;
            }
        }
        Optional<int[]> name = name(text, nameEnd, known);
        if (name.isEmpty()) {
            return;
        }
        String key = person(text, name.get(), passage, people, text.substring(officeStart, officeEnd));
        body.ifPresent(b -> facts.add(new CandidateFact(key, "affiliation", b.id(), false, id() + "/body-office",
                new Evidence(passage.at(), name.get()[0], officeEnd), "holds the office of '"
                        + text.substring(officeStart, officeEnd) + "' of the body named before it")));
    }

    /** "BODY …(OFFICE: NAME": the name after the colon heads the body named right before the bracket. */
    private void held(String text, int officeStart, int officeEnd, List<Mention> known, ExtractionContext context,
            TextPassage passage, Map<String, CandidateEntity> people, List<CandidateFact> facts) {
        int open = text.substring(0, officeStart).stripTrailing().length() - 1;
        if (open < 0 || text.charAt(open) != '(') {
            return;
        }
        Optional<Mention> body = known.stream().filter(m -> m.end() <= open && open - m.end()
                <= settings.maxBodyGap() && context.inGroup(settings.bodyGroup(), m.id()))
                .max(Comparator.comparingInt(Mention::end));
        Matcher colon = Pattern.compile("^\\s*[:：]\\s*").matcher(text.substring(officeEnd));
        if (body.isEmpty() || !colon.find()) {
            return;
        }
        int from = officeEnd + colon.end();
        Matcher next = WORD.matcher(text).region(from, text.length());
        if (!next.lookingAt()) {
            return;
        }
        int nameEnd = next.end();
        // a foreign name runs on to its original in brackets
        Matcher original = Pattern.compile("^[^()]{0,40}?\\([^()]+\\)").matcher(text.substring(from));
        Optional<int[]> name = name(text, nameEnd, known).filter(n -> n[0] == from);
        if (name.isEmpty() && original.find()) {
            name = name(text, from + original.end(), known).filter(n -> n[0] == from);
        }
        if (name.isEmpty()) {
            return;
        }
        int[] n = name.get();
        String key = person(text, n, passage, people, text.substring(officeStart, officeEnd));
        facts.add(new CandidateFact(key, "affiliation", body.get().id(), false, id() + "/heads",
                new Evidence(passage.at(), body.get().start(), n[1]), "named as '" + text.substring(officeStart,
                        officeEnd) + "' in brackets after the body"));
    }

    /**
     * The one body the draft knows whose name ends in a word that drops its head ("혁신회의" for
     * "국가과학기술혁신회의"): a word of at least {@code minShortForm} characters, the tail of exactly one body's name.
     */
    private Optional<Mention> shortForm(String word, int start, int end, ExtractionContext context) {
        if (word.length() < settings.minShortForm()) {
            return Optional.empty();
        }
        List<String> bodies = context.names().endingIn(word).stream()
                .filter(id -> context.inGroup(settings.bodyGroup(), id)).toList();
        return bodies.size() == 1 ? Optional.of(new Mention(bodies.get(0), word, start, end, "")) : Optional.empty();
    }

    /** The key of the person of a name, proposed once in a passage. */
    private String person(String text, int[] name, TextPassage passage, Map<String, CandidateEntity> people,
            String office) {
        String printed = text.substring(name[0], name[1]);
        String shown = printed.replaceAll("\\s*\\(.*$", "");
        return people.computeIfAbsent(shown, s -> new CandidateEntity(CandidateEntity.BLANK + "person-"
                + (people.size() + 1), "Person", s, "person", new Evidence(passage.at(), name[0], name[0]
                        + s.length()), "a person named with the office of '" + office + "'")).key();
    }

    /** The office a word is, its particles taken off ("장관은" is 장관), if it is one. */
    private Optional<String> office(String word) {
        for (String o : settings.offices()) {
            if (word.equals(o) || word.startsWith(o) && settings.particles().contains(word.substring(o.length()))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Whether the word before an office stands for a body: a body the draft knows, or a word of a body's class. */
    private boolean bodyLike(String word, int start, int end, List<Mention> known, ExtractionContext context) {
        boolean knownBody = known.stream().anyMatch(m -> m.start() == start && m.end() == end
                && context.inGroup(settings.bodyGroup(), m.id()));
        return knownBody || word.chars().allMatch(c -> (c >= 0xAC00 && c <= 0xD7A3) || Character.isLetter(c))
                && settings.bodyWords().stream().anyMatch(b -> word.endsWith(b) && word.length() > b.length());
    }

    /** The span of a person's name that ends at {@code end}, by the evidence the class comment gives. */
    private Optional<int[]> name(String text, int end, List<Mention> known) {
        String upTo = text.substring(0, end);
        Matcher original = ORIGINAL.matcher(upTo);
        if (original.find()) {
            int words = original.group(1).split("[ -]").length;
            int at = original.start();
            int start = at;
            for (int i = 0; i < words; i++) {
                int e = text.substring(0, start).stripTrailing().length();
                if (i == 0 && e != at) {
                    return Optional.empty();
                }
                int s = wordStart(text, e);
                if (s == e || !HANGUL_WORD.matcher(text.substring(s, e)).matches()) {
                    return Optional.empty();
                }
                start = s;
            }
            int s = start;
            return known.stream().anyMatch(m -> m.overlaps(s, at)) ? Optional.empty()
                    : Optional.of(new int[] {start, end});
        }
        int s = wordStart(text, end);
        String word = text.substring(s, end);
        return koreanName(word) && known.stream().noneMatch(m -> m.overlaps(s, end)) ? Optional.of(new int[] {s,
                end}) : Optional.empty();
    }

    private boolean koreanName(String word) {
        if (!HANGUL_WORD.matcher(word).matches()) {
            return false;
        }
        boolean shaped = settings.surnames().stream().anyMatch(s -> word.startsWith(s)
                && word.length() == s.length() + 2);
        if (!shaped || settings.bodyWords().stream().anyMatch(word::endsWith)) {
            return false;
        }
        List<KoreanMorphology.Morpheme> m = morphology.analyse(word);
        boolean commonNoun = m.size() == 1 && m.get(0).tag() == POS.Tag.NNG;
        boolean determined = !m.isEmpty() && m.get(0).tag() == POS.Tag.MM;
        return !commonNoun && !determined;
    }

    /** Where the word that ends at {@code end} starts (blanks and brackets end words). */
    private static int wordStart(String text, int end) {
        int s = end;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && "()[]:：,".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }
}
