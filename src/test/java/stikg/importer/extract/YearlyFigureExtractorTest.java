package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * A table of amounts year by year, read with the built-in layout from its caption, header and rows with their units
 * (tables written for this test): each year's amount a figure of that year, a target after the brief's own year
 * (2026) and an actual up to it, unless the year's cell says which; the series' indicator named by the caption's
 * "연도별 … 계획", else by its header; the total a target over the years' span; a note under the table the figure of
 * another year of the series; the brief's plan has each target.
 */
class YearlyFigureExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final YearlyFigureExtractor EXTRACTOR = new YearlyFigureExtractor(
            YearlyFigureExtractor.Settings.from(LAYOUT));

    private static ExtractionContext context() {
        return new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()), id -> List.of(),
                LAYOUT.extraction().classGroups(), Optional.empty(), ExtractionContext.ANY_DOCUMENT,
                new stikg.importer.read.QuantityReader(LAYOUT.numbers())::quantities, t -> List.of(), t -> List.of(),
                Optional.of("plan")).withBriefDate(Optional.of("2026-11-20"));
    }

    /** A table's passage: its caption, its header, then its rows, each a line of cells apart by tabs. */
    private static TextPassage table(String caption, String header, String... rows) {
        List<TextPassage.Piece> pieces = new ArrayList<>();
        pieces.add(new TextPassage.Piece(caption, "L10", Optional.of("caption")));
        pieces.add(new TextPassage.Piece(header, "L11", Optional.of("1")));
        for (int i = 0; i < rows.length; i++) {
            pieces.add(new TextPassage.Piece(rows[i], "t1#" + (i + 1) + " L" + (12 + i), Optional.of(String
                    .valueOf(i + 1))));
        }
        return TextPassage.joined("t1", pieces);
    }

    /** Each proposed figure as "Kind name: its facts", the indicator as "Indicator name". */
    private static List<String> read(TextPassage p) {
        Proposal proposal = EXTRACTOR.propose(p, context());
        List<String> out = new ArrayList<>();
        for (CandidateEntity e : proposal.entities()) {
            List<String> facts = proposal.facts().stream().filter(f -> f.subject().equals(e.key()))
                    .filter(f -> !f.property().equals("indicator")).map(f -> f.property() + " " + f.object()).toList();
            out.add(e.type() + " " + e.name() + (facts.isEmpty() ? "" : ": " + String.join(", ", facts)));
        }
        return out;
    }

    @Test
    void givenYearsDownTheRowsUnderACaptionNamingTheSeries_thenEachYearIsAFigureOfTheCaptionsIndicator() {
        TextPassage p = table("연도별 정부 연구개발 투자 계획", "연도\t예산\t증가율", "2026\t700억 원\t-",
                "2027년\t750억 원\t7.1%", "2028년\t800억 원\t6.7%");
        assertEquals(List.of("Indicator 정부 연구개발 투자",
                "Actual 2026년 정부 연구개발 투자: amount 70000000000, currency KRW, referenceYear 2026",
                "Target 2027년 정부 연구개발 투자: amount 75000000000, currency KRW, referenceYear 2027",
                "Target 2028년 정부 연구개발 투자: amount 80000000000, currency KRW, referenceYear 2028"), read(p));
    }

    @Test
    void givenANoteUnderTheTableGivingAnotherYearOfTheSeries_thenItIsAFigureOfThatYear() {
        List<TextPassage.Piece> pieces = new ArrayList<>(List.of(
                new TextPassage.Piece("연도별 정부 연구개발 투자 계획", "L10", Optional.of("caption")),
                new TextPassage.Piece("연도\t투자", "L11", Optional.of("1")),
                new TextPassage.Piece("2027\t750억 원", "t1#1 L12", Optional.of("1")),
                new TextPassage.Piece("2028\t800억 원", "t1#2 L13", Optional.of("2")),
                new TextPassage.Piece("2026년 정부 연구개발 예산은 700억 원, 총액은 약 2조 원", "L15", Optional.of("note")),
                new TextPassage.Piece("2026년 민간 투자는 900억 원", "L16", Optional.of("note"))));
        assertEquals(List.of("Indicator 정부 연구개발 투자",
                "Target 2027년 정부 연구개발 투자: amount 75000000000, currency KRW, referenceYear 2027",
                "Target 2028년 정부 연구개발 투자: amount 80000000000, currency KRW, referenceYear 2028",
                "Actual 2026년 정부 연구개발 투자: amount 70000000000, currency KRW, referenceYear 2026"),
                read(TextPassage.joined("t1", pieces)), "a note about another series ('민간 투자') is left alone");
    }

    @Test
    void givenYearsAcrossTheHeaderWithATotal_thenTheRowIsTheSeries_AndTheTotalATargetOverTheYears() {
        TextPassage p = table("", "구분\t2027\t2028\t합계", "연구개발 투자(억 원)\t750억 원\t800억 원\t1,550억 원");
        assertEquals(List.of("Indicator 연구개발 투자",
                "Target 2027년 연구개발 투자: amount 75000000000, currency KRW, referenceYear 2027",
                "Target 2028년 연구개발 투자: amount 80000000000, currency KRW, referenceYear 2028",
                "Target 연구개발 투자 2027-2028: amount 155000000000, currency KRW, period 2027/2028"), read(p));
        Proposal proposal = EXTRACTOR.propose(p, context());
        assertEquals(3, proposal.facts().stream().filter(f -> f.subject().equals("plan")
                && f.property().equals("target")).count(), "the brief's plan has each target");
    }

    @Test
    void givenAYearWhoseCellSaysBaseOrTarget_thenThatDecidesTheKind() {
        TextPassage p = table("핵심 지표", "지표\t2025년(기준)\t2032년(목표)", "연구개발 예산(억 원)\t700억 원\t900억 원",
                "논문 비중\t9%\t12%");
        assertEquals(List.of("Indicator 연구개발 예산",
                "Actual 2025년 연구개발 예산: amount 70000000000, currency KRW, referenceYear 2025",
                "Target 2032년 연구개발 예산: amount 90000000000, currency KRW, referenceYear 2032"), read(p));
        assertFalse(EXTRACTOR.wholly(p, context()), "a row of shares is no series of amounts: the table has more");
    }

    @Test
    void givenATableOfAmountsOnly_thenItIsWhollyYearly() {
        TextPassage p = table("연도별 투자 계획", "연도\t투자", "2027\t750억 원", "2028\t800억 원", "계\t1,550억 원");
        assertTrue(EXTRACTOR.wholly(p, context()));
    }

    @Test
    void givenMoreSeriesThanTheSettingAllows_orFewerYears_orCountsInsteadOfAmounts_thenNothingIsRead() {
        assertEquals(List.of(), read(table("", "구분\t2027\t2028", "A 사업\t1억 원\t2억 원", "B 사업\t3억 원\t4억 원",
                "C 사업\t5억 원\t6억 원")));
        assertEquals(List.of(), read(table("", "연도\t투자", "2027\t750억 원", "계\t750억 원")));
        assertEquals(List.of(), read(table("", "연도\t연구원", "2027\t5만 명", "2028\t6만 명")));
    }
}
