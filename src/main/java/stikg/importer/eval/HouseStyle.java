package stikg.importer.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import stikg.importer.eval.StyleTransform.Bracket;
import stikg.importer.eval.StyleTransform.Cells;
import stikg.importer.eval.StyleTransform.Numbering;
import stikg.importer.text.BriefText;
import stikg.importer.text.Segmentation;

/**
 * A house style a development brief can be re-printed in without changing what it says: a name and the
 * {@link StyleTransform}s that make it. Unseen briefs of the genre differ from the development briefs mostly in
 * house style (□/○ bullets, "[표 n]" captions, page numbers between pages, Roman-numeral sections, tables with bars
 * or runs of spaces), so the importer's recall on a re-printed development brief, scored against the same curated
 * file (entities are matched by names, facts by what they join, never by line), shows how much of its reading hangs
 * on the house style of the briefs it was developed on.
 */
public record HouseStyle(String name, List<StyleTransform> transforms) {

    public HouseStyle {
        transforms = List.copyOf(transforms);
    }

    /** The running header printed between pages (invented; no brief prints it). */
    static final String RUNNING_HEADER = "과학기술정책 브리프 제00호";
    /** A browser's header (print date and time, the page's title) and the page's address (invented). */
    static final String BROWSER_HEADER = "26. 12. 7. 오전 9:30\t과학기술정책 브리프 | 정책 노트";
    static final String BROWSER_ADDRESS = "https://www.example.org/brief/view?no=1";

    /**
     * The styles the evaluation re-prints development briefs in: each transform alone, then two whole house styles
     * (a government report and a think-tank report). Keyed by name.
     */
    public static Map<String, HouseStyle> standard() {
        StyleTransform government = new StyleTransform.BulletMarks("□", "○", "-");
        StyleTransform dots = new StyleTransform.BulletMarks("●", "▶", "·");
        StyleTransform roman = new StyleTransform.SectionNumbers(Numbering.ROMAN, Numbering.DOTTED);
        StyleTransform dotted = new StyleTransform.SectionNumbers(Numbering.DOTTED, Numbering.CLOSING_PARENTHESIS);
        StyleTransform hangul = new StyleTransform.SectionNumbers(Numbering.ROMAN, Numbering.HANGUL_PARENTHESIS);
        StyleTransform square = new StyleTransform.Captions(Bracket.SQUARE);
        StyleTransform angle = new StyleTransform.Captions(Bracket.ANGLE);
        StyleTransform pages = new StyleTransform.PageNumbers(40, RUNNING_HEADER);
        StyleTransform pipes = new StyleTransform.TableCells(Cells.PIPES);
        StyleTransform aligned = new StyleTransform.TableCells(Cells.ALIGNED);
        Map<String, HouseStyle> out = new LinkedHashMap<>();
        for (HouseStyle s : List.of(
                new HouseStyle("bullets-box", List.of(government)),
                new HouseStyle("bullets-dot", List.of(dots)),
                new HouseStyle("sections-roman", List.of(roman)),
                new HouseStyle("sections-dotted", List.of(dotted)),
                new HouseStyle("sections-hangul", List.of(hangul)),
                new HouseStyle("captions-square", List.of(square)),
                new HouseStyle("captions-angle", List.of(angle)),
                new HouseStyle("page-numbers", List.of(pages)),
                new HouseStyle("browser-print", List.of(new StyleTransform.BrowserPages(40, BROWSER_HEADER,
                        BROWSER_ADDRESS))),
                new HouseStyle("cells-pipes", List.of(pipes)),
                new HouseStyle("cells-aligned", List.of(aligned)),
                new HouseStyle("blanks-removed", List.of(new StyleTransform.BlankLines(true))),
                new HouseStyle("blanks-doubled", List.of(new StyleTransform.BlankLines(false))),
                new HouseStyle("government", List.of(government, roman, square, pages)),
                new HouseStyle("think-tank", List.of(dots, dotted, angle, pipes)))) {
            out.put(s.name(), s);
        }
        return out;
    }

    /** What this style is made of, for reports: "bullets □○-, captions [표 1]". */
    public String description() {
        return String.join(", ", transforms.stream().map(StyleTransform::name).toList());
    }

    /**
     * The brief re-printed in this style. {@code original} is the importer's segmentation of the brief as printed
     * (only its heading lines are used). Transforms that keep lines run first, in the order given.
     */
    public BriefText render(BriefText brief, Segmentation original) {
        Map<Integer, Integer> headings = new LinkedHashMap<>();
        for (Segmentation.Section s : original.sections()) {
            headings.put(s.firstLine(), s.parentId() == null ? 1 : 2);
        }
        List<String> lines = new ArrayList<>(brief.lines());
        for (StyleTransform t : transforms.stream().sorted(Comparator.comparing(t -> !t.keepsLines())).toList()) {
            lines = t.apply(lines, headings);
        }
        return new BriefText(brief.file(), lines);
    }
}
