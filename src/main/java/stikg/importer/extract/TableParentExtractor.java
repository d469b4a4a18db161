package stikg.importer.extract;

import java.util.List;
import java.util.Optional;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.NameFolder;

/**
 * The area a table of sub-areas belongs to, read from the places that may name it ({@link
 * Extractor.Whole#TABLE_PLACES}): its caption first, else its section's title. The first area the draft defines
 * (in the context's outline) whose name, folded, lies within the place, or whose acronym the place prints, is the
 * table's area ({@code /caption}, {@code /section}); areas of the classes in their order (a policy area before a
 * sub-area). The merge links the table's rows to it.
 */
public final class TableParentExtractor implements Extractor {

    /** The property of a candidate from the table (by its id, the passage's locator) to the area it belongs to. */
    public static final String PARENT = "parentArea";

    /** The places, by the marks of their parts, in the order read. */
    private static final List<String> PLACES = List.of("caption", "section");

    /** The layout's {@code settings.tableParents}, and its words to fold names with. */
    public record Settings(List<String> areaClasses, int minimumName, NameFolder folder) {

        public static final Setting<List<String>> AREA_CLASSES = new Setting<>("areaClasses",
                List.of("PolicyArea", "SubArea"), "the classes of what a table of sub-areas may belong to, in the "
                        + "order tried (default: PolicyArea, SubArea)");
        public static final Setting<Integer> MINIMUM_NAME = new Setting<>("minimumName", 2,
                "a name shorter than this (folded) is too short to tell that a place names the area (default: 2)");

        public Settings {
            areaClasses = List.copyOf(areaClasses);
        }

        public static Settings from(LayoutConfig layout) {
            var given = Setting.given(layout.extraction().setting("tableParents"), "tableParents",
                    List.of(AREA_CLASSES, MINIMUM_NAME));
            return new Settings(AREA_CLASSES.from(given), MINIMUM_NAME.from(given), new NameFolder(layout.words()));
        }
    }

    private final Settings settings;

    public TableParentExtractor(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "table-parent";
    }

    @Override
    public Phase phase() {
        return Phase.PARENTS;
    }

    @Override
    public Whole reads() {
        return Whole.TABLE_PLACES;
    }

    @Override
    public List<CandidateFact> extract(TextPassage passage, ExtractionContext context) {
        for (TextPassage.Part part : passage.parts()) {
            Optional<String> mark = part.mark().filter(PLACES::contains);
            String place = part.in(passage);
            if (mark.isEmpty() || place.isBlank()) {
                continue;
            }
            Optional<DraftedThing> area = named(place, context.outline());
            if (area.isPresent()) {
                return List.of(new CandidateFact(passage.at(), PARENT, area.get().id(), false, id() + "/"
                        + mark.get(), new Evidence(passage.at(), part.start(), part.end()), "the table's " + mark.get()
                        + " names '" + area.get().name() + "'"));
            }
        }
        return List.of();
    }

    /** The first area of the outline, by class in order, whose name or acronym the place names. */
    private Optional<DraftedThing> named(String place, Outline outline) {
        String folded = settings.folder().fold(place);
        for (String type : settings.areaClasses()) {
            for (DraftedThing t : outline.things()) {
                if (!t.types().contains(type)) {
                    continue;
                }
                boolean named = t.names().stream().map(settings.folder()::fold).anyMatch(n -> n.length()
                        >= settings.minimumName() && folded.contains(n)) || t.acronyms().stream().anyMatch(
                        place::contains);
                if (named) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
