package stikg.importer.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import stikg.importer.text.CellSeparators;

/**
 * One change of house style, applied to the lines of a brief without changing what the brief says: the marks its
 * bullets, section numbers and captions are printed with, how its table cells are separated, the lines a page break
 * leaves, its blank lines. Each is a small named value, so that a {@link HouseStyle} is a list of them and a drop in
 * recall can be traced to one. Transforms that keep every line where it was (marks, numbers, captions, cells) run
 * before those that add or remove lines (pages, blank lines), which {@link #keepsLines()} tells.
 *
 * <p>A transform reads the brief as the development briefs print it (the marks listed here), not through the
 * importer's grammar, so that changing the grammar never changes the variants it is measured on; only the heading
 * lines come from the importer's segmentation of the original (given as {@code headings}: line → level 1 or 2).
 */
public sealed interface StyleTransform {

    /** A short name for reports ("bullets □○-"). */
    String name();

    /** The brief's lines re-printed; {@code headings} gives the original's heading lines and their level. */
    List<String> apply(List<String> lines, Map<Integer, Integer> headings);

    /** Whether every line stays on its line (so that later transforms may still use the original's line numbers). */
    default boolean keepsLines() {
        return true;
    }

    /** Marks that start a leading statement in the development briefs. */
    List<String> LEAD_MARKS = List.of("⇒", "➔", "→", "●", "□", "■");
    /** Marks that start an item. */
    List<String> ITEM_MARKS = List.of("○", "◦", "o", "▪", "·", "•", "-", "▶", "▷");
    /** Marks that say what a line is rather than its level (a remark, the explanation of a starred word): kept. */
    List<String> KEPT_MARKS = List.of("※", "**", "*");

    /**
     * Bullet marks by level: a leading statement gets {@code lead}, an item {@code item}, an item indented below an
     * indented item {@code deeper}. Indentation, remark marks (※) and explanation stars stay; a chain of marks ("- ⇒")
     * becomes one mark.
     */
    record BulletMarks(String lead, String item, String deeper) implements StyleTransform {

        @Override
        public String name() {
            return "bullets " + lead + item + deeper;
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            TreeSet<Integer> indents = new TreeSet<>();
            for (String l : lines) {
                if (!l.contains("\t") && !marks(l.stripLeading()).isEmpty()) {
                    indents.add(indent(l));
                }
            }
            List<Integer> levels = new ArrayList<>(indents);
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                String rest = l.stripLeading();
                List<String> chain = marks(rest);
                if (l.contains("\t") || chain.isEmpty() || NOT_BULLETS.matcher(rest).matches()) {
                    out.add(l);
                    continue;
                }
                String text = rest;
                for (String m : chain) {
                    text = text.substring(m.length()).stripLeading();
                }
                List<String> kept = chain.stream().filter(KEPT_MARKS::contains).toList();
                String mark;
                if (!kept.isEmpty()) {
                    mark = String.join(" ", kept);
                } else if (chain.stream().anyMatch(LEAD_MARKS::contains)) {
                    mark = lead;
                } else {
                    mark = levels.indexOf(indent(l)) >= 2 ? deeper : item;
                }
                out.add(l.substring(0, indent(l)) + mark + (text.isEmpty() ? "" : " " + text));
            }
            return out;
        }

        /** Lines that start with a dash but are no bullet: a page number ("- 7 -"), a note or a source under a table. */
        static final Pattern NOT_BULLETS = Pattern.compile("^(?:[-–—]\\s*\\d{1,4}\\s*[-–—]|-\\s*(?:주|출처)\\s*:.*)$");

        /** The marks a line starts with, each followed by a blank (a mark glued to a word is no bullet). */
        static List<String> marks(String t) {
            List<String> out = new ArrayList<>();
            String rest = t;
            boolean found = true;
            while (found) {
                found = false;
                for (List<String> kind : List.of(KEPT_MARKS, LEAD_MARKS, ITEM_MARKS)) {
                    for (String m : kind) {
                        if (rest.startsWith(m) && rest.length() > m.length()
                                && Character.isWhitespace(rest.charAt(m.length()))) {
                            out.add(m);
                            rest = rest.substring(m.length()).stripLeading();
                            found = true;
                            break;
                        }
                    }
                    if (found) {
                        break;
                    }
                }
            }
            return out;
        }

        private static int indent(String l) {
            int i = 0;
            while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    /** How a section number is printed. */
    enum Numbering {
        BARE("%d "), DOTTED("%d. "), ROMAN("%s. "), HANGUL("%s. "), CLOSING_PARENTHESIS("%d) "),
        PARENTHESES("(%d) "), HANGUL_PARENTHESIS("%s) "), CHAPTER("제%d장 "), CLAUSE("제%d절 ");

        private static final String ROMANS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";
        private static final String HANGULS = "가나다라마바사아자차카타파하";

        private final String format;

        Numbering(String format) {
            this.format = format;
        }

        String print(int n) {
            return switch (this) {
                case ROMAN -> String.format(format, ROMANS.charAt(n - 1));
                case HANGUL, HANGUL_PARENTHESIS -> String.format(format, HANGULS.charAt(n - 1));
                default -> String.format(format, n);
            };
        }
    }

    /**
     * Section numbers: sections are numbered {@code top}, sub-sections {@code sub} (counted again in each section).
     * The heading's words stay.
     */
    record SectionNumbers(Numbering top, Numbering sub) implements StyleTransform {

        /** The number a heading of the development briefs starts with ("1 ", "Ⅱ. ", "가. ", "(1) ", "제2장 ", "제1절 "). */
        static final Pattern NUMBER = Pattern.compile(
                "^\\s*(?:제\\s*\\d{1,2}\\s*[장절]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\\.?|[IVX]{1,4}\\.|\\(\\d{1,2}\\)|\\d{1,2}[.)]?"
                        + "|[가-하][.)])\\s*");

        @Override
        public String name() {
            return "sections " + top.print(1).strip() + "/" + sub.print(1).strip();
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            List<String> out = new ArrayList<>(lines);
            int section = 0;
            int subsection = 0;
            for (int i = 1; i <= lines.size(); i++) {
                Integer level = headings.get(i);
                if (level == null) {
                    continue;
                }
                Matcher m = NUMBER.matcher(lines.get(i - 1));
                String words = m.lookingAt() ? lines.get(i - 1).substring(m.end()) : lines.get(i - 1).strip();
                if (level == 1) {
                    section++;
                    subsection = 0;
                    out.set(i - 1, top.print(section) + words);
                } else {
                    subsection++;
                    out.set(i - 1, sub.print(subsection) + words);
                }
            }
            return out;
        }
    }

    /** How a table's or figure's caption is bracketed. */
    enum Bracket {
        /** "[표 1] 제목". */
        SQUARE,
        /** "&lt;표 1&gt; 제목". */
        ANGLE,
        /** "〈 제목 〉" (no number). */
        CORNER
    }

    /**
     * Captions in another bracket style. A caption without a number gets the next table number; one with a number
     * keeps it (and its "(계속)").
     */
    record Captions(Bracket bracket) implements StyleTransform {

        static final Pattern NUMBERED = Pattern.compile("^\\s*[\\[<〈]\\s*(표|그림)\\s*(\\d{1,2}(?:-\\d{1,2})?)\\s*[\\]>〉]\\s*(.+)$");
        static final Pattern UNNUMBERED = Pattern.compile("^\\s*[〈<]\\s*(.+?)\\s*[〉>]\\s*$");

        @Override
        public String name() {
            return "captions " + print("표", "1", "").strip();
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            List<String> out = new ArrayList<>();
            int tables = 0;
            for (String l : lines) {
                Matcher n = NUMBERED.matcher(l);
                Matcher u = UNNUMBERED.matcher(l);
                if (!l.contains("\t") && n.matches()) {
                    out.add(print(n.group(1), n.group(2), n.group(3).strip()));
                } else if (!l.contains("\t") && u.matches() && !u.group(1).startsWith("ul") && !u.group(1).startsWith("/")) {
                    tables++;
                    out.add(print("표", String.valueOf(tables), u.group(1)));
                } else {
                    out.add(l);
                }
            }
            return out;
        }

        private String print(String kind, String number, String title) {
            return switch (bracket) {
                case SQUARE -> "[" + kind + " " + number + "] " + title;
                case ANGLE -> "<" + kind + " " + number + "> " + title;
                case CORNER -> "〈 " + title + " 〉";
            };
        }
    }

    /** How the cells of a table row are separated. */
    enum Cells {
        /** "a | b | c": a bar between cells, an empty cell printed as nothing between two bars. */
        PIPES,
        /** Columns aligned with spaces, as a PDF extraction that keeps the layout prints them. */
        ALIGNED
    }

    /** Table rows (tab-separated in the development briefs) printed with other cell separators. */
    record TableCells(Cells cells) implements StyleTransform {

        @Override
        public String name() {
            return cells == Cells.PIPES ? "cells a | b" : "cells aligned by spaces";
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            List<String> out = new ArrayList<>(lines);
            int i = 0;
            while (i < lines.size()) {
                if (!lines.get(i).contains("\t")) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < lines.size() && lines.get(i).contains("\t")) {
                    i++;
                }
                List<List<String>> rows = new ArrayList<>();
                for (int k = start; k < i; k++) {
                    rows.add(List.of(lines.get(k).split("\t", -1)));
                }
                List<String> printed = cells == Cells.PIPES ? pipes(rows) : aligned(rows);
                for (int k = start; k < i; k++) {
                    out.set(k, printed.get(k - start));
                }
            }
            return out;
        }

        private static List<String> pipes(List<List<String>> rows) {
            List<String> out = new ArrayList<>();
            for (List<String> r : rows) {
                out.add(String.join(" | ", r.stream().map(String::strip).toList()).strip());
            }
            return out;
        }

        /** Each column as wide as its widest cell (a Hangul or CJK character counts two) plus two spaces. */
        private static List<String> aligned(List<List<String>> rows) {
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] width = new int[columns];
            for (List<String> r : rows) {
                for (int c = 0; c < r.size() - 1; c++) {
                    width[c] = Math.max(width[c], CellSeparators.displayWidth(r.get(c).strip()));
                }
            }
            List<String> out = new ArrayList<>();
            for (List<String> r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < r.size(); c++) {
                    String cell = r.get(c).strip();
                    sb.append(cell);
                    if (c < r.size() - 1) {
                        sb.append(" ".repeat(width[c] - CellSeparators.displayWidth(cell) + 2));
                    }
                }
                out.add(sb.toString().stripTrailing());
            }
            return out;
        }
    }

    /**
     * A page number ("- 7 -") and a running header between pages: at the first blank line after every
     * {@code every} lines (so that no table row and no sentence is cut), a blank, the page number, a blank, the
     * header and a blank are inserted.
     */
    record PageNumbers(int every, String runningHeader) implements StyleTransform {

        @Override
        public String name() {
            return "page numbers every " + every + " lines";
        }

        @Override
        public boolean keepsLines() {
            return false;
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            List<String> out = new ArrayList<>();
            int since = 0;
            int page = 0;
            for (String l : lines) {
                out.add(l);
                since++;
                if (since >= every && l.isBlank()) {
                    page++;
                    out.addAll(List.of("", "- " + page + " -", "", runningHeader, ""));
                    since = 0;
                }
            }
            return out;
        }
    }

    /**
     * A page printed from a browser: a header of two fields apart by a tab (the print date and time, the page's
     * title) on top of every page, the first too, and a footer (the page's address, the page's number out of the
     * page count, "3/5") at its foot; pages end at the first blank line after every {@code every} lines, as with
     * {@link PageNumbers}.
     */
    record BrowserPages(int every, String header, String address) implements StyleTransform {

        @Override
        public String name() {
            return "browser header and footer every " + every + " lines";
        }

        @Override
        public boolean keepsLines() {
            return false;
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            List<Integer> breaks = new ArrayList<>();
            int since = 0;
            for (int i = 0; i < lines.size(); i++) {
                since++;
                if (since >= every && lines.get(i).isBlank()) {
                    breaks.add(i);
                    since = 0;
                }
            }
            int pages = breaks.size() + 1;
            List<String> out = new ArrayList<>(List.of(header, ""));
            int page = 0;
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.get(i));
                if (breaks.contains(i)) {
                    page++;
                    out.addAll(List.of(address + "\t" + page + "/" + pages, "", header, ""));
                }
            }
            out.addAll(List.of("", address + "\t" + pages + "/" + pages));
            return out;
        }
    }

    /** Blank lines removed (every one), or doubled (each run of blank lines printed twice as long). */
    record BlankLines(boolean removed) implements StyleTransform {

        @Override
        public String name() {
            return removed ? "no blank lines" : "blank lines doubled";
        }

        @Override
        public boolean keepsLines() {
            return false;
        }

        @Override
        public List<String> apply(List<String> lines, Map<Integer, Integer> headings) {
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                if (!l.isBlank()) {
                    out.add(l);
                } else if (!removed) {
                    out.add("");
                    out.add("");
                }
            }
            return out;
        }
    }
}
