package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The credit that names who wrote the brief, with or without an e-mail address: a line (or a row of a box of
 * credits at the head of the brief) that opens with a word of credit ("작성:", "집필", "연구책임자", "공동연구자",
 * a web article's byline "글 |" …) followed by one or more people (a middle dot standing alone may part them), each a name of two to four syllables with a job title of the genre
 * ("연구위원", "부연구위원", "선임연구원" …) after it, in brackets after it or before it, with the bodies they
 * belong to before the name, after the title or in brackets, and an address in brackets; or a line without a word
 * of credit that is wholly such a credit and names a body or an address. Each person wrote the brief, has the job title, is affiliated with each
 * body of their credit (the first the institute, the others its units) and has the address. Every word of the
 * credit must read so (a credit word, a name with its title, a body, an address, an acronym in brackets after a
 * body); a line with any other word is no credit and gives nothing, so that a sentence about writing is not read.
 */
public final class AuthorCreditExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(List<String> creditWords, List<String> jobTitles, List<String> bodyWords,
            String institutionType, String unitType) {

        public static final Setting<List<String>> CREDIT_WORDS = new Setting<>("creditWords", List.of("작성",
                "작성자", "집필", "집필자", "집필진", "저자", "필자", "연구책임자", "책임연구자", "공동연구자", "공동연구원",
                "참여연구원", "참여연구진", "연구진", "공동저자", "글"), "words that open a credit of the brief's "
                        + "authors, before a colon, a bar, a tab or a space ('글 | …' is a web article's byline) "
                        + "(default: 작성, 작성자, 집필, 집필자, 집필진, 저자, 필자, 연구책임자, 책임연구자, 공동연구자, "
                        + "공동연구원, 참여연구원, 참여연구진, 연구진, 공동저자, 글)");
        public static final Setting<List<String>> JOB_TITLES = new Setting<>("jobTitles", List.of("선임연구위원",
                "부연구위원", "연구위원", "명예연구위원", "초빙연구위원", "선임연구원", "책임연구원", "수석연구원", "주임연구원",
                "전문연구원", "위촉연구원", "연구원", "연구교수", "교수", "박사", "센터장", "실장", "팀장", "본부장", "단장",
                "소장", "전문위원", "연구관"), "job titles of the genre's authors, printed after the name (default: "
                        + "선임연구위원, 부연구위원, 연구위원, 명예연구위원, 초빙연구위원, 선임연구원, 책임연구원, "
                        + "수석연구원, 주임연구원, 전문연구원, 위촉연구원, 연구원, 연구교수, 교수, 박사, 센터장, 실장, "
                        + "팀장, 본부장, 단장, 소장, 전문위원, 연구관)");
        public static final Setting<List<String>> BODY_WORDS = new Setting<>("bodyWords", List.of("연구원", "연구소",
                "연구재단", "연구회", "재단", "센터", "연구단", "본부", "팀", "실", "부", "과"), "class words the "
                        + "name of an author's institute or unit ends in (default: 연구원, 연구소, 연구재단, 연구회, "
                        + "재단, 센터, 연구단, 본부, 팀, 실, 부, 과)");
        public static final Setting<String> INSTITUTION_TYPE = new Setting<>("institutionType", "ThinkTank",
                "the class of the first body of a credit (default: ThinkTank)");
        public static final Setting<String> UNIT_TYPE = new Setting<>("unitType", "ThinkTank",
                "the class of the other bodies of a credit, units of the first (default: ThinkTank)");

        public Settings {
            creditWords = List.copyOf(creditWords);
            jobTitles = jobTitles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            bodyWords = bodyWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }

        /** The layout's {@code settings.authorCredit}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("authorCredit"), "authorCredit", List.of(CREDIT_WORDS, JOB_TITLES,
                    BODY_WORDS, INSTITUTION_TYPE, UNIT_TYPE));
            return new Settings(CREDIT_WORDS.from(given), JOB_TITLES.from(given), BODY_WORDS.from(given),
                    INSTITUTION_TYPE.from(given), UNIT_TYPE.from(given));
        }
    }

    /** A token of a credit: a run of letters, an address, or a bracket. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s()\\[\\],;/，、]+@[^\\s()\\[\\],;/，、]+|[()\\[\\]]"
            + "|[^\\s()\\[\\],;/，、:：]+");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z&]{1,9}");
    /** Bars that part a credit word from the credit ("글 | 홍길동 연구위원"). */
    private static final String BARS = "|｜│";

    private final Settings settings;

    public AuthorCreditExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "author-credit";
    }

    @Override
    public Phase phase() {
        return Phase.DOCUMENT;
    }

    private enum Kind { NAME, TITLE, BODY, MAIL, SKIP }

    private record Token(Kind kind, int start, int end, int depth) {
    }

    /** One person a credit names, with the bodies and the address of their credit. */
    private record Credit(Token name, Token title, List<Token> bodies, List<Token> mails) {
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        int from = opening(text);
        List<Token> tokens = tokens(text, Math.max(from, 0));
        List<Credit> credits = tokens.isEmpty() ? List.of() : credits(tokens);
        // without a word of credit, a line that is wholly a credit naming a body or an address ("홍길동 연구위원
        // (OO연구원)" under a title) is one too
        if (credits.isEmpty() || from < 0 && credits.stream().allMatch(c -> c.bodies().isEmpty()
                && c.mails().isEmpty())) {
            return Proposal.nothing();
        }
        String at = passage.at();
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        Map<String, String> bodyKeys = new java.util.HashMap<>();
        for (int c = 0; c < credits.size(); c++) {
            Credit credit = credits.get(c);
            String person = CandidateEntity.BLANK + "author-" + (c + 1);
            Evidence whole = new Evidence(at, Math.min(credit.name().start(), credit.title().start()),
                    Math.max(credit.name().end(), credit.title().end()));
            entities.add(new CandidateEntity(person, "Person", text.substring(credit.name().start(),
                    credit.name().end()), "author", new Evidence(at, credit.name().start(), credit.name().end()),
                    "a person the brief's credit names at " + at));
            facts.add(new CandidateFact(context.document(), "dct:creator", person, false, id() + "/creator", whole,
                    "the credit names the person as one who wrote the brief"));
            facts.add(new CandidateFact(person, "jobTitle", text.substring(credit.title().start(),
                    credit.title().end()), true, id() + "/jobTitle", new Evidence(at, credit.title().start(),
                    credit.title().end()), "the job title printed after the author's name"));
            String institute = null;
            for (Token b : credit.bodies()) {
                String name = text.substring(b.start(), b.end());
                String key = bodyKeys.get(name);
                boolean first = institute == null;
                if (key == null) {
                    key = CandidateEntity.BLANK + "body-" + (bodyKeys.size() + 1);
                    bodyKeys.put(name, key);
                    entities.add(new CandidateEntity(key, first ? settings.institutionType() : settings.unitType(),
                            name, first ? "institute" : "unit", new Evidence(at, b.start(), b.end()), first
                                    ? "the first body of an author's credit" : "a unit named after the institute "
                                            + "in an author's credit"));
                    if (!first) {
                        facts.add(new CandidateFact(key, "org:unitOf", institute, false, id() + "/unit",
                                new Evidence(at, b.start(), b.end()), "named after the institute in the credit"));
                    }
                }
                if (first) {
                    institute = key;
                }
                facts.add(new CandidateFact(person, "affiliation", key, false, id() + "/affiliation",
                        new Evidence(at, b.start(), b.end()), "a body the author's credit names"));
            }
            for (Token m : credit.mails()) {
                facts.add(new CandidateFact(person, "email", text.substring(m.start(), m.end()), true, id()
                        + "/email", new Evidence(at, m.start(), m.end()), "the address in the author's credit"));
            }
        }
        return new Proposal(entities, facts);
    }

    /** Where the credit after its opening word starts, or -1 if the text does not open with a word of credit. */
    private int opening(String text) {
        String t = text.stripLeading();
        int lead = text.length() - t.length();
        for (String w : settings.creditWords().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            if (t.startsWith(w) && t.length() > w.length()) {
                char next = t.charAt(w.length());
                if (next == ':' || next == '：' || Character.isWhitespace(next)) {
                    int i = lead + w.length();
                    while (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：'
                            || BARS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
                        i++;
                    }
                    return i;
                }
            }
        }
        return -1;
    }

    /** The tokens of a credit after its opening word, each classified; none if one reads as nothing of a credit. */
    private List<Token> tokens(String text, int from) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, text.length());
        int depth = 0;
        while (m.find()) {
            String w = m.group();
            if (w.equals("(") || w.equals("[")) {
                depth++;
                continue;
            }
            if (w.equals(")") || w.equals("]")) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            // a middle dot standing alone parts two people of one byline ("A 연구위원 · B 연구원")
            if (w.equals("·")) {
                continue;
            }
            Kind kind;
            if (w.indexOf('@') > 0) {
                kind = Kind.MAIL;
            } else if (settings.jobTitles().contains(w)) {
                kind = Kind.TITLE;
            } else if (body(w) && settings.bodyWords().stream().anyMatch(b -> w.endsWith(b)
                    && w.length() >= b.length() + 2)) {
                kind = Kind.BODY;
            } else if (hangul(w) && w.length() >= 2 && w.length() <= 4) {
                kind = Kind.NAME;
            } else if (depth > 0 && ACRONYM.matcher(w).matches()) {
                kind = Kind.SKIP;
            } else {
                return List.of();
            }
            out.add(new Token(kind, m.start(), m.end(), depth));
        }
        return out;
    }

    /**
     * The people of a credit: each name with its job title, printed after the name ("홍길동 연구위원"), in brackets
     * after it ("홍길동(OO연구원 연구위원)") or before it ("연구위원 홍길동"). A body stands with the person before it
     * when it is in brackets or when no person follows it, else with the person after it; an address stands with
     * the person before it. A name or a title that pairs with nothing makes the line no credit.
     */
    private static List<Credit> credits(List<Token> tokens) {
        List<int[]> pairs = new ArrayList<>();   // {name, title, first index of the pair}
        boolean[] used = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (used[i] || t.kind() != Kind.NAME || t.depth() > 0) {
                continue;
            }
            int title = -1;
            if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.TITLE && tokens.get(i + 1).depth() == 0) {
                title = i + 1;
            } else {
                // the title in brackets right after the name, among the bodies it names
                for (int j = i + 1; j < tokens.size() && tokens.get(j).depth() > 0; j++) {
                    if (tokens.get(j).kind() == Kind.TITLE) {
                        title = j;
                        break;
                    }
                }
                if (title < 0 && i > 0 && tokens.get(i - 1).kind() == Kind.TITLE && !used[i - 1]
                        && tokens.get(i - 1).depth() == 0) {
                    title = i - 1;
                }
            }
            if (title < 0) {
                return List.of();
            }
            used[i] = true;
            used[title] = true;
            pairs.add(new int[] {i, title, Math.min(i, title)});
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.TITLE && !used[i]) {
                return List.of();
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Credit> credits = new ArrayList<>();
        for (int[] p : pairs) {
            credits.add(new Credit(tokens.get(p[0]), tokens.get(p[1]), new ArrayList<>(), new ArrayList<>()));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int before = -1;
            int after = -1;
            for (int c = 0; c < pairs.size(); c++) {
                if (pairs.get(c)[2] < i) {
                    before = c;
                } else if (after < 0 && pairs.get(c)[2] > i) {
                    after = c;
                }
            }
            if (t.kind() == Kind.BODY) {
                int owner = before >= 0 && (t.depth() > 0 || after < 0) ? before : after >= 0 ? after : before;
                credits.get(owner).bodies().add(t);
            } else if (t.kind() == Kind.MAIL) {
                credits.get(before >= 0 ? before : after).mails().add(t);
            }
        }
        return credits;
    }

    private static boolean hangul(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    /** A body's name: syllables, a middle dot, or a number inside ("지역연구2센터"). */
    private static boolean body(String s) {
        return !s.isEmpty() && s.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) && s.chars().allMatch(c ->
                (c >= 0xAC00 && c <= 0xD7A3) || c == '·' || Character.isDigit(c));
    }
}
