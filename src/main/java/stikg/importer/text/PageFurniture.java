package stikg.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import stikg.importer.config.LayoutConfig;

/**
 * What a page break leaves in a PDF extraction and is not content: page-number lines ("- 8 -") and running headers
 * or footers (a line printed again on other pages, near a page number). They are read as blank lines, so that the
 * line numbers of everything else stay and the halves of a table split by the break meet across blanks only.
 * A page printed from a browser or an office program puts its furniture in fields apart by tabs: a footer of the
 * address and the page's number out of the page count ("https://…", a tab, "3/5"), a header of the print date and the
 * page's title. Such a line is furniture only where it stands alone, with no tabbed line right above or below it
 * (a table's rows stand together, so a header row repeated over the rest of a table is a row), and prints the same
 * fields on other pages: the footer but for its page number, the header wholly.
 */
final class PageFurniture {

    private final LayoutConfig.PageFurniture rules;

    PageFurniture(LayoutConfig.PageFurniture rules) {
        this.rules = rules;
    }

    /** The brief with its page furniture blanked, and the numbers of the lines blanked. */
    record Cleaned(BriefText text, List<Integer> pageNumbers, List<Integer> runningHeaders) {
    }

    Cleaned clean(BriefText text) {
        int n = text.lineCount();
        List<Integer> numbers = new ArrayList<>();
        Map<String, Integer> footers = new HashMap<>();
        for (int i = 1; i <= n; i++) {
            if (alone(text, i)) {
                footerFields(text.line(i)).ifPresent(f -> footers.merge(f, 1, Integer::sum));
            }
        }
        for (int i = 1; i <= n; i++) {
            String t = text.line(i).strip();
            if (!text.line(i).contains("\t") && rules.pageNumber().matcher(t).matches()) {
                numbers.add(i);
            } else if (alone(text, i) && footerFields(text.line(i)).filter(f -> footers.get(f) > 1).isPresent()) {
                numbers.add(i);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i <= n; i++) {
            String t = text.line(i).strip();
            if (!t.isEmpty() && (!text.line(i).contains("\t") || alone(text, i))) {
                seen.merge(t, 1, Integer::sum);
            }
        }
        List<Integer> headers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String t = text.line(i).strip();
            final int at = i;
            boolean nearPageNumber = numbers.stream().anyMatch(p -> p != at && Math.abs(p - at) <= rules.headerReach());
            if (!t.isEmpty() && !numbers.contains(i) && seen.getOrDefault(t, 0) > 1 && nearPageNumber
                    && (!text.line(i).contains("\t") || alone(text, i))) {
                headers.add(i);
            }
        }
        // a tabbed header is printed wholly on every page, the first too, where no page number stands above it
        Set<String> tabbedHeaders = new HashSet<>();
        headers.stream().filter(i -> alone(text, i)).forEach(i -> tabbedHeaders.add(text.line(i).strip()));
        for (int i = 1; i <= n; i++) {
            if (alone(text, i) && tabbedHeaders.contains(text.line(i).strip()) && !headers.contains(i)) {
                headers.add(i);
            }
        }
        if (numbers.isEmpty()) {
            return new Cleaned(text, numbers, headers);
        }
        List<String> lines = new ArrayList<>(text.lines());
        numbers.forEach(i -> lines.set(i - 1, ""));
        headers.forEach(i -> lines.set(i - 1, ""));
        return new Cleaned(new BriefText(text.file(), lines), List.copyOf(numbers), List.copyOf(headers));
    }

    /** Whether a line holding tabs stands alone: no tabbed line right above or below it (it is no table row). */
    private static boolean alone(BriefText text, int i) {
        return text.line(i).contains("\t") && (i == 1 || !text.line(i - 1).contains("\t"))
                && (i == text.lineCount() || !text.line(i + 1).contains("\t"));
    }

    /**
     * The fields of a tabbed footer before its last, a page number ("3/5", "- 3 -"), or nothing: the text a footer
     * prints on every page.
     */
    private java.util.Optional<String> footerFields(String line) {
        int tab = line.lastIndexOf('\t');
        String last = line.substring(tab + 1).strip();
        String rest = line.substring(0, tab).strip();
        return !rest.isEmpty() && rules.pageNumber().matcher(last).matches() ? java.util.Optional.of(rest)
                : java.util.Optional.empty();
    }
}
