package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/**
 * Units printed in a table's header cells. The transposed table of (f) Welmark (data/importer-corpus/briefs/, L73-74:
 * a lead cell "연방 예산(억 탈러)", in a currency the grammar does not know) and the unit line of (e) Arven (L99,
 * "(단위: 억 원)" above its technology table); and tables written for this test with the unit in a column's header
 * ("예산(억 원)", "(단위: 조 원)").
 */
class HeaderUnitsTest {

    private static final QuantityReader QUANTITIES = new QuantityReader(Briefs.layout().numbers());

    private static final HeaderUnits UNITS = new HeaderUnits(u -> QUANTITIES.quantities("1" + u).stream()
            .anyMatch(q -> q.start() == 0 && q.end() == u.length() + 1));

    @Test
    void givenAColumnHeaderEndingInAUnit_thenTheBareNumbersOfThatColumnGetIt() {
        assertEquals(Optional.of(List.of("양자 컴퓨팅", "1,200억 원", "2030")),
                UNITS.withUnits(List.of("사업", "예산(억 원)", "완료 연도"), List.of("양자 컴퓨팅", "1,200", "2030"),
                        Optional.empty()));
        assertEquals(Optional.of(List.of("핵융합", "2.5조 원")), UNITS.withUnits(List.of("분야", "투자(단위: 조 원)"),
                List.of("핵융합", "2.5"), Optional.empty()));
    }

    @Test
    void givenALeadCellEndingInAUnit_thenTheBareNumbersOfItsRowGetIt() {
        assertEquals(Optional.of(List.of("정부 예산(억 원)", "62억 원", "38억 원")),
                UNITS.withUnits(List.of("구분", "인공지능", "양자기술"), List.of("정부 예산(억 원)", "62", "38"),
                        Optional.empty()));
    }

    @Test
    void givenAUnitTheGrammarDoesNotKnow_thenNothingIsGiven() {
        // (f) L73-74: 탈러 is no currency of the grammar, so its numbers stay bare
        assertEquals(Optional.empty(), UNITS.withUnits(List.of("구분", "인공지능", "양자기술", "반도체·마이크로전자",
                "수소", "합성생물학"), List.of("연방 예산(억 탈러)", "62", "38", "75", "54", "21"), Optional.empty()));
        assertEquals(Optional.empty(), UNITS.unitIn("주관 부처(BMFI)"));
        assertEquals(Optional.empty(), UNITS.unitIn("1단계(2026~2030)"));
    }

    @Test
    void givenAUnitLineAndNoUnitInTheHeader_thenEveryBareNumberGetsTheLinesUnit() {
        // (e) L99 and the total row of its table (L112), as the unit line alone gave them before
        assertEquals(Optional.of(List.of("합계", "", "450,000억 원", "")), UNITS.withUnits(List.of("순번", "기술",
                "투자계획", "비고"), List.of("합계", "", "450,000", ""), Optional.of("억 원")));
    }

    @Test
    void givenAColumnUnitAndAUnitLine_thenTheColumnsUnitWins() {
        assertEquals(Optional.of(List.of("인재", "500명", "3,000억 원")), UNITS.withUnits(List.of("구분", "인원(명)",
                "예산"), List.of("인재", "500", "3,000"), Optional.of("억 원")));
    }
}
