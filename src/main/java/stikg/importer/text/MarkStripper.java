package stikg.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import stikg.importer.config.LayoutConfig;

/**
 * A stripper that separates footnote marks and explanation stars from the words they are glued to. A glued
 * mark such as "4)" is taken as a footnote only when the brief has a footnote with that number, so that
 * "(2026)" or a list number stays text.
 */
public final class MarkStripper {

    private final LayoutConfig.Structure layout;
    private final Set<String> footnoteNumbers;

    /** @param footnoteNumbers the numbers of the footnotes the brief defines */
    public MarkStripper(LayoutConfig.Structure layout, Set<String> footnoteNumbers) {
        this.layout = layout;
        this.footnoteNumbers = Set.copyOf(footnoteNumbers);
    }

    public MarkedText strip(String text) {
        List<String> notes = new ArrayList<>();
        List<String> stars = new ArrayList<>();
        String t = replace(text, layout.superscriptMarker(), m -> {
            notes.add(fromSuperscript(m.group(1)));
            return "";
        });
        // a bare superscript ("함¹", "부록 3²") is a footnote mark only when the brief has that footnote
        t = replace(t, layout.bareSuperscriptMarker(), m -> {
            String n = fromSuperscript(m.group(1));
            if (footnoteNumbers.contains(n)) {
                notes.add(n);
                return "";
            }
            return m.group();
        });
        // "사업4)", "평가원[1]": a number glued to a word is a footnote mark only when the brief has that footnote
        t = replace(t, layout.gluedMarker(), m -> {
            if (footnoteNumbers.contains(number(m))) {
                notes.add(number(m));
                return "";
            }
            return m.group();
        });
        String before = t;
        t = replace(t, layout.explanationMarker(), m -> {
            stars.add(wordBefore(before, m.start()) + m.group(1));
            return "";
        });
        return new MarkedText(t, notes, stars);
    }

    /** The numbers of the footnote marks that can be read from superscripts or glued numbers on a line. */
    public static List<String> candidateMarks(LayoutConfig.Structure layout, String line) {
        List<String> out = new ArrayList<>();
        Matcher m = layout.superscriptMarker().matcher(line);
        while (m.find()) {
            out.add(fromSuperscript(m.group(1)));
        }
        m = layout.gluedMarker().matcher(line);
        while (m.find()) {
            out.add(number(m));
        }
        m = layout.bareSuperscriptMarker().matcher(line);
        while (m.find()) {
            out.add(fromSuperscript(m.group(1)));
        }
        return out;
    }

    /** The number of a glued mark: the first group that took part in the match (one per form of mark). */
    private static String number(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    static String fromSuperscript(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }

    private static String replace(String text, java.util.regex.Pattern p,
            java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
