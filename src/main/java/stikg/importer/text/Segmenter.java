package stikg.importer.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import stikg.importer.config.BulletKind;
import stikg.importer.config.LayoutConfig;

/**
 * A segmenter that reads the layout of a brief line by line: numbered sections and sub-sections, prose lines
 * with their markers and depth, tables (handed to a {@link TableAssembler} to merge pieces split by page
 * breaks), captions, sources, notes and page-bottom footnotes, with every mark separated from its word.
 */
public final class Segmenter {

    private final LayoutConfig layout;

    /** A heading is a short line; longer ones that start with "1." are numbered paragraphs or list items. */
    private static final int MAX_HEADING = 40;

    public Segmenter(LayoutConfig layout) {
        this.layout = layout;
    }

    /** What each line of the brief is. */
    enum LineKind { BLANK, TABLE, SECTION, SUBSECTION, CAPTION, SOURCE, NOTE, FOOTNOTE, BULLET, TEXT }

    public Segmentation segment(BriefText text) {
        LayoutConfig.Structure st = layout.structure();
        BriefText tabbed = new CellSeparators(st.cells(), st.page().pageNumber()).tabbed(text);
        PageFurniture.Cleaned cleaned = new PageFurniture(st.page()).clean(tabbed);
        Set<Integer> furniture = new HashSet<>(cleaned.pageNumbers());
        furniture.addAll(cleaned.runningHeaders());
        return new Pass(cleaned.text(), furniture).run();
    }

    /** The state of segmenting one brief. */
    /** The first group of a match that took part in it (a pattern of alternatives has one per alternative). */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return m.group();
    }

    /** A section number: Arabic (1, 2 …) or Roman (Ⅰ, Ⅱ … or I, II …), with any dot after it left out. */
    /**
     * How a section number is written: in digits alone, in digits with words around them ("제2장"), or in Roman
     * numerals; a brief keeps one way for its sections, so "Ⅳ" inside a chapter numbered "제3장" heads no section.
     */
    static String numeralStyle(String n) {
        String t = n.replace(".", "").strip();
        if (t.chars().allMatch(Character::isDigit)) {
            return "digits";
        }
        return t.chars().anyMatch(Character::isDigit) ? "words" : "roman";
    }

    static int numeral(String n) {
        String t = n.replace(".", "").strip();
        if (t.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(t);
        }
        // a number printed with words around its digits (a chapter's "제2장") is its digits
        String digits = t.replaceAll("\\D", "");
        if (!digits.isEmpty() && digits.length() <= 2) {
            return Integer.parseInt(digits);
        }
        String unicode = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";
        if (t.length() == 1 && unicode.indexOf(t.charAt(0)) >= 0) {
            return unicode.indexOf(t.charAt(0)) + 1;
        }
        int total = 0;
        int previous = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> -1000;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private final class Pass {
        private final BriefText text;
        private final LayoutConfig.Structure st = layout.structure();
        private final LineKind[] kinds;
        private final List<Segmentation.Footnote> footnotes = new ArrayList<>();
        private final List<stikg.diag.Problem> warnings = new ArrayList<>();
        private MarkStripper marks;
        /** The lines a page break left (page numbers, running headers), blank in {@link #text}. */
        private final Set<Integer> furniture;

        Pass(BriefText text, Set<Integer> furniture) {
            this.text = text;
            this.kinds = new LineKind[text.lineCount() + 2];
            this.furniture = Set.copyOf(furniture);
        }

        Segmentation run() {
            Set<String> defined = findFootnotes();
            marks = new MarkStripper(st, defined);
            List<Heading> headings = classify(true);
            Optional<Segmentation.Title> title = title(headings);
            // "1." lines above the title are not its sections (a header or summary box numbers its points)
            int titleLine = title.map(Segmentation.Title::line).orElse(0);
            if (headings.stream().anyMatch(h -> h.dotted() && h.line() < titleLine)) {
                headings = classify(false);
                title = title(headings);
            }
            List<Segmentation.Section> sections = sections(headings);
            List<Segmentation.ProseLine> prose = prose(title.map(Segmentation.Title::line).orElse(0));
            List<Segmentation.Caption> captions = new ArrayList<>();
            List<Segmentation.SourceLine> sources = new ArrayList<>();
            for (int i = 1; i <= text.lineCount(); i++) {
                if (kinds[i] == LineKind.CAPTION) {
                    Matcher m = st.caption().matcher(text.line(i).strip());
                    captions.add(new Segmentation.Caption(i, m.matches() ? clean(firstGroup(m)) : clean(text.line(i))));
                } else if (kinds[i] == LineKind.SOURCE) {
                    Matcher m = st.sourceLine().matcher(text.line(i).strip());
                    sources.add(new Segmentation.SourceLine(i, m.matches() ? m.group(1).strip() : text.line(i).strip()));
                }
            }
            List<Segmentation.Table> tables = new TableAssembler(layout, new CellListParser(st, marks), text.file())
                    .assemble(pieces(captions, sources), warnings);
            return new Segmentation(text, title, sections, prose, tables, captions, sources, footnotes, notes(),
                    warnings);
        }

        /** Finds page-bottom footnotes: "n) …" at the margin, numbered as a mark on an earlier line. */
        private Set<String> findFootnotes() {
            Set<String> seen = new HashSet<>();
            Set<String> defined = new HashSet<>();
            for (int i = 1; i <= text.lineCount(); i++) {
                String line = text.line(i);
                Matcher d = st.footnoteDefinition().matcher(line);
                // "1) …", or "¹ …" where the brief marks its footnotes with bare superscripts
                String number = d.matches() ? MarkStripper.fromSuperscript(firstGroup(d)) : null;
                if (!line.contains("\t") && !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && d.matches()
                        && seen.contains(number) && !defined.contains(number)) {
                    defined.add(number);
                    int last = i;
                    while (last + 1 <= text.lineCount() && isContinuation(text.line(last + 1))) {
                        last++;
                    }
                    StringBuilder sb = new StringBuilder(d.group(d.groupCount()).strip());
                    for (int j = i; j <= last; j++) {
                        kinds[j] = LineKind.FOOTNOTE;
                        if (j > i) {
                            sb.append(' ').append(text.line(j).strip());
                        }
                    }
                    footnotes.add(new Segmentation.Footnote(number, sb.toString(), i, last));
                    i = last;
                    continue;
                }
                seen.addAll(MarkStripper.candidateMarks(st, line));
            }
            return defined;
        }

        /** A line that carries a footnote on: text with no marker, no table cell and no structure of its own. */
        private boolean isContinuation(String line) {
            String t = line.strip();
            return !t.isEmpty() && !line.contains("\t") && bulletMarker(t) == null
                    && !st.footnoteDefinition().matcher(t).matches() && !st.caption().matcher(t).matches()
                    && !st.sourceLine().matcher(t).matches() && !st.sectionHeading().matcher(t).matches();
        }

        /** A section or sub-section heading line. */
        /** A heading; {@code dotted} for a top section numbered "1." in a brief without other section numbers. */
        private record Heading(int line, int level, String number, String id, String title, boolean dotted) {
            Heading(int line, int level, String number, String id, String title) {
                this(line, level, number, id, title, false);
            }
        }

        private List<Heading> classify(boolean dottedAllowed) {
            List<Heading> headings = new ArrayList<>();
            int nextSection = 1;
            int nextSub = 0;
            String sectionId = null;
            boolean inNote = false;
            // under a section numbered in Roman numerals (Ⅰ, Ⅱ …) sub-sections are numbered 1., 2. … or (1), (2) …
            boolean romanSection = false;
            String headingStyle = null;   // how the first section heading writes its number: later ones write it so
            // top sections numbered "1.", "2." … (set by the first one)
            boolean dottedSections = false;
            for (int i = 1; i <= text.lineCount(); i++) {
                if (kinds[i] == LineKind.FOOTNOTE) {
                    inNote = false;
                    continue;
                }
                String line = text.line(i);
                String t = line.strip();
                if (t.isEmpty()) {
                    kinds[i] = LineKind.BLANK;
                    inNote = false;
                    continue;
                }
                if (line.contains("\t")) {
                    kinds[i] = LineKind.TABLE;
                    continue;
                }
                Matcher h = st.sectionHeading().matcher(t);
                if (h.matches() && numeral(h.group(1)) == nextSection
                        && (headingStyle == null || headingStyle.equals(numeralStyle(h.group(1))))) {
                    headingStyle = numeralStyle(h.group(1));
                    kinds[i] = LineKind.SECTION;
                    sectionId = "s" + nextSection;
                    headings.add(new Heading(i, 1, String.valueOf(nextSection), sectionId, clean(h.group(2))));
                    romanSection = !Character.isDigit(h.group(1).charAt(0));
                    nextSection++;
                    nextSub = 0;
                    continue;
                }
                Matcher numbered = st.numberedSubHeading().matcher(t);
                // a brief without Roman numerals may number its top sections "1. 들어가며", "2. 전략의 구조" (a
                // short line set apart by blank lines, not a sentence, its number next in order, before any other
                // kind of section; items of a numbered list run on from line to line)
                if (dottedAllowed && (sectionId == null || dottedSections) && numbered.matches()
                        && Integer.parseInt(numbered.group(1)) == nextSection && t.length() <= MAX_HEADING
                        && !st.page().sentenceEnd().matcher(t).find() && blankAt(i - 1) && blankAt(i + 1)) {
                    kinds[i] = LineKind.SECTION;
                    sectionId = "s" + nextSection;
                    headings.add(new Heading(i, 1, String.valueOf(nextSection), sectionId, clean(numbered.group(2)),
                            true));
                    dottedSections = true;
                    romanSection = false;
                    nextSection++;
                    nextSub = 0;
                    continue;
                }
                // a heading ends no sentence: "2) 위원회(2026.2.18.). 「…」 부록 2." numbered next is a footnote; and it
                // stands at the margin: an indented "1) 분야: A, B" is an item of a list
                if (sectionId != null && romanSection && numbered.matches()
                        && Integer.parseInt(numbered.group(1)) == nextSub + 1
                        && !st.page().sentenceEnd().matcher(t).find() && line.equals(t)) {
                    kinds[i] = LineKind.SUBSECTION;
                    String letter = String.valueOf((char) ('a' + nextSub));
                    headings.add(new Heading(i, 2, (nextSection - 1) + "." + numbered.group(1),
                            sectionId + "-" + letter, clean(numbered.group(2))));
                    nextSub++;
                    continue;
                }
                Matcher sub = st.subHeading().matcher(t);
                // "가)" marks list items as often as headings: as a heading it is a short line ending no sentence,
                // at the margin, set apart by blank lines
                boolean closingParenthesis = t.length() > 1 && t.charAt(1) == ')';
                if (sectionId != null && sub.matches() && nextSub < st.subMarkers().size()
                        && sub.group(1).equals(st.subMarkers().get(nextSub)) && (!closingParenthesis
                        || t.length() <= MAX_HEADING && !st.page().sentenceEnd().matcher(t).find()
                        && line.equals(t) && blankAt(i - 1) && blankAt(i + 1))) {
                    kinds[i] = LineKind.SUBSECTION;
                    String letter = String.valueOf((char) ('a' + nextSub));
                    headings.add(new Heading(i, 2, (nextSection - 1) + "." + sub.group(1), sectionId + "-" + letter,
                            clean(sub.group(2))));
                    nextSub++;
                    continue;
                }
                if (st.caption().matcher(t).matches()) {
                    kinds[i] = LineKind.CAPTION;
                } else if (st.sourceLine().matcher(t).matches()) {
                    kinds[i] = LineKind.SOURCE;
                } else if (st.noteLine().matcher(t).matches()) {
                    kinds[i] = LineKind.NOTE;
                    inNote = true;
                } else if (inNote && Character.isWhitespace(line.charAt(0))
                        && st.noteContinuation().matcher(t).matches()) {
                    kinds[i] = LineKind.NOTE;
                } else if (bulletMarker(t) != null) {
                    kinds[i] = LineKind.BULLET;
                    inNote = false;
                } else {
                    kinds[i] = LineKind.TEXT;
                    inNote = false;
                }
            }
            return headings;
        }

        /** Whether a line is blank or outside the text. */
        private boolean blankAt(int i) {
            return i < 1 || i > text.lineCount() || text.line(i).isBlank();
        }

        private List<Segmentation.Section> sections(List<Heading> headings) {
            List<Segmentation.Section> out = new ArrayList<>();
            for (int k = 0; k < headings.size(); k++) {
                Heading h = headings.get(k);
                int end = text.lineCount();
                for (int j = k + 1; j < headings.size(); j++) {
                    if (headings.get(j).level() <= h.level()) {
                        end = headings.get(j).line() - 1;
                        break;
                    }
                }
                while (end > h.line() && kinds[end] == LineKind.BLANK) {
                    end--;
                }
                String parent = h.level() == 1 ? null : h.id().substring(0, h.id().indexOf('-'));
                out.add(new Segmentation.Section(h.id(), h.number(), h.title(), parent, h.line(), end));
            }
            return out;
        }

        /**
         * The title: of the text lines before the first heading (a section numbered "1." does not count, since a
         * box above the title may number its points so) that do not end a sentence (a summary paragraph is prose,
         * even where a footnote mark is glued to its last word), the first that carries a footnote mark (a brief
         * hangs its author's footnote on its title) or names a document in quotes (the title names the plan it is
         * about: "아르벤 공화국 「제7차 …」 요약", below a series line such as "해외 과학기술정책 동향 2026-14호"); or
         * else the first text line.
         */
        private Optional<Segmentation.Title> title(List<Heading> headings) {
            int limit = headings.stream().filter(h -> !h.dotted()).mapToInt(Heading::line).findFirst()
                    .orElse(text.lineCount() + 1);
            Optional<Segmentation.Title> first = Optional.empty();
            for (int i = 1; i < limit; i++) {
                if (kinds[i] == LineKind.TEXT || kinds[i] == LineKind.BULLET || kinds[i] == LineKind.SECTION) {
                    MarkedText m = marks.strip(text.line(i).strip());
                    Segmentation.Title t = new Segmentation.Title(i, m.text().strip(), m.footnotes());
                    if (first.isEmpty() && kinds[i] != LineKind.SECTION) {
                        first = Optional.of(t);
                    }
                    if (kinds[i] == LineKind.SECTION || st.page().sentenceEnd().matcher(t.text()).find()) {
                        continue;
                    }
                    if (!m.footnotes().isEmpty() || namesQuoted(t.text())) {
                        return Optional.of(t);
                    }
                }
            }
            return first;
        }

        /** Whether a text holds a name between a pair of the grammar's quotes. */
        private boolean namesQuoted(String s) {
            for (LayoutConfig.Quote q : layout.words().quotes()) {
                int open = s.indexOf(q.open());
                if (open >= 0 && s.indexOf(q.close(), open + q.open().length() + 1) > 0) {
                    return true;
                }
            }
            return false;
        }

        private List<Segmentation.ProseLine> prose(int titleLine) {
            List<Segmentation.ProseLine> out = new ArrayList<>();
            for (int i = 1; i <= text.lineCount(); i++) {
                if ((kinds[i] != LineKind.BULLET && kinds[i] != LineKind.TEXT) || i == titleLine) {
                    continue;
                }
                String line = text.line(i);
                int indent = 0;
                while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
                    indent++;
                }
                String rest = line.substring(indent);
                LayoutConfig.BulletMarker effective = null;
                LayoutConfig.BulletMarker m;
                while ((m = bulletMarker(rest)) != null) {
                    effective = m;
                    rest = rest.substring(m.marker().length()).stripLeading();
                }
                MarkedText marked = marks.strip(rest);
                out.add(new Segmentation.ProseLine(i, indent > 0 ? 1 : 0, effective == null ? "" : effective.marker(),
                        effective == null ? BulletKind.TEXT : effective.kind(), marked.text().strip(),
                        marked.footnotes(), marked.starred(), i));
            }
            return joinWrapped(out);
        }

        /**
         * Prose hard-wrapped by the PDF extraction, put back together: a line without a marker right below a long
         * line that does not end a sentence continues it ("…「연구·혁신 미래전략" / "2035(Zukunftsstrategie …)」를
         * 확정하였다."), so that a name or a gloss cut by the wrap is whole again. The joined line keeps the number
         * of its first line and gives the one of its last as {@code lastLine}.
         */
        private List<Segmentation.ProseLine> joinWrapped(List<Segmentation.ProseLine> lines) {
            List<Segmentation.ProseLine> out = new ArrayList<>();
            for (Segmentation.ProseLine q : lines) {
                Segmentation.ProseLine p = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean continues = p != null && q.line() == p.lastLine() + 1 && q.kind() == BulletKind.TEXT
                        && q.depth() == 0 && lastPhysicalLength(p) >= st.page().wrapWidth()
                        && !st.page().sentenceEnd().matcher(p.text()).find() && !q.text().isEmpty()
                        && !st.page().fieldLine().matcher(q.text()).find() && !fields(p) && !fields(q)
                        || p != null && continuesOverPageBreak(p, q);
                if (!continues) {
                    out.add(q);
                    continue;
                }
                List<String> footnotes = new ArrayList<>(p.footnotes());
                footnotes.addAll(q.footnotes());
                List<String> starred = new ArrayList<>(p.starred());
                starred.addAll(q.starred());
                String glue = p.text().endsWith("-") && !p.text().endsWith(" -") ? "" : " ";
                out.set(out.size() - 1, new Segmentation.ProseLine(p.line(), p.depth(), p.marker(), p.kind(),
                        p.text() + glue + q.text(), footnotes, starred, q.line()));
            }
            return out;
        }

        /**
         * An indented list item a page break cuts: the last line of a page, indented, that ends no sentence and is
         * long (or ends with a comma, as a list cut at the page's foot does) goes on at the first line of the next
         * page, past the page number and running header, printed with the same hanging indent and no marker ("3)
         * 에너지 전환: 청정수소, 차세대 이차전지," / footer / header / "첨단 원자력(…)"). A paragraph at the margin cut
         * so is left apart: joined, (f)'s L97/L104 led a reader of clauses to date the brief itself.
         */
        private boolean continuesOverPageBreak(Segmentation.ProseLine p, Segmentation.ProseLine q) {
            if (q.line() <= p.lastLine() + 1 || q.kind() != BulletKind.TEXT || q.text().isEmpty() || p.depth() == 0
                    || q.depth() != p.depth() || st.page().sentenceEnd().matcher(p.text()).find()
                    || st.page().fieldLine().matcher(q.text()).find()
                    || lastPhysicalLength(p) < st.page().wrapWidth() && !p.text().endsWith(",")) {
                return false;
            }
            boolean brokeHere = false;
            for (int i = p.lastLine() + 1; i < q.line(); i++) {
                if (!text.line(i).isBlank()) {
                    return false;
                }
                brokeHere |= furniture.contains(i);
            }
            return brokeHere;
        }

        /**
         * Whether a line prints fields apart by a bar between blanks ("글 | 홍길동 연구위원", "게시일 2026-01-05 |
         * 조회 17"): such a line (a byline, a masthead, a date line) stands on its own, as a field line does.
         */
        private boolean fields(Segmentation.ProseLine p) {
            String bar = st.cells().bar();
            return bar != null && !bar.isEmpty() && p.text().contains(" " + bar + " ");
        }

        /** The length of the last printed line a prose line was read from. */
        private int lastPhysicalLength(Segmentation.ProseLine p) {
            return text.line(p.lastLine()).strip().length();
        }

        /**
         * The bullet marker a line starts with (followed by a blank or the end), or null: one the grammar lists, or
         * else a mark of a bullet's shape (an arrow, a geometric shape: ▶, ◆, ➢), whose kind is decided by the
         * level the brief prints it at — an item if the brief ever indents it, a leading statement if it always
         * stands at the margin — so that a house style's own marks are read without listing them.
         */
        private LayoutConfig.BulletMarker bulletMarker(String t) {
            for (LayoutConfig.BulletMarker b : st.bullets()) {
                if (t.startsWith(b.marker())) {
                    int end = b.marker().length();
                    if (end == t.length() || Character.isWhitespace(t.charAt(end))) {
                        return b;
                    }
                }
            }
            String shape = shapeMark(t);
            if (shape == null) {
                return null;
            }
            return new LayoutConfig.BulletMarker(shape, indentedShapes().contains(shape) ? BulletKind.ITEM
                    : BulletKind.LEAD);
        }

        /** The bullet-shaped mark a line starts with, followed by a blank, or null. */
        private String shapeMark(String t) {
            if (t.isEmpty()) {
                return null;
            }
            String first = new String(Character.toChars(t.codePointAt(0)));
            int end = first.length();
            return st.bulletShape().matcher(first).matches() && end < t.length()
                    && Character.isWhitespace(t.charAt(end)) ? first : null;
        }

        private Set<String> indentedShapes;

        /** The bullet-shaped marks (not listed in the grammar) the brief prints on an indented line. */
        private Set<String> indentedShapes() {
            if (indentedShapes == null) {
                indentedShapes = new HashSet<>();
                for (String line : text.lines()) {
                    if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !line.contains("\t")) {
                        String mark = shapeMark(line.strip());
                        if (mark != null) {
                            indentedShapes.add(mark);
                        }
                    }
                }
            }
            return indentedShapes;
        }

        private List<Segmentation.Note> notes() {
            List<Segmentation.Note> out = new ArrayList<>();
            int i = 1;
            while (i <= text.lineCount()) {
                if (kinds[i] == LineKind.NOTE && st.noteLine().matcher(text.line(i).strip()).matches()) {
                    int last = i;
                    while (last + 1 <= text.lineCount() && kinds[last + 1] == LineKind.NOTE
                            && !st.noteLine().matcher(text.line(last + 1).strip()).matches()) {
                        last++;
                    }
                    List<String> items = new ArrayList<>();
                    Matcher first = st.noteLine().matcher(text.line(i).strip());
                    if (first.matches()) {
                        items.add(noteItem(first.group(1)));
                    }
                    for (int j = i + 1; j <= last; j++) {
                        items.add(noteItem(text.line(j).strip()));
                    }
                    out.add(new Segmentation.Note(i, last, items));
                    i = last + 1;
                } else {
                    i++;
                }
            }
            return out;
        }

        private String noteItem(String t) {
            Matcher m = st.noteContinuation().matcher(t);
            return clean(m.matches() ? m.group(1) : t);
        }

        /** The table lines cut into pieces (runs of rows), each with what surrounds it. */
        private List<TableAssembler.Piece> pieces(List<Segmentation.Caption> captions,
                List<Segmentation.SourceLine> sources) {
            List<TableAssembler.Piece> out = new ArrayList<>();
            int i = 1;
            int previousEnd = 0;
            while (i <= text.lineCount()) {
                if (kinds[i] != LineKind.TABLE) {
                    i++;
                    continue;
                }
                int start = i;
                List<TableAssembler.RawRow> rows = new ArrayList<>();
                while (i <= text.lineCount() && kinds[i] == LineKind.TABLE) {
                    rows.add(new TableAssembler.RawRow(i, List.of(text.line(i).split("\t", -1))));
                    i++;
                }
                int end = i - 1;
                Segmentation.Caption caption = null;
                int j = start - 1;
                // a unit line ("(단위: 억 원)") may stand between a caption and its table, with blank lines or none
                while (j > 0 && (kinds[j] == LineKind.BLANK
                        || layout.numbers().unitLine().matcher(text.line(j).strip()).matches())) {
                    j--;
                }
                if (j > 0 && kinds[j] == LineKind.CAPTION) {
                    final int cl = j;
                    caption = captions.stream().filter(c -> c.line() == cl).findFirst().orElse(null);
                }
                // a caption printed again with "(계속)" over a table's rest does not start another table
                boolean continued = caption != null
                        && st.page().continuedCaption().matcher(text.line(caption.line()).strip()).find();
                boolean joinable = previousEnd > 0 && (caption == null || continued);
                for (int k = previousEnd + 1; joinable && k < start; k++) {
                    joinable = kinds[k] == LineKind.BLANK || kinds[k] == LineKind.FOOTNOTE
                            || continued && k == caption.line();
                }
                if (continued && joinable) {
                    caption = null;
                }
                Segmentation.SourceLine source = null;
                int k = end + 1;
                while (k <= text.lineCount() && (kinds[k] == LineKind.BLANK || kinds[k] == LineKind.NOTE)) {
                    k++;
                }
                if (k <= text.lineCount() && kinds[k] == LineKind.SOURCE) {
                    final int sl = k;
                    source = sources.stream().filter(s -> s.line() == sl).findFirst().orElse(null);
                }
                out.add(new TableAssembler.Piece(rows, caption, joinable, source));
                previousEnd = end;
            }
            return out;
        }

        private String clean(String s) {
            return marks.strip(s).text().strip();
        }
    }
}
