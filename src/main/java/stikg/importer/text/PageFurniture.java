package stikg.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import stikg.importer.config.LayoutConfig;

/**
 * What a page break leaves in a PDF extraction and is not content: page-number lines ("- 8 -") and running headers
 * or footers (a line printed again on other pages, near a page number). They are read as blank lines, so that the
 * line numbers of everything else stay and the halves of a table split by the break meet across blanks only.
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
        for (int i = 1; i <= n; i++) {
            String t = text.line(i).strip();
            if (!text.line(i).contains("\t") && rules.pageNumber().matcher(t).matches()) {
                numbers.add(i);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i <= n; i++) {
            String t = text.line(i).strip();
            if (!t.isEmpty() && !text.line(i).contains("\t")) {
                seen.merge(t, 1, Integer::sum);
            }
        }
        List<Integer> headers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String t = text.line(i).strip();
            final int at = i;
            boolean nearPageNumber = numbers.stream().anyMatch(p -> p != at && Math.abs(p - at) <= rules.headerReach());
            if (!t.isEmpty() && !numbers.contains(i) && seen.getOrDefault(t, 0) > 1 && nearPageNumber
                    && !text.line(i).contains("\t")) {
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
}
