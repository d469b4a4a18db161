package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/** Amounts, counts and multipliers are normalised exactly, with their qualifiers. */
class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader(Briefs.layout().numbers());

    @Test
    void givenTrillionsOfYen_whenRead_thenTheAmountIsAnExactDecimalInJpy() {
        QuantityReader.Amount a = reader.amounts("정부 연구개발 투자 총액은 60조 엔, 민관 합계").get(0);
        assertEquals("60000000000000", a.plain());
        assertEquals(0, new BigDecimal("60e12").compareTo(a.value()));
        assertEquals("JPY", a.currency());
        assertFalse(a.estimate());
    }

    @Test
    void givenAnAmountWrittenInTwoScales_whenRead_thenItIsOneAmountTheSumOfBoth() {
        List<QuantityReader.Amount> a = reader.amounts("누적 138조 4,000억 원으로 목표(130조 원)를 초과, 2조 7,300억 원('26)");
        assertEquals(List.of("138400000000000", "130000000000000", "2730000000000"),
                a.stream().map(QuantityReader.Amount::plain).toList());
        assertEquals(3, a.get(0).start(), "the amount starts at its first number");
    }

    @Test
    void givenABriefThatGlossesACurrencyWordWithItsCode_whenRead_thenThatWordMeansThatCodeThroughoutTheBrief() {
        QuantityReader arven = reader.glossedBy(List.of("※ 금액은 아르벤 원(ARW) 기준이며", "연구원 수(FTE)"));
        assertEquals("ARW", arven.amounts("누적 138조 4,000억 원으로").get(0).currency());
        assertEquals("USD", arven.amounts("15억 달러").get(0).currency(), "other currency words keep their code");
        QuantityReader none = reader.glossedBy(List.of("한국연구원(KRI)이 발표", "연구원(ABC)"));
        assertEquals("KRW", none.amounts("3조 원").get(0).currency(),
                "a word that only ends in a currency word is no gloss");
    }

    @Test
    void givenABriefThatPricesItsOwnCurrencyInWon_whenRead_thenItsWordIsACurrencyOfTheCodeItGlosses() {
        QuantityReader brief = reader.glossedBy(List.of("총 3,000억 크로나(NKR)를 투입", "주: 1크로나는 약 140원"));
        QuantityReader.Amount a = brief.amounts("장비 구축에 45억 크로나를").get(0);
        assertEquals("4500000000", a.plain());
        assertEquals("NKR", a.currency());
        assertTrue(brief.amounts("주: 1크로나는 약 140원").isEmpty(), "the rate note states no figure");
        assertTrue(reader.glossedBy(List.of("45억 크로나", "1크로나는 약 140원")).amounts("45억 크로나").isEmpty(),
                "a currency whose code the brief never gives is none: the draft writes currencies by code");
    }

    @Test
    void givenABriefThatWritesItsCodeBeforeItsAmounts_whenRead_thenTheCodeFirstAmountsAndTheWordShareIt() {
        QuantityReader brief = reader.glossedBy(List.of("예산 ZQF 1,140억을 투입", "[3] 1졸티 = 약 910원"));
        List<QuantityReader.Amount> a = brief.amounts("ZQF 2억 4천만, 지원 1억 5천만 졸티");
        assertEquals(List.of("240000000", "150000000"), a.stream().map(QuantityReader.Amount::plain).toList());
        assertEquals(List.of("ZQF", "ZQF"), a.stream().map(QuantityReader.Amount::currency).toList());
    }

    @Test
    void givenADecimalScale_whenRead_thenNothingIsRounded() {
        QuantityReader.Amount a = reader.amounts("실적치는 43.6조 엔으로").get(0);
        assertEquals("43600000000000", a.plain());
        assertEquals(0, new BigDecimal("43.6e12").compareTo(a.value()));
    }

    @Test
    void givenAbout_whenRead_thenTheAmountIsAnEstimateAndItsCoverageIsKept() {
        String text = "민관 합계 연구개발 투자는 약 86.3조 엔(단, 2024년까지 4년간)으로";
        QuantityReader.Amount a = reader.amounts(text).get(0);
        assertEquals("86300000000000", a.plain());
        assertTrue(a.estimate());
        assertEquals("2024년까지 4년간", reader.coverage(text, a.end()).orElseThrow());
    }

    @Test
    void givenOtherUnitsAndCurrencies_whenRead_thenTheLayoutsScalesApply() {
        List<QuantityReader.Amount> a = reader.amounts("3,000억 원과 1.5만 달러, 20 유로");
        assertEquals("300000000000", a.get(0).plain());
        assertEquals("KRW", a.get(0).currency());
        assertEquals("15000", a.get(1).plain());
        assertEquals("USD", a.get(1).currency());
        assertEquals("20", a.get(2).plain());
        assertEquals("EUR", a.get(2).currency());
    }

    @Test
    void givenOrMore_whenRead_thenTheCountIsAMinimum() {
        QuantityReader.Count c = reader.counts("세계를 주도하는 연구대학群的 실현: 20개 이상").get(0);
        assertEquals(20, c.value());
        assertTrue(c.minimum());
        QuantityReader.Count cities = reader.counts("글로벌 거점 도시 4곳과").get(0);
        assertEquals(4, cities.value());
        assertFalse(cities.minimum());
    }

    @Test
    void givenACountWrittenWithScales_whenRead_thenItIsTheWholeNumber() {
        assertEquals(List.of(92000L, 110000L), reader.counts("연구원을 9만 2,000명에서 11만 명으로").stream()
                .map(QuantityReader.Count::value).toList());
        assertEquals(451000L, reader.counts("'21년 45.1만 명").get(0).value(), "a decimal with a scale");
        assertEquals(68000L, reader.counts("6만 8천 명").get(0).value(), "two parts, the lower with its own scale");
        assertEquals(10000L, reader.counts("연 1만 명 지원").get(0).value());
        assertTrue(reader.counts("2.5명").isEmpty(), "a number of things is whole");
    }

    @Test
    void givenACountWithAWordOfApproximation_whenRead_thenItIsAMinimum() {
        QuantityReader.Count c = reader.counts("기업 1만여 개가 참여").get(0);
        assertEquals(10000L, c.value());
        assertEquals("개", c.unit());
        assertTrue(c.minimum());
        assertTrue(reader.counts("연구소 300여 곳").get(0).minimum());
    }

    @Test
    void givenTimes_whenRead_thenItIsAMultiplier() {
        assertEquals("2", reader.multipliers("과학연구비 2배 증액").get(0).plain());
        assertTrue(reader.amounts("2배 증액").isEmpty());
    }
}
