package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The groups of a table of things in rows, read from one passage of its rows' group cells and names and the prose. */
class TableGroupExtractorTest {

    private final TableGroupExtractor groups = new TableGroupExtractor(TableGroupExtractor.Settings.from(
            Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    /** Rows as "mark|group|name" ("^" before the group: printed at a page top), then prose lines. */
    private static TextPassage passage(List<String> rows, String... prose) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        int line = 10;
        for (String r : rows) {
            String[] c = r.split("\\|", -1);
            String group = c[1].startsWith("^") ? TableGroupExtractor.PAGE_TOP + c[1].substring(1) : c[1];
            pieces.add(new TextPassage.Piece(group + "\t" + c[2], "t1#" + c[0] + " L" + (line++),
                    Optional.of(c[0])));
        }
        line = 40;
        for (String p : prose) {
            pieces.add(new TextPassage.Piece(p, "L" + (line++), Optional.empty()));
        }
        return TextPassage.joined("t1", pieces);
    }

    /** Each row's name with the name of the group a candidate puts it in. */
    private static Map<String, String> groupOfRow(Proposal p) {
        Map<String, String> names = p.entities().stream().collect(Collectors.toMap(CandidateEntity::key,
                CandidateEntity::name));
        return p.facts().stream().filter(f -> f.property().equals(TableGroupExtractor.IN_GROUP)).collect(
                Collectors.toMap(f -> names.get(f.subject()), f -> names.get(f.object())));
    }

    @Test
    void givenAGroupCellAtAPageTopThatTheProseListDoesNotBearOut_whenProposed_thenUnlistedRowsStayInTheGroupBefore() {
        Proposal p = groups.propose(passage(List.of("1|기초|물리", "2|기초|화학", "3|^응용|소재", "4|^응용|부품",
                "5|^응용|장비"), "응용 분야 : ①부품 ②장비"), context);

        assertEquals(Map.of("물리", "기초", "화학", "기초", "소재", "기초", "부품", "응용", "장비", "응용"), groupOfRow(p));
        CandidateFact moved = p.facts().stream().filter(f -> f.rule().equals("table-groups/listed")).findFirst()
                .orElseThrow();
        assertTrue(moved.why().contains("printed at L12 beside row 3") && moved.why().contains("at L40"),
                moved.why());
        assertEquals("응용 분야 : ①부품 ②장비", moved.evidence().in(passage(List.of("1|기초|물리", "2|기초|화학",
                "3|^응용|소재", "4|^응용|부품", "5|^응용|장비"), "응용 분야 : ①부품 ②장비")), "the list is the evidence");
    }

    @Test
    void givenAGroupCellAtAPageTopWithoutAList_whenProposed_thenTheLayoutDecides() {
        Proposal p = groups.propose(passage(List.of("1|기초|물리", "2|기초|화학", "3|^응용|소재")), context);
        assertEquals(Map.of("물리", "기초", "화학", "기초", "소재", "응용"), groupOfRow(p));
        assertTrue(p.facts().stream().allMatch(f -> f.rule().equals("table-groups/cell")));
    }

    @Test
    void givenProseNamingAGroupASubsetWordAndMembersOfAnother_whenProposed_thenThatGroupIsPartOfTheFirst() {
        Proposal p = groups.propose(passage(List.of("1|핵심기술|물리", "2|핵심기술|화학", "3|응용기술|소재",
                "4|응용기술|부품"), "핵심기술 가운데 소재와 부품은 응용 단계에 있다"), context);
        Map<String, String> names = p.entities().stream().collect(Collectors.toMap(CandidateEntity::key,
                CandidateEntity::name));
        List<String> subsets = p.facts().stream().filter(f -> f.rule().equals("table-groups/subset"))
                .map(f -> names.get(f.subject()) + " < " + names.get(f.object())).toList();
        assertEquals(List.of("응용기술 < 핵심기술"), subsets);
    }

    @Test
    void givenPartsThatAreNoRowsOfGroups_whenProposed_thenNothing() {
        assertEquals(Proposal.nothing(), groups.propose(TextPassage.joined("t2", List.of(
                new TextPassage.Piece("구분\t제1기 목표\t제2기 목표", "L3", Optional.of("5")))), context));
        assertEquals(Proposal.nothing(), groups.propose(new TextPassage("응용 분야 : ①부품", "L4"),
                context));
    }
}
