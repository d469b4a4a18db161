package stikg.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import stikg.importer.config.LayoutConfig;

/**
 * A reader that finds dates and year ranges in a text and writes them in ISO 8601 with the precision printed:
 * "2026.3.27." is 2026-03-27, "'25년 12월" is 2025-12, "2024년" is 2024, and "('21년~'25년)" is the interval
 * 2021/2025. A two-digit year needs an apostrophe, a month or a range beside it, so "30년간" (thirty years)
 * is no date; "'26.11.24." is 2026-11-24. A month printed without its year is read only where a word before it
 * says which year it is: "같은 해 3월" is in the year of the date printed before it in the text, and "지난 10월
 * 22일" is the last such day on or before the brief's own date, when the reader knows it ({@link #withReference}).
 */
public final class DateReader {

    /** A date found in a text, as {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, and where it stands. */
    public record DateMention(String iso, int start, int end) {
    }

    /** A range of years or dates, as an ISO 8601 interval {@code start/end}. */
    public record PeriodMention(String from, String to, int start, int end) {
        public String interval() {
            return from + "/" + to;
        }
    }

    private final int base;
    private final List<Pattern> datePatterns;
    private final Pattern range;
    private final LayoutConfig.DateWords words;
    private final Pattern yearless;
    private final java.util.Optional<java.time.LocalDate> reference;
    private final LayoutConfig.Numbers numbers;
    private final List<String> yearApostrophes;

    public DateReader(LayoutConfig.Numbers numbers, List<String> yearApostrophes) {
        this(numbers, yearApostrophes, java.util.Optional.empty());
    }

    private DateReader(LayoutConfig.Numbers numbers, List<String> yearApostrophes,
            java.util.Optional<java.time.LocalDate> reference) {
        this.numbers = numbers;
        this.yearApostrophes = List.copyOf(yearApostrophes);
        this.reference = reference;
        this.base = numbers.twoDigitYearBase();
        LayoutConfig.DateWords w = numbers.dates();
        String a = "[" + yearApostrophes.stream().map(Pattern::quote).collect(Collectors.joining()) + "]";
        String y = Pattern.quote(w.year());
        String m = Pattern.quote(w.month());
        String d = Pattern.quote(w.day());
        String year = "(?:(\\d{4})|" + a + "?(\\d{2}))";
        String yearStrict = "(?:(\\d{4})|" + a + "(\\d{2}))";
        String sep = "(?:" + w.rangeSeparators().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
        this.datePatterns = List.of(
                // "2026.3.27.", and as web pages print a day, "2026/10/29" and "2026-11-18" (one mark throughout)
                Pattern.compile("(?<![\\d.])(\\d{4})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?!\\d)\\.?"),
                Pattern.compile("(?<![\\d.])(\\d{4})()\\.\\s?(\\d{1,2})\\.(?!\\s?\\d)"),
                Pattern.compile("(?<!\\d)" + a + "()(\\d{2})\\.\\s?(\\d{1,2})\\s?" + m),
                Pattern.compile("(?<!\\d)" + year + "\\s?" + y + "\\s?(\\d{1,2})\\s?" + m + "\\s?(\\d{1,2})\\s?" + d),
                Pattern.compile("(?<!\\d)" + year + "\\s?" + y + "\\s?(\\d{1,2})\\s?" + m),
                Pattern.compile("(?<![\\d.])" + yearStrict + "\\s?" + y),
                // "'26.11.24.": a two-digit year after an apostrophe, month and day, as plan summaries date steps
                Pattern.compile("(?<!\\d)" + a + "(\\d{2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?!\\d)\\.?"));
        this.range = Pattern.compile("(?<![\\d.])" + year + "\\s?" + y + "?\\s?" + sep + "\\s?" + year + "\\s?" + y + "?");
        this.words = w;
        List<String> yearWords = new ArrayList<>(w.sameYear());
        yearWords.addAll(w.past());
        yearWords.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.yearless = yearWords.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d])(" + yearWords.stream()
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s?(\\d{1,2})\\s?" + m
                + "(?:\\s?(\\d{1,2})\\s?" + d + ")?");
    }

    /**
     * This reader knowing the brief's own date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), against
     * which a month printed after a word of the past ("지난 10월 22일") is read; a date it cannot read leaves the
     * reader as it is.
     */
    public DateReader withReference(String iso) {
        java.util.Optional<java.time.LocalDate> day = java.util.Optional.empty();
        try {
            day = java.util.Optional.of(iso.length() == 4 ? java.time.LocalDate.of(Integer.parseInt(iso), 12, 31)
                    : iso.length() == 7 ? java.time.YearMonth.parse(iso).atEndOfMonth() : java.time.LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return this;
        }
        return new DateReader(numbers, yearApostrophes, day);
    }

    /** The dates of a text, left to right, none overlapping (a longer, more precise reading wins). */
    public List<DateMention> dates(String text) {
        List<DateMention> found = new ArrayList<>();
        for (int p = 0; p < datePatterns.size(); p++) {
            Matcher mt = datePatterns.get(p).matcher(text);
            while (mt.find()) {
                final int s = mt.start();
                final int e = mt.end();
                if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) {
                    continue;
                }
                String iso = read(mt, p);
                if (iso != null) {
                    found.add(new DateMention(iso, s, e));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        yearless(text, found);
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** The months printed without a year that a word before them dates ("같은 해 3월", "지난 10월 22일"). */
    private void yearless(String text, List<DateMention> found) {
        if (yearless == null) {
            return;
        }
        Matcher mt = yearless.matcher(text);
        List<DateMention> added = new ArrayList<>();
        while (mt.find()) {
            final int s = mt.start();
            final int e = mt.end();
            if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) {
                continue;
            }
            String year;
            if (words.sameYear().contains(mt.group(1))) {
                // the year of the last date printed before it
                year = found.stream().filter(f -> f.end() <= s).reduce((a, b) -> b).map(f -> f.iso().substring(0, 4))
                        .orElse(null);
            } else {
                year = pastYear(Integer.parseInt(mt.group(2)), mt.group(3) == null ? 1
                        : Integer.parseInt(mt.group(3)));
            }
            if (year == null) {
                continue;
            }
            String iso = mt.group(3) == null ? yearMonth(year, mt.group(2)) : date(year, mt.group(2), mt.group(3));
            if (iso != null) {
                added.add(new DateMention(iso, s, e));
            }
        }
        found.addAll(added);
    }

    /** The year of the last such month and day on or before the brief's own date; null if the date is unknown. */
    private String pastYear(int month, int day) {
        if (reference.isEmpty() || month < 1 || month > 12) {
            return null;
        }
        java.time.LocalDate ref = reference.get();
        boolean later = month > ref.getMonthValue() || month == ref.getMonthValue() && day > ref.getDayOfMonth();
        return String.valueOf(later ? ref.getYear() - 1 : ref.getYear());
    }

    /** The first date of a text, if any. */
    public java.util.Optional<DateMention> firstDate(String text) {
        return dates(text).stream().findFirst();
    }

    /** The year ranges of a text. */
    public List<PeriodMention> periods(String text) {
        List<PeriodMention> out = new ArrayList<>();
        Matcher mt = range.matcher(text);
        while (mt.find()) {
            String from = year(mt.group(1), mt.group(2));
            String to = year(mt.group(3), mt.group(4));
            if (from.compareTo(to) <= 0) {
                out.add(new PeriodMention(from, to, mt.start(), mt.end()));
            }
        }
        return out;
    }

    private String read(Matcher mt, int pattern) {
        switch (pattern) {
            case 0:
                return date(mt.group(1), mt.group(3), mt.group(4));
            case 1:
                return yearMonth(mt.group(1), mt.group(3));
            case 2:
                return yearMonth(year(null, mt.group(2)), mt.group(3));
            case 3:
                return date(year(mt.group(1), mt.group(2)), mt.group(3), mt.group(4));
            case 4:
                return yearMonth(year(mt.group(1), mt.group(2)), mt.group(3));
            case 6:
                return date(year(null, mt.group(1)), mt.group(2), mt.group(3));
            default:
                return year(mt.group(1), mt.group(2));
        }
    }

    private String year(String four, String two) {
        if (four != null && !four.isEmpty()) {
            return four;
        }
        return String.valueOf(base + Integer.parseInt(two));
    }

    private static String yearMonth(String year, String month) {
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? year + "-" + String.format("%02d", m) : null;
    }

    private static String date(String year, String month, String day) {
        String ym = yearMonth(year, month);
        int d = Integer.parseInt(day);
        if (ym == null || d < 1 || d > 31) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(ym + "-" + String.format("%02d", d)).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
