package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The area a table of sub-areas belongs to, named in its caption or its section's title, as the outline knows it. */
class TableParentExtractorTest {

    private final TableParentExtractor parents = new TableParentExtractor(TableParentExtractor.Settings.from(
            Briefs.layout()));

    /** The draft's areas: a policy area glossed with an acronym, and a sub-area named in two languages. */
    private static final Outline OUTLINE = new Outline(List.of(
            new DraftedThing("m1", List.of("Measure"), "해양 관측", Map.of()),
            new DraftedThing("sub", List.of("SubArea"), "해양 관측", Map.of(), List.of("해양 관측", "Ocean Watch"),
                    List.of()),
            new DraftedThing("area", List.of("PolicyArea"), "청정 해양 연구", Map.of(), List.of("청정 해양 연구"),
                    List.of("COR"))), Map.of());

    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups())
            .withOutline(OUTLINE);

    private static TextPassage places(String caption, String section) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        if (caption != null) {
            pieces.add(new TextPassage.Piece(caption, "t5 L30", Optional.of("caption")));
        }
        pieces.add(new TextPassage.Piece(section, "L20", Optional.of("section")));
        return TextPassage.joined("t5", pieces);
    }

    private List<String> parent(TextPassage p) {
        return parents.extract(p, context).stream().map(f -> f.subject() + " " + f.property() + " " + f.object()
                + " (" + f.rule() + ")").toList();
    }

    @Test
    void givenACaptionNamingAnAreaByItsAcronym_whenExtracted_thenThePolicyAreaComesBeforeTheSubAreaTheSectionNames() {
        assertEquals(List.of("t5 parentArea area (table-parent/caption)"),
                parent(places("〈표 5〉 COR 세부 과제", "3. 해양 관측")));
    }

    @Test
    void givenNoCaption_whenExtracted_thenTheSectionTitleNamesTheArea_ByAnyOfItsNamesButNotAsAnItem() {
        assertEquals(List.of("t5 parentArea sub (table-parent/section)"), parent(places(null, "3. Ocean Watch 과제")));
        assertEquals(List.of(), parent(places("〈표 5〉 세부 과제", "3. 추진 과제")), "no place names an area");
    }
}
