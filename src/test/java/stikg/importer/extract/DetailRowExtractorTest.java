package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The rows of a detail table taken as the items of the row it details, read from one passage of both. */
class DetailRowExtractorTest {

    private final DetailRowExtractor details = new DetailRowExtractor(DetailRowExtractor.Settings.from(
            Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    /** The rows' names, then as many items' names. */
    private static TextPassage rowsAndItems(List<String> rows, List<String> items) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        rows.forEach(r -> pieces.add(new TextPassage.Piece(r, "t6#" + pieces.size() + " L40",
                Optional.of(DetailRowExtractor.ROW))));
        items.forEach(i -> pieces.add(new TextPassage.Piece(i, "t2#1 L12", Optional.of(DetailRowExtractor.ITEM))));
        return TextPassage.joined("t6", pieces);
    }

    @Test
    void givenRowsEachNamedWithinTheItemInTheSamePlace_whenProposed_thenEachRowIsThatItem() {
        Proposal p = details.propose(rowsAndItems(List.of("해양 관측", "VOS 확충"),
                List.of("연안 해양 관측 강화", "자발관측선(VOS) 확충 추진")), context);

        assertEquals(List.of("owl:Thing '연안 해양 관측 강화' sameThing owl:Thing '해양 관측'",
                "owl:Thing '자발관측선(VOS) 확충 추진' sameThing owl:Thing 'VOS 확충'"), ProposalLines.of(p),
                "by the row's name within the item's, or by every acronym it prints");
    }

    @Test
    void givenOnePairThatDoesNotMatch_orCountsThatDiffer_orOneRow_whenProposed_thenNothing() {
        assertEquals(Proposal.nothing(), details.propose(rowsAndItems(List.of("해양 관측", "극지 연구"),
                List.of("연안 해양 관측 강화", "심해 탐사 확대")), context));
        assertEquals(Proposal.nothing(), details.propose(rowsAndItems(List.of("해양 관측", "극지 연구"),
                List.of("연안 해양 관측 강화")), context));
        assertEquals(Proposal.nothing(), details.propose(rowsAndItems(List.of("해양 관측"),
                List.of("연안 해양 관측 강화")), context), "fewer rows than the setting's minimum");
    }
}
