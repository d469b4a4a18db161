package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The scheme a table of technology areas is, read from one passage of its caption, headers and items. */
class TableSchemeExtractorTest {

    private final TableSchemeExtractor schemes = new TableSchemeExtractor(TableSchemeExtractor.Settings.from(
            Briefs.layout()));

    private static ExtractionContext context(Optional<String> plan) {
        return new ExtractionContext(new EntityRecognizer(Lexicon.empty(), Briefs.layout().words()),
                id -> List.of(), Briefs.layout().extraction().classGroups(), Optional.empty(),
                ExtractionContext.ANY_DOCUMENT, text -> List.of(), text -> List.of(), text -> List.of(), plan);
    }

    /** A table passage: its caption ("" for none), "name header|items header", then its rows' names, an item each. */
    private static TextPassage table(String caption, String headers, String... rows) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(caption, "t4 L9", Optional.empty()));
        pieces.add(new TextPassage.Piece(headers.replace('|', '\t'), "t4 L10", Optional.of("4")));
        for (int i = 0; i < rows.length; i++) {
            pieces.add(new TextPassage.Piece(rows[i], "t4#" + (i + 1) + " L" + (11 + i), Optional.of(
                    String.valueOf(i + 1))));
            pieces.add(new TextPassage.Piece("핵심 부품", "t4#" + (i + 1) + " L" + (11 + i), Optional.of(
                    TableItems.ITEM)));
        }
        return TextPassage.joined("t4", pieces);
    }

    @Test
    void givenACaptionCountingAsManyTechnologiesAsRows_whenProposed_thenTheRowsAreAListOfThemByItsCountedTitle() {
        TextPassage t = table("〈표 4〉 2대 도약기술의 분류", "분야|핵심 기술", "조력발전", "투명소재");
        Proposal p = schemes.propose(t, context(Optional.of("plan")));

        assertEquals(List.of("plan technologyScheme TechnologyList '2대 도약기술'",
                "TechnologyList '2대 도약기술' count Count",
                "owl:Thing '조력발전' skos:inScheme TechnologyList '2대 도약기술'",
                "owl:Thing '투명소재' skos:inScheme TechnologyList '2대 도약기술'"), ProposalLines.of(p),
                "the title without its particle; the plan the brief is about has it as its scheme");
        assertEquals("table-scheme/list", p.facts().get(0).rule());
        assertEquals("2대 도약기술의", p.facts().get(0).evidence().in(t));
        assertEquals(CountedNoun.node("2", "도약기술"), p.facts().get(1).node(), "it counts what its title names");
    }

    @Test
    void givenACaptionCountingOtherThanTheRows_orNone_whenProposed_thenTheSchemeIsNamedByTheCaptionOrTheNumber() {
        TextPassage counted = table("3대 도약기술", "분야|핵심 기술", "조력발전", "투명소재");
        assertEquals("TechnologyScheme '3대 도약기술'", ProposalLines.name(schemes.propose(counted,
                context(Optional.empty())), "_:scheme"), "two rows are no list of three");
        Proposal untitled = schemes.propose(table("", "분야|핵심 기술", "조력발전"), context(Optional.empty()));
        assertEquals("table-scheme/member", untitled.facts().get(0).rule(), "no plan known, no fact of it");
        assertEquals(String.format(java.util.Locale.ROOT, Briefs.layout().structure().untitledTable(), 4),
                untitled.entities().get(0).name());
    }

    @Test
    void givenATableWhoseKindPutsNoRowsInAScheme_whenProposed_thenNothing() {
        assertEquals(Proposal.nothing(), schemes.propose(table("3대 미션", "미션|주요 내용", "청정 해양"),
                context(Optional.of("plan"))));
    }
}
