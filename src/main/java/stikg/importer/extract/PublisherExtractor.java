package stikg.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The institute that issues the brief ({@code dct:publisher}), which is not always the author's: the genre prints it
 * in three places, each read by its own rule.
 * <ul>
 * <li>{@code series-line}: the line of the brief's series opens with the institute's name ("OO연구원 이슈브리프
 * 제2026-22호");</li>
 * <li>{@code imprint}: a line of the brief holds the institute's name alone, or followed by its unit ("OO연구소
 * OO팀"), as a cover or a head prints it;</li>
 * <li>{@code disclaimer}: the brief says it is not the official position of the bodies it names ("… A와 B의 공식적인
 * 의견이 아닙니다", "… A의 공식 입장과 다를 수 있습니다"): the last of them that is an institute is the one that issues
 * it (a ministry named there is the one that funds the series, not its publisher);</li>
 * <li>{@code copyright}: a copyright line names the holder of the brief's rights after its mark and year ("Copyright
 * ⓒ 2026 OO연구원(KXX). All rights reserved."), as a web page or a cover's foot prints it.</li>
 * </ul>
 * (The colophon ('발행처:', '펴낸곳') and the masthead (the institute's name before a bar) are read as well.)
 * A disclaimer also gives, by rule {@code disclaimer-body}, each body it names as one whose official position the
 * brief is not ({@code notOfficialPositionOf}): a body the draft knows, or an institute or a ministry by its class
 * word, proposed by its name, so that the fact is read where the draft does not know the body yet.
 * An institute is a name that ends in one of the class words of institutes or a Latin acronym ("KISTEP"). The
 * publisher is proposed as a think tank by its name as printed; the merge makes it the same thing as the author's
 * institute where both are named alike. Table cells are not read: a cell holding a name is a row of a table.
 */
public final class PublisherExtractor implements ProposingExtractor {

    /** The settings of this extractor. */
    public record Settings(List<String> instituteWords, List<String> unitWords, String acronym, String seriesNumber,
            List<String> disclaimerWords, List<String> joiners, int imprintWords, String publisherType,
            List<String> governmentClasses, List<String> ministryWords, String ministryType,
            List<String> publisherLabels, List<String> bars, List<String> copyrightMarks) {

        public static final Setting<List<String>> INSTITUTE_WORDS = new Setting<>("instituteWords",
                List.of("연구원", "연구소", "연구재단", "연구회", "재단", "평가원", "진흥원", "정보원", "개발원"),
                "class words the name of an institute that issues briefs ends in (default: 연구원, 연구소, 연구재단, "
                        + "연구회, 재단, 평가원, 진흥원, 정보원, 개발원)");
        public static final Setting<List<String>> UNIT_WORDS = new Setting<>("unitWords",
                List.of("센터", "연구단", "본부", "그룹", "팀", "실", "부", "과", "단"),
                "class words the name of an institute's unit ends in, after the institute on an imprint line "
                        + "(default: 센터, 연구단, 본부, 그룹, 팀, 실, 부, 과, 단)");
        public static final Setting<String> ACRONYM = new Setting<>("acronym", "[A-Z][A-Z&]{2,9}",
                "a Latin acronym that names an institute where a name is expected (default: [A-Z][A-Z&]{2,9})");
        public static final Setting<String> SERIES_NUMBER = new Setting<>("seriesNumber",
                "(?<![\\p{L}\\p{N}-])제?\\s?(?:19|20)\\d{2}-\\d{1,3}\\s?호(?![\\p{L}])",
                "the number of a brief in its series, which makes a line the series line (default: "
                        + "(?<![\\p{L}\\p{N}-])제?\\s?(?:19|20)\\d{2}-\\d{1,3}\\s?호(?![\\p{L}]))");
        public static final Setting<List<String>> DISCLAIMER_WORDS = new Setting<>("disclaimerWords",
                List.of("공식적인 의견이 아닙", "공식 의견이 아닙", "공식 입장이 아닙", "공식적인 입장이 아닙",
                        "공식 견해가 아닙", "공식 의견이 아님", "공식 입장이 아님", "공식적인 의견이 아님",
                        "공식 입장과 다를", "공식 견해와 다를", "공식 의견과 다를", "공식적인 입장과 다를"),
                "the words of a disclaimer, after the genitive '의' that ends the bodies it names (default: 공식적인 "
                        + "의견이 아닙, 공식 의견이 아닙, 공식 입장이 아닙, 공식적인 입장이 아닙, 공식 견해가 아닙, 공식 의견이 "
                        + "아님, 공식 입장이 아님, 공식적인 의견이 아님, 공식 입장과 다를, 공식 견해와 다를, 공식 의견과 다를, "
                        + "공식적인 입장과 다를)");
        public static final Setting<List<String>> JOINERS = new Setting<>("joiners", List.of("와", "과", "및", "또는",
                ","), "what joins two bodies a disclaimer names: a coordinating particle at the end of the first, or "
                        + "a word between them (default: 와, 과, 및, 또는, ',')");
        public static final Setting<Integer> IMPRINT_WORDS = new Setting<>("imprintWords", 3,
                "at most this many words on an imprint line: the institute and its units (default: 3)");
        public static final Setting<String> PUBLISHER_TYPE = new Setting<>("publisherType", "ThinkTank",
                "the class of the institute that issues a brief of the genre (default: ThinkTank)");
        public static final Setting<List<String>> GOVERNMENT_CLASSES = new Setting<>("governmentClasses",
                List.of("Ministry", "Council", "Secretariat", "Agency", "FundingAgency", "NationalResearchAgency"),
                "classes of bodies of government, which a disclaimer names as funders, never as the publisher, "
                        + "when the draft knows them so (default: Ministry, Council, Secretariat, Agency, "
                        + "FundingAgency, NationalResearchAgency)");

        public static final Setting<List<String>> MINISTRY_WORDS = new Setting<>("ministryWords", List.of("부", "처"),
                "class words of a ministry's name, by which a body a disclaimer names that the draft does not know is "
                        + "read as a ministry (default: 부, 처)");
        public static final Setting<String> MINISTRY_TYPE = new Setting<>("ministryType", "Ministry",
                "the class of such a body (default: Ministry)");

        public static final Setting<List<String>> PUBLISHER_LABELS = new Setting<>("publisherLabels",
                List.of("발행처", "발행기관", "발간처", "발간기관", "펴낸곳", "펴낸 곳", "발행"), "words of a colophon "
                        + "that name the body issuing the brief, before a colon, a tab or a space (default: 발행처, "
                        + "발행기관, 발간처, 발간기관, 펴낸곳, 펴낸 곳, 발행)");
        public static final Setting<List<String>> BARS = new Setting<>("bars", List.of("|", "｜", "│"),
                "marks that part a masthead's fields: the institute's name printed alone before one is an imprint "
                        + "(default: '|', '｜', '│')");
        public static final Setting<List<String>> COPYRIGHT_MARKS = new Setting<>("copyrightMarks",
                List.of("Copyright", "COPYRIGHT", "copyright", "ⓒ", "©"), "marks a copyright line opens "
                        + "with, before the year and the holder of the rights, the institute issuing the brief "
                        + "(default: Copyright, COPYRIGHT, copyright, ⓒ, ©)");

        public Settings {
            publisherLabels = publisherLabels.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            bars = List.copyOf(bars);
            copyrightMarks = List.copyOf(copyrightMarks);
            ministryWords = List.copyOf(ministryWords);
            instituteWords = List.copyOf(instituteWords);
            unitWords = unitWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            disclaimerWords = List.copyOf(disclaimerWords);
            joiners = List.copyOf(joiners);
            governmentClasses = List.copyOf(governmentClasses);
        }

        /** The layout's {@code settings.publisher}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("publisher"), "publisher", List.of(INSTITUTE_WORDS, UNIT_WORDS,
                    ACRONYM, SERIES_NUMBER, DISCLAIMER_WORDS, JOINERS, IMPRINT_WORDS, PUBLISHER_TYPE, GOVERNMENT_CLASSES,
                    MINISTRY_WORDS, MINISTRY_TYPE, PUBLISHER_LABELS, BARS, COPYRIGHT_MARKS));
            return new Settings(INSTITUTE_WORDS.from(given), UNIT_WORDS.from(given), ACRONYM.from(given),
                    SERIES_NUMBER.from(given), DISCLAIMER_WORDS.from(given), JOINERS.from(given),
                    IMPRINT_WORDS.from(given), PUBLISHER_TYPE.from(given), GOVERNMENT_CLASSES.from(given), MINISTRY_WORDS.from(given),
                    MINISTRY_TYPE.from(given), PUBLISHER_LABELS.from(given), BARS.from(given),
                    COPYRIGHT_MARKS.from(given));
        }
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A locator of a line of the brief (not of a table's cell). */
    private static final Pattern LINE = Pattern.compile("L\\d+(?:-\\d+)?");

    private final Settings settings;
    private final Pattern acronym;
    private final Pattern seriesNumber;

    public PublisherExtractor(Settings settings) {
        this.settings = settings;
        this.acronym = Pattern.compile(settings.acronym());
        this.seriesNumber = Pattern.compile(settings.seriesNumber());
    }

    @Override
    public String id() {
        return "publisher";
    }

    @Override
    public Proposal propose(TextPassage passage, ExtractionContext context) {
        if (!LINE.matcher(passage.at()).matches()) {
            return Proposal.nothing();
        }
        String text = passage.text();
        List<int[]> words = words(text, 0, text.length());
        Optional<int[]> found = seriesLine(text, words);
        String rule = "series-line";
        String why = "the institute the brief's series line opens with issues the brief";
        if (found.isEmpty()) {
            found = colophon(text);
            rule = "colophon";
            why = "the body a colophon's publisher line names ('발행처:', '펴낸곳') issues the brief";
        }
        if (found.isEmpty()) {
            found = copyright(text);
            rule = "copyright";
            why = "the holder a copyright line names after its mark and year issues the brief";
        }
        if (found.isEmpty()) {
            // a masthead prints its fields apart by bars: the institute's name alone before the first is an imprint
            int bar = settings.bars().stream().mapToInt(text::indexOf).filter(i -> i > 0).min().orElse(text.length());
            found = imprint(text, words(text, 0, bar));
            rule = "imprint";
            why = "a line holding an institute's name alone (with its units) is the imprint of the one that issues "
                    + "the brief";
        }
        if (found.isEmpty()) {
            return disclaimer(text, passage, context);
        }
        int[] span = found.get();
        Evidence at = new Evidence(passage.at(), span[0], span[1]);
        String key = CandidateEntity.BLANK + "publisher";
        return new Proposal(List.of(new CandidateEntity(key, settings.publisherType(), text.substring(span[0],
                span[1]), "publisher", at, why)), List.of(new CandidateFact(context.document(), "dct:publisher", key,
                false, id() + "/" + rule, at, why)));
    }

    /** The first word of a series line, if it is an institute. */
    private Optional<int[]> seriesLine(String text, List<int[]> words) {
        Matcher n = seriesNumber.matcher(text);
        if (!n.find() || words.size() < 2 || words.get(0)[1] > n.start()) {
            return Optional.empty();
        }
        int[] first = words.get(0);
        return institute(text.substring(first[0], first[1])) ? Optional.of(first) : Optional.empty();
    }

    /**
     * The institute a colophon's publisher line names: the word after the label (and a colon), an institute by its
     * class word or a Latin acronym, with an acronym in brackets glued to it left out ("발행처: OO연구원(KXX) OO실").
     */
    private Optional<int[]> colophon(String text) {
        String t = text.stripLeading();
        int lead = text.length() - t.length();
        for (String label : settings.publisherLabels()) {
            if (!t.startsWith(label) || t.length() == label.length()) {
                continue;
            }
            char next = t.charAt(label.length());
            if (next != ':' && next != '：' && !Character.isWhitespace(next)) {
                continue;
            }
            int i = lead + label.length();
            while (i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：'
                    || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            List<int[]> after = words(text, i, text.length());
            if (after.isEmpty()) {
                return Optional.empty();
            }
            int[] w = after.get(0);
            String word = text.substring(w[0], w[1]);
            Matcher glued = GLUED_ACRONYM.matcher(word);
            int end = glued.find() ? w[0] + glued.start() : w[1];
            return institute(text.substring(w[0], end)) ? Optional.of(new int[] {w[0], end}) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The institute a copyright line names: after its marks ("Copyright ⓒ") and a year, the first word, an institute
     * by its class word or a Latin acronym, with an acronym in brackets and a full stop glued to it left out.
     */
    private Optional<int[]> copyright(String text) {
        int i = 0;
        boolean marked = false;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            final int at = i;
            Optional<String> mark = settings.copyrightMarks().stream().filter(m -> text.startsWith(m, at))
                    .max(Comparator.comparingInt(String::length));
            if (mark.isEmpty()) {
                break;
            }
            marked = true;
            i += mark.get().length();
        }
        if (!marked) {
            return Optional.empty();
        }
        Matcher year = COPYRIGHT_YEAR.matcher(text).region(i, text.length());
        if (year.lookingAt()) {
            i = year.end();
        }
        List<int[]> after = words(text, i, text.length());
        if (after.isEmpty()) {
            return Optional.empty();
        }
        int[] w = after.get(0);
        String word = text.substring(w[0], w[1]).replaceAll("[.,]$", "");
        Matcher glued = GLUED_ACRONYM.matcher(word);
        int end = w[0] + (glued.find() ? glued.start() : word.length());
        return institute(text.substring(w[0], end)) ? Optional.of(new int[] {w[0], end}) : Optional.empty();
    }

    /** The year (or years) of a copyright line, before the holder: "2026", "2025-2026". */
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("\\s*(?:19|20)\\d{2}(?:\\s*[-–~]\\s*(?:19|20)\\d{2})?\\.?\\s*");

    /** An acronym in brackets glued to the end of a name ("…연구원(KXX)"). */
    private static final Pattern GLUED_ACRONYM = Pattern.compile("\\([A-Z][A-Za-z&]{1,9}\\)$");

    /** The institute of a line holding only an institute's name and its units' names. */
    private Optional<int[]> imprint(String text, List<int[]> words) {
        if (words.isEmpty() || words.size() > settings.imprintWords()) {
            return Optional.empty();
        }
        int[] first = words.get(0);
        if (!hangul(text.substring(first[0], first[1])) || !institute(text.substring(first[0], first[1]))) {
            return Optional.empty();
        }
        for (int[] w : words.subList(1, words.size())) {
            String word = text.substring(w[0], w[1]);
            if (!hangul(word) || settings.unitWords().stream().noneMatch(u -> word.endsWith(u)
                    && word.length() > u.length())) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }

    /**
     * A disclaimer: the brief is not the official position of each body it names (a body the draft knows, an
     * institute or a ministry by its class word), and the last institute of them that is not of government issues it.
     */
    private Proposal disclaimer(String text, TextPassage passage, ExtractionContext context) {
        int said = -1;
        for (String w : settings.disclaimerWords()) {
            int i = text.indexOf(w);
            if (i >= 0 && (said < 0 || i < said)) {
                said = i;
            }
        }
        if (said < 0) {
            return Proposal.nothing();
        }
        int end = text.substring(0, said).stripTrailing().length();
        if (end == 0 || text.charAt(end - 1) != '의') {
            return Proposal.nothing();
        }
        List<int[]> before = words(text, 0, end - 1);
        // backwards from the genitive: each body is a word, joined to the next by a particle at its end or a word
        List<int[]> bodies = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            int[] w = before.get(i);
            String word = text.substring(w[0], w[1]);
            if (bodies.isEmpty()) {
                bodies.add(w);
                continue;
            }
            if (settings.joiners().contains(word)) {
                continue;
            }
            Optional<String> particle = settings.joiners().stream().filter(j -> word.endsWith(j)
                    && word.length() > j.length()).findFirst();
            boolean joinedByWord = settings.joiners().contains(text.substring(before.get(i + 1)[0],
                    before.get(i + 1)[1]));
            if (particle.isPresent()) {
                bodies.add(0, new int[] {w[0], w[1] - particle.get().length()});
            } else if (joinedByWord) {
                bodies.add(0, w);
            } else {
                break;
            }
        }
        List<CandidateEntity> entities = new ArrayList<>();
        List<CandidateFact> facts = new ArrayList<>();
        String publisher = null;
        Evidence publisherAt = null;
        for (int[] b : bodies) {
            String name = text.substring(b[0], b[1]);
            Evidence at = new Evidence(passage.at(), b[0], said);
            Optional<String> known = context.names().find(name).stream().filter(m -> m.start() == 0
                    && m.end() == name.length() && context.inGroup("organisation", m.id())).map(m -> m.id())
                    .findFirst();
            boolean governmental = known.map(id -> context.typesOf().apply(id).stream()
                    .anyMatch(settings.governmentClasses()::contains)).orElse(false);
            String body;
            // a body the draft knows is proposed by its name too, which the merge resolves to it, so that the facts
            // stand among the brief's own rather than as a record about the brief
            if (known.isPresent() || institute(name) || ministry(name)) {
                governmental = known.isPresent() ? governmental : !institute(name);
                body = CandidateEntity.BLANK + "body-" + (entities.size() + 1);
                entities.add(new CandidateEntity(body, governmental ? settings.ministryType()
                        : settings.publisherType(), name, governmental ? "ministry" : "publisher",
                        new Evidence(passage.at(), b[0], b[1]), "a body the brief's disclaimer names"));
            } else {
                continue;
            }
            facts.add(new CandidateFact(context.document(), "notOfficialPositionOf", body, false, id()
                    + "/disclaimer-body", at, "the brief says it is not the official position of the body"));
            if (!governmental && institute(name)) {
                publisher = body;
                publisherAt = at;
            }
        }
        if (publisher != null) {
            facts.add(new CandidateFact(context.document(), "dct:publisher", publisher, false, id() + "/disclaimer",
                    publisherAt, "the last institute a disclaimer names is the one that issues the brief"));
        }
        return new Proposal(entities, facts);
    }

    private boolean ministry(String word) {
        return hangul(word) && settings.ministryWords().stream().anyMatch(w -> word.endsWith(w)
                && word.length() > w.length() + 1);
    }

    private boolean institute(String word) {
        return acronym.matcher(word).matches() || hangul(word) && settings.instituteWords().stream()
                .anyMatch(w -> word.endsWith(w) && word.length() > w.length());
    }

    private static List<int[]> words(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            out.add(new int[] {w.start(), w.end()});
        }
        return out;
    }

    private static boolean hangul(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= 0xAC00 && c <= 0xD7A3) || c == '·');
    }
}
