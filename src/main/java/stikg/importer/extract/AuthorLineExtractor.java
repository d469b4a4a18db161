package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The line that signs a brief: its author's institute, the institute's unit, the author's name and job title, and an
 * e-mail address in brackets, in whichever order the house style prints them ("1) OO연구원 OO센터 홍길동
 * 연구위원(…@…)", "작성: OO연구소 OO팀 홍길동 연구원(…@…)", "홍길동 OO연구원 OO팀 부연구위원(…@…)"). The words before the
 * address are read as the genre prints them: the last is the job title; a word ending in a class word of bodies
 * ("연구원", "연구소", "센터", "팀" …) is a body, the first the institute and the others its units; the one other word
 * of two to four syllables is the person. The person wrote the brief, is affiliated with the institute and each
 * unit, and has the address; a unit is a unit of the institute. A line that does not read so gives nothing.
 */
public final class AuthorLineExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(List<String> bodyWords, String institutionType, String unitType, String opening) {

        public static final Setting<List<String>> BODY_WORDS = new Setting<>("bodyWords", List.of("연구원", "연구소",
                "연구재단", "연구회", "재단", "센터", "연구단", "본부", "팀", "실", "부", "과"), "class words the "
                        + "name of an author's institute or unit ends in (default: 연구원, 연구소, 연구재단, 연구회, "
                        + "재단, 센터, 연구단, 본부, 팀, 실, 부, 과)");
        public static final Setting<String> INSTITUTION_TYPE = new Setting<>("institutionType", "ThinkTank",
                "the class of the institute a brief's author works at: the genre's briefs are published by policy "
                        + "institutes (default: ThinkTank)");
        public static final Setting<String> UNIT_TYPE = new Setting<>("unitType", "ThinkTank", "the class of the "
                + "institute's unit (a centre, a team), as the curated development briefs (a), (e), (f) record it "
                + "(default: ThinkTank)");
        public static final Setting<String> OPENING = new Setting<>("opening", "^\\s*(?:\\d+\\)|[*※]|[^\\s:]{1,4}\\s*:)?",
                "what may open the line before the names: a footnote mark '1)', a star, or a word and a colon "
                        + "('작성:') (default: ^\\s*(?:\\d+\\)|[*※]|[^\\s:]{1,4}\\s*:)?)");

        public Settings {
            bodyWords = bodyWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }

        /** The layout's {@code settings.authorLine}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("authorLine"), "authorLine", List.of(BODY_WORDS, INSTITUTION_TYPE,
                    UNIT_TYPE, OPENING));
            return new Settings(BODY_WORDS.from(given), INSTITUTION_TYPE.from(given), UNIT_TYPE.from(given),
                    OPENING.from(given));
        }
    }

    /** An e-mail address in brackets, the end of the signature. */
    private static final Pattern EMAIL = Pattern.compile("\\(\\s*([^()\\s@]+@[^()\\s@]+\\.[^()\\s@]+)\\s*\\)");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final Settings settings;
    private final Pattern opening;

    public AuthorLineExtractor(Settings settings) {
        this.settings = settings;
        this.opening = Pattern.compile(settings.opening());
    }

    @Override
    public String id() {
        return "author-line";
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        Matcher mail = EMAIL.matcher(text);
        if (!mail.find()) {
            return Proposal.nothing();
        }
        Matcher open = opening.matcher(text);
        int from = open.lookingAt() ? open.end() : 0;
        if (from > mail.start()) {
            return Proposal.nothing();
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text.substring(0, mail.start()));
        while (w.find()) {
            if (w.start() >= from) {
                words.add(new int[] {w.start(), w.end()});
            }
        }
        // a unit's name may carry a number ("세계지역연구1센터"); the person's name never does (checked below)
        if (words.size() < 3 || !words.stream().allMatch(s -> hangul(text.substring(s[0], s[1])
                .replaceAll("(?<=\\p{IsHangul})\\d+(?=\\p{IsHangul})", "")))) {
            return Proposal.nothing();
        }
        // the last word is the job title; of the others, bodies end in a class word, the person is the one other
        List<int[]> bodies = new ArrayList<>();
        List<int[]> people = new ArrayList<>();
        for (int[] s : words.subList(0, words.size() - 1)) {
            String word = text.substring(s[0], s[1]);
            Optional<String> bodyWord = settings.bodyWords().stream().filter(b -> word.endsWith(b)
                    && word.length() > b.length()).findFirst();
            if (bodyWord.isPresent()) {
                bodies.add(s);
            } else if (word.length() >= 2 && word.length() <= 4 && hangul(word)) {
                people.add(s);
            } else {
                return Proposal.nothing();
            }
        }
        if (people.size() != 1 || bodies.isEmpty()) {
            return Proposal.nothing();
        }
        String at = passage.at();
        Evidence line = new Evidence(at, words.get(0)[0], mail.end());
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        int[] p = people.get(0);
        String person = CandidateEntity.BLANK + "person";
        entities.add(new CandidateEntity(person, "Person", text.substring(p[0], p[1]), "author",
                new Evidence(at, p[0], p[1]), "the person who signs the brief at " + at));
        String institute = null;
        for (int i = 0; i < bodies.size(); i++) {
            int[] b = bodies.get(i);
            String key = CandidateEntity.BLANK + "body-" + (i + 1);
            entities.add(new CandidateEntity(key, i == 0 ? settings.institutionType() : settings.unitType(),
                    text.substring(b[0], b[1]), i == 0 ? "institute" : "unit", new Evidence(at, b[0], b[1]),
                    i == 0 ? "the author's institute, named first in the signature" : "a unit of the author's "
                            + "institute, named after it in the signature"));
            facts.add(new CandidateFact(person, "affiliation", key, false, id() + "/affiliation", line,
                    "a body the author's signature names"));
            if (institute == null) {
                institute = key;
            } else {
                facts.add(new CandidateFact(key, "org:unitOf", institute, false, id() + "/unit", line,
                        "named after the institute in the signature"));
            }
        }
        facts.add(new CandidateFact(context.document(), "dct:creator", person, false, id() + "/creator", line,
                "the person who signs the brief wrote it"));
        facts.add(new CandidateFact(person, "email", mail.group(1), true, id() + "/email",
                new Evidence(at, mail.start(1), mail.end(1)), "the address in brackets after the author's name"));
        return new Proposal(entities, facts);
    }

    private static boolean hangul(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= 0xAC00 && c <= 0xD7A3) || c == '·');
    }
}
