package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** A table whose columns are things and whose rows are their attributes, read from one passage of its rows. */
class TransposedTableExtractorTest {

    private final TransposedTableExtractor tables = new TransposedTableExtractor(
            TransposedTableExtractor.Settings.from(Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    private static TextPassage table(String... rows) {
        return TextPassage.joined("t4", java.util.Arrays.stream(rows).map(r -> new TextPassage.Piece(r, "L9",
                Optional.empty())).toList());
    }

    @Test
    void givenALeadRowAndAProgrammeRow_whenProposed_thenEachColumnsThingIsLedByItsBodiesAndSupportedByItsProgramme() {
        TextPassage t = table("구분\t조력발전\t투명소재", "주관 기관\t가상부, 연구청\t연구청", "대표 사업\t도약연구 사업(LRP)\t");
        Proposal p = tables.propose(t, context);

        List<String> columns = p.entities().stream().filter(e -> e.local().equals(TransposedTableExtractor.COLUMN))
                .map(CandidateEntity::name).toList();
        assertEquals(List.of("조력발전", "투명소재"), columns);
        assertEquals(3, p.facts().stream().filter(f -> f.rule().equals("transposed-table/lead")).count(),
                "a cell naming two bodies leads with both");
        CandidateEntity programme = p.entities().stream().filter(e -> e.type().equals("Program")).findFirst()
                .orElseThrow();
        assertEquals("도약연구 사업", programme.name(), "the name without its gloss");
        assertTrue(p.facts().stream().anyMatch(f -> f.subject().equals(programme.key())
                && f.property().equals("skos:altLabel@en") && f.object().equals("LRP")));
    }

    @Test
    void givenATableWithoutALeadRow_whenProposed_thenItIsNoTransposedTable() {
        assertEquals(Proposal.nothing(), tables.propose(table("구분\t조력발전\t투명소재",
                "대표 사업\t도약연구 사업\t신진연구 사업"), context));
    }
}
