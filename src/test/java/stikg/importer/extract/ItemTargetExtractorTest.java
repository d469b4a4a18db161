package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The targets a table item states, read from the item's text as a passage about the item. */
class ItemTargetExtractorTest {

    private final ItemTargetExtractor targets = new ItemTargetExtractor(ItemTargetExtractor.Settings.from(
            Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    @Test
    void givenAnItemWithAMultiplierAndACountAtLeast_whenExtracted_thenTheMultiplierFirstThenTheMinimumCount() {
        TextPassage item = new TextPassage("연구 거점 20개 이상 구축 및 투자 2배 확대", "t1#1 L9", Optional.of("measure-1"),
                List.of());
        List<CandidateFact> out = targets.extract(item, context);

        assertEquals(List.of(Map.of("multiplier", "2"), Map.of("count/Count/countValue", "20",
                "count/Count/isMinimum", "true")), out.stream().map(CandidateFact::node).toList());
        assertTrue(out.stream().allMatch(f -> f.subject().equals("measure-1") && f.property().equals("target")));
        assertEquals("2배", out.get(0).evidence().in(item));
    }

    @Test
    void givenAPassageAboutNothing_whenExtracted_thenNoTarget() {
        assertEquals(List.of(), targets.extract(new TextPassage("투자 2배 확대", "L3"), context));
    }
}
