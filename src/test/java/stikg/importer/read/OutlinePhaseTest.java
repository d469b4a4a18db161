package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.draft.EntityBuilder;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * The outline phase: its extractors read the rows of policy areas against a copy of the draft's outline, and the
 * links they propose are written into the items' definitions, with their rule. Names written for this test.
 */
class OutlinePhaseTest {

    private final LayoutConfig layout = Briefs.layout();
    private final EntityBook book = new EntityBook("doc", Lexicon.empty(), "ko");

    @Test
    void givenAnOverviewRowAndTheSubAreasOfItsArea_whenRead_thenEachEchoingItemIsRelatedToItsSubAreaInItsDefinition() {
        String area = book.define("area-1", "PolicyArea", "t1#1 L20").label("ko", "연구 역량").id();
        EntityBuilder echoing = book.define("area-1-1", "Measure", "t1#1 L20").label("ko", "산학연계 강화");
        EntityBuilder other = book.define("area-1-2", "Measure", "t1#1 L20").label("ko", "우주 탐사");
        String sub = book.define("sub-1", "SubArea", "L40").label("ko", "산학연계").ref("subAreaOf", area, null).id();
        // a row of another kind is not an overview row
        String programme = book.define("prog-1", "Program", "t2#1 L60").label("ko", "연구 사업").id();
        EntityBuilder item = book.define("prog-1-1", "Measure", "t2#1 L60").label("ko", "산학연계 지원");

        new OutlinePhase(layout, book, new ExtractionContext(new EntityRecognizer(Lexicon.empty(), layout.words()),
                book::typesOf, layout.extraction().classGroups(), Optional.empty()))
                .read(Map.of(area, List.of(echoing, other), programme, List.of(item)));

        assertEquals(List.of(sub), BookFacts.values(book, echoing.id(), "skos:related"));
        assertEquals(List.of(), BookFacts.values(book, other.id(), "skos:related"));
        assertEquals(List.of(), BookFacts.values(book, item.id(), "skos:related"));
        assertTrue(BookFacts.definition(book, echoing.id()).comments().stream()
                .anyMatch(c -> c.endsWith("[rule overview-link/echo]")), "the link carries its rule");
    }
}
