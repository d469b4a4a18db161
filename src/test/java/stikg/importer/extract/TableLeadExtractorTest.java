package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** Who a lead column other than the first and the last names for each row, read from one passage of the table. */
class TableLeadExtractorTest {

    private final TableLeadExtractor leads = new TableLeadExtractor(TableLeadExtractor.Settings.from(Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    private static TextPassage table(String... rows) {
        return TextPassage.joined("t3", java.util.stream.IntStream.range(0, rows.length).mapToObj(i ->
                new TextPassage.Piece(rows[i], "t3#" + i + " L" + (20 + i), Optional.of(String.valueOf(i)))).toList());
    }

    @Test
    void givenAMiddleLeadColumn_whenProposed_thenEachRowIsLedByEveryBodyItsCellLists_WithTheAcronymItsGlossGives() {
        TextPassage t = table("미션\t2035년 목표\t주관 부처\t대표 사업", "청정 해양\t탄소 50% 감축\t가상부·해양연구청(VORA)\t도약연구",
                "양자 강국\t큐비트 1000개\t\t신진연구");
        Proposal p = leads.propose(t, context);

        java.util.Map<String, String> names = new java.util.HashMap<>();
        p.entities().forEach(e -> names.put(e.key(), e.name()));
        List<String> led = p.facts().stream().filter(f -> f.rule().equals("table-lead/body"))
                .map(f -> names.get(f.subject()) + " <- " + names.get(f.object())).toList();
        assertEquals(List.of("청정 해양 <- 가상부", "청정 해양 <- 해양연구청"), led, "a blank lead cell leads nothing");
        List<String> acronyms = p.facts().stream().filter(f -> f.property().equals(TableLeadExtractor.ACRONYM))
                .map(f -> names.get(f.subject()) + " = " + f.object()).toList();
        assertEquals(List.of("해양연구청 = VORA"), acronyms);
        assertEquals("가상부·해양연구청(VORA)", p.facts().get(0).evidence().in(t), "the evidence is the lead cell");
    }

    @Test
    void givenALeadHeaderOnlyInTheLastColumn_whenProposed_thenItIsLeftToTheTableReader() {
        assertEquals(Proposal.nothing(), leads.propose(table("과제\t내용\t주관 부처",
                "청정 해양\t탄소 감축\t가상부"), context));
    }
}
