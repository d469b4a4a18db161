package stikg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.config.LayoutConfig;

/**
 * The brief's own number and date, as the line of its series prints them above the title ("OO 이슈브리프
 * 제2026-22호 (2026년 11월 30일)", "해외 과학기술정책 동향 2026-14호") or a line holding the date alone under it
 * ("2026. 12. 4.(금)"), or a line that opens with a word naming the brief's date of issue ("발행일: 2026년 11월
 * 30일" in a masthead, "펴낸날 2026년 12월 2일" in a colophon, "게시일 2026-11-18 | 조회 412" under a web article's
 * title): the number is the brief's {@code number}, a date on the series line, alone on a line or after such a word
 * its {@code publicationDate}. Facts about the brief itself, read in the document phase.
 */
public final class SeriesLineExtractor implements Extractor {

    /** The settings of this extractor. */
    public record Settings(String number, String dateAlone, List<String> dateLabels) {

        public static final Setting<String> NUMBER = new Setting<>("number",
                "(?<![\\p{L}\\p{N}-])제?\\s?((?:19|20)\\d{2}-\\d{1,3})\\s?호(?![\\p{L}])",
                "the number of a brief in its series: a year, a hyphen and a number, with 제 before it and 호 after "
                        + "it; group 1 is the number (default: (?<![\\p{L}\\p{N}-])제?\\s?((?:19|20)\\d{2}-\\d{1,3})\\s?"
                        + "호(?![\\p{L}]))");
        public static final Setting<String> DATE_ALONE = new Setting<>("dateAlone",
                "^\\s*[^\\p{L}\\p{N}]*\\s*$", "what may stand around a date that is alone on its line, once the date "
                        + "and a weekday in brackets ('(금)') are taken out: marks and blanks only (default: "
                        + "^\\s*[^\\p{L}\\p{N}]*\\s*$)");

        public static final Setting<List<String>> DATE_LABELS = new Setting<>("dateLabels", List.of("발행일",
                "발간일", "펴낸날", "펴낸 날", "게시일", "등록일"), "words naming the brief's date of issue that open a "
                        + "line, the date right after them (a colon or blanks between): the brief's publicationDate "
                        + "(default: 발행일, 발간일, 펴낸날, 펴낸 날, 게시일, 등록일)");

        public Settings {
            dateLabels = List.copyOf(dateLabels);
        }

        /** The layout's {@code settings.seriesLine}, each setting left out at its default. */
        public static Settings from(LayoutConfig.Extraction ex) {
            var given = Setting.given(ex.setting("seriesLine"), "seriesLine", List.of(NUMBER, DATE_ALONE,
                    DATE_LABELS));
            return new Settings(NUMBER.from(given), DATE_ALONE.from(given), DATE_LABELS.from(given));
        }
    }

    /** A weekday in brackets after a date ("(금)"). */
    private static final Pattern WEEKDAY = Pattern.compile("\\(\\s?[월화수목금토일]\\s?\\)");

    private final Pattern number;
    private final Pattern dateAlone;
    private final Pattern labelled;

    public SeriesLineExtractor(Settings settings) {
        this.number = Pattern.compile(settings.number());
        this.dateAlone = Pattern.compile(settings.dateAlone());
        this.labelled = settings.dateLabels().isEmpty() ? null : Pattern.compile("^[^\\p{L}\\p{N}]*(?:"
                + settings.dateLabels().stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
                + ")\\s*[:：]?\\s*");
    }

    @Override
    public String id() {
        return "series-line";
    }

    @Override
    public Phase phase() {
        return Phase.DOCUMENT;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        String text = passage.text();
        List<DateSpan> dates = context.dates().apply(text);
        List<CandidateFact> out = new ArrayList<>();
        Matcher n = number.matcher(text);
        if (n.find()) {
            out.add(new CandidateFact(context.document(), "number", n.group(1), true, id() + "/number",
                    new Evidence(passage.at(), n.start(), n.end()), "the brief's number in its series"));
            dates.stream().findFirst().ifPresent(d -> out.add(new CandidateFact(context.document(),
                    "publicationDate", d.iso(), true, id() + "/series-date", new Evidence(passage.at(), d.start(),
                    d.end()), "the date on the brief's series line")));
        } else if (labelled != null && labelled.matcher(text).lookingAt() && !dates.isEmpty()) {
            Matcher label = labelled.matcher(text);
            label.lookingAt();
            DateSpan d = dates.get(0);
            if (d.start() == label.end()) {
                out.add(new CandidateFact(context.document(), "publicationDate", d.iso(), true, id() + "/labelled",
                        new Evidence(passage.at(), label.start(), d.end()), "a date after a word naming the brief's "
                        + "date of issue"));
            }
        } else if (dates.size() == 1 && dates.get(0).iso().length() == 10) {
            DateSpan d = dates.get(0);
            String rest = WEEKDAY.matcher(text.substring(0, d.start()) + text.substring(d.end())).replaceAll("");
            if (dateAlone.matcher(rest).matches()) {
                out.add(new CandidateFact(context.document(), "publicationDate", d.iso(), true, id() + "/date-alone",
                        new Evidence(passage.at(), d.start(), d.end()), "a day alone on its line, as briefs date "
                        + "themselves under the title"));
            }
        }
        return List.copyOf(out);
    }
}
