package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The kind, rows and items of a table of things in rows, read from one passage of its caption, headers and items. */
class TableItemExtractorTest {

    private final TableItemExtractor items = new TableItemExtractor(TableItemExtractor.Settings.from(
            Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    /**
     * A table passage: its caption ("" for none), "name header|items header", then rows as "mark|name" and their
     * items as "-text" (a tab before the text for each level nested) or "※text" (a remark).
     */
    private static TextPassage table(String caption, String headers, String... rows) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(caption, "t2 L9", Optional.empty()));
        pieces.add(new TextPassage.Piece(headers.replace('|', '\t'), "t2 L10", Optional.of("2")));
        String at = "t2";
        for (String r : rows) {
            if (r.startsWith(TableItems.ITEM) || r.startsWith(TableItems.REMARK)) {
                pieces.add(new TextPassage.Piece(r.substring(1), at, Optional.of(r.substring(0, 1))));
            } else {
                String[] c = r.split("\\|", -1);
                at = "t2#" + c[0] + " L" + (11 + pieces.size());
                pieces.add(new TextPassage.Piece(c[1], at, Optional.of(c[0])));
            }
        }
        return TextPassage.joined("t2", pieces);
    }

    @Test
    void givenASubAreaTable_whenProposed_thenEachItemIsAMeasurePerActionUnderItsRow_ANestedOnePartOfTheItemAbove() {
        TextPassage t = table("", "세부 영역|주요 내용", "1|해양 연구", "-연구 거점 구축, 해양 관측망 확충",
                "-\t소형 관측선 도입", "※관측망: 연안 관측 장비");
        Proposal p = items.propose(t, context);

        assertEquals(List.of("t2 tableKind sub-areas",
                "Measure '연구 거점 구축' underArea SubArea '해양 연구'",
                "Measure '해양 관측망 확충' underArea SubArea '해양 연구'",
                "Measure '소형 관측선 도입' underArea SubArea '해양 연구'",
                "Measure '소형 관측선 도입' partOf Measure '연구 거점 구축'"), ProposalLines.of(p),
                "a remark is no item; a nested item is part of the first action of the item it is under");
        assertEquals("table-items/headers", p.facts().get(0).rule());
        assertEquals(List.of("1", "1-1", "1-2", "2"), p.entities().stream().map(CandidateEntity::local).toList(),
                "a row by its mark, an item by its place and its action's");
        assertEquals("해양 관측망 확충", p.entities().get(2).evidence().in(t), "the evidence is the action's words");
    }

    @Test
    void givenACaptionCountingWhatTheTableLists_whenProposed_thenItsTitleWordDecidesTheKindWhateverTheHeaders() {
        TextPassage t = table("[표 2] 3대 미션의 목표", "과제|주요 내용", "1|청정 해양", "-연구 거점 구축");
        Proposal p = items.propose(t, context);

        assertEquals("t2 tableKind policy-areas", ProposalLines.of(p).get(0));
        assertEquals("table-items/caption", p.facts().get(0).rule());
        assertEquals("미션의 목표", p.facts().get(0).evidence().in(t), "the evidence is the caption's counted title");
        assertEquals("PolicyArea '청정 해양'", ProposalLines.name(p, p.entities().get(0).key()));
    }

    @Test
    void givenALastColumnThatNamesWhoLeads_whenProposed_thenEachBodyItListsLeadsTheRow_NoItemIsProposed() {
        TextPassage t = table("", "과제|주관부처", "1|해양 연구 강화", "-가상부·해양연구청");
        Proposal p = items.propose(t, context);

        assertEquals(List.of("t2 tableKind tasks", "t2 leadColumn 주관부처",
                "Measure '해양 연구 강화' ledBy Ministry '가상부'", "Measure '해양 연구 강화' ledBy Agency '해양연구청'"),
                ProposalLines.of(p), "each body of the class its name's ending gives");
    }

    @Test
    void givenAMeasureItemNamedAfterAProgramme_whenProposed_thenTheMeasureUsesAProgrammeOfThatName() {
        TextPassage t = table("", "미션|대표 사업", "1|청정 해양", "-해양 관측 프로그램", "-연구 거점 구축");
        Proposal p = items.propose(t, context);

        assertEquals(List.of("t2 tableKind policy-areas",
                "Measure '해양 관측 프로그램' underArea PolicyArea '청정 해양'",
                "Measure '해양 관측 프로그램' usesProgram Program '해양 관측 프로그램'",
                "Measure '연구 거점 구축' underArea PolicyArea '청정 해양'"), ProposalLines.of(p),
                "an item that is a programme's name is the measure and the programme it uses; an action is not");
        assertEquals("table-items/programme", p.facts().get(2).rule());
    }

    @Test
    void givenAnItemsColumnThatNamesProgrammes_whenProposed_thenANameWithoutAProgrammeEndingIsAProgrammeToo() {
        TextPassage t = table("", "미션|대표 사업", "1|청정 해양", "-해양 관측 네트워크", "-관측선 '푸른 바다'",
                "-해양 연구 거점 조성");
        Proposal p = items.propose(t, context);

        assertEquals(List.of("t2 tableKind policy-areas",
                "Measure '해양 관측 네트워크' underArea PolicyArea '청정 해양'",
                "Measure '해양 관측 네트워크' usesProgram Program '해양 관측 네트워크'",
                "Measure '관측선 '푸른 바다'' underArea PolicyArea '청정 해양'",
                "Measure '해양 연구 거점 조성' underArea PolicyArea '청정 해양'"), ProposalLines.of(p),
                "the header decides a name's class; a quoted name is left to the name reader, an action stays one");
    }

    @Test
    void givenAnItemsColumnOfContents_whenProposed_thenOnlyAnItemEndingInAProgrammesClassWordNamesOne() {
        TextPassage t = table("", "미션|주요 내용", "1|청정 해양", "-해양 관측 네트워크", "-연안 실증 사업");
        Proposal p = items.propose(t, context);

        assertEquals(List.of("t2 tableKind policy-areas",
                "Measure '해양 관측 네트워크' underArea PolicyArea '청정 해양'",
                "Measure '연안 실증 사업' underArea PolicyArea '청정 해양'",
                "Measure '연안 실증 사업' usesProgram Program '연안 실증 사업'"), ProposalLines.of(p));
    }

    @Test
    void givenAPassageThatIsNoTableWithItsItems_whenProposed_thenNothing() {
        assertEquals(Proposal.nothing(), items.propose(new TextPassage("과제\t주요 내용", "L3"), context));
        assertEquals(Proposal.nothing(), items.propose(TextPassage.joined("t1", List.of(
                new TextPassage.Piece("과제\t주관 부처\t대표 사업", "L4", Optional.of("1")),
                new TextPassage.Piece("청정 해양\t가상부\t도약연구", "L5", Optional.of("1")))), context),
                "a table read whole, its header first, has no caption part");
    }
}
