package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;
import stikg.importer.read.QuantityReader;

/**
 * The figure a running sentence sets for a thing it names becomes its target. The sentences are written for this
 * test (invented names), in the ways the development briefs state figures: a change from one amount to another, a
 * cost, a scale before a name, a count of people or sites.
 */
class FigureExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("seeds", "Program", "새싹연구사업"),
            entry("lumen", "Facility", "루멘"), entry("fund", "Program", "미래도약펀드"),
            entry("bridge", "Program", "가교 펠로우십"), entry("board", "Agency", "혁신진흥청"),
            entry("plan", "Plan", "제3차 기본계획"), entry("tide", "TechnologyArea", "조력발전"),
            entry("base", "PolicyArea", "연구 기반 확충")));

    private static List<String> read(String sentence) {
        return read(new FigureExtractor(TargetFigures.Settings.from(LAYOUT.extraction())), sentence);
    }

    /** What an extractor of figures reads from a sentence, with the names and quantities of a brief. */
    private static List<String> read(FigureExtractor x, String sentence) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), new QuantityReader(LAYOUT.numbers())::quantities);
        return x.extract(new TextPassage(sentence, "L1"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object() + " " + c.node()).toList();
    }

    /** As {@link #read}, with the brief's dates found in a text. */
    private static List<String> readDated(String sentence) {
        stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
                LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, new QuantityReader(LAYOUT.numbers())::quantities,
                text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(),
                        d.end())).toList(), Optional.empty());
        FigureExtractor x = new FigureExtractor(TargetFigures.Settings.from(LAYOUT.extraction()));
        return x.extract(new TextPassage(sentence, "L1"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object() + " " + c.node()).toList();
    }

    /** As {@link #read}, with the reader of what a target's count counts. */
    private static List<String> readCounted(String sentence) {
        return read(new FigureExtractor(TargetFigures.Settings.from(LAYOUT.extraction()),
                new CountedNoun(CountedNoun.Settings.from(LAYOUT))), sentence);
    }

    @Test
    void givenACountOfTheThingsANameNames_thenTheTargetCountsThem() {
        assertEquals(List.of("lumen target Target {count/Count/countValue=3, count/Count/counted=루멘}"),
                readCounted("'루멘' 3곳을 새로 짓는다"));
    }

    @Test
    void givenACountOfPeopleAfterAProgrammesName_thenItCountsPeopleTheTextNamesBeforeIt() {
        assertEquals(List.of("bridge target Target {count/Count/countValue=300, count/Count/counted=신진 연구자}"),
                readCounted("가교 펠로우십은 신진 연구자 300명을 지원"));
        assertEquals(List.of("bridge target Target {count/Count/countValue=300}"),
                readCounted("가교 펠로우십 300명을 지원"), "people are never the programme itself");
    }

    @Test
    void givenACountChangedFromOneNumberToAnother_thenTheFirstIsTheThingsCountNowAndTheSecondItsTarget() {
        assertEquals(List.of("bridge target Target {count/Count/countValue=300, count/Count/counted=방문 연구자}",
                "bridge count Count {countValue=120, counted=방문 연구자}"),
                readCounted("가교 펠로우십은 방문 연구자를 연 120명에서 300명으로 늘린다"));
        assertEquals(List.of(), readCounted("가교 펠로우십 실적은 연 120명에서 300명으로 늘었다"),
                "a clause of actuals sets no target and tells no count now");
    }

    @Test
    void givenAYearOfDeadlineInTheClause_thenTheTargetIsForThatYear() {
        assertEquals(List.of("bridge target Target {count/Count/countValue=250, referenceYear=2029}"),
                readDated("가교 펠로우십을 '29년까지 250명 규모로 넓힌다"));
    }

    @Test
    void givenAYearPrintedRightBeforeTheAmountAChangeEndsWith_thenTheTargetIsForThatYear() {
        assertEquals(List.of("seeds target Target {amount=2000000000000, currency=KRW, referenceYear=2030}"),
                readDated("새싹연구사업 예산을 '25년 9,000억 원에서 '30년 2조 원으로 늘림"));
        assertEquals(List.of("seeds target Target {amount=2000000000000, currency=KRW, period=2026/2030}"),
                readDated("새싹연구사업(2026~2030)에 2조 원을 투입"), "a year elsewhere in the clause is no such year");
    }

    @Test
    void givenANameFollowedByADashAndItsAttributes_thenTheFigureAmongThemIsTheNamesForThePeriodTheyPrint() {
        assertEquals(List.of("fund target Target {amount=300000000, currency=USD, period=2027/2030}"),
                readDated("미래도약펀드 — 혁신진흥청, 2027~2030, 3억 달러"));
        assertEquals(List.of(), readDated("연구 지원 — 혁신진흥청, 3억 달러"), "no name before the dash, no target");
    }

    @Test
    void givenATableRowOfAnArea_thenItsAmountIsTheAreasBudget_ButASentenceSetsNoFigureForAnArea() {
        assertEquals(List.of("base target Target {amount=168000000000, currency=KRW}"),
                read("Ⅰ. 연구 기반 확충\t① 기초연구 지원 ② 장비 공동활용\t1,680억 원"));
        assertEquals(List.of(), read("연구 기반 확충에는 1,680억 원이 든다"));
    }

    @Test
    void givenAPeriodOfYearsInTheClause_thenTheTargetIsForThatPeriod() {
        assertEquals(List.of("tide target Target {amount=30000000000, currency=EUR, period=2026/2030}"),
                readDated("조력발전\t300억 유로\t(2026~2030)"));
    }

    @Test
    void givenATableRowNamingAProgrammeAndTheBodyRunningIt_thenTheFigureIsTheProgrammes() {
        assertEquals(List.of("fund target Target {amount=1500000000, currency=USD, period=2027/2031}"),
                readDated("미래도약펀드\t혁신진흥청\t2027~2031\t15억 달러"));
        assertEquals(List.of("board target Target {amount=300000000, currency=USD}"),
                read("혁신진흥청\t연구 지원\t3억 달러"), "a row naming a body alone gives the body the figure");
    }

    @Test
    void givenALaterClauseOfTheSentenceNamingNoThing_thenItsFigureIsTheThingsTheSentenceSetAFigureFor() {
        assertEquals(List.of("lumen target Target {count/Count/countValue=3}",
                "lumen target Target {amount=10000000000, currency=KRW}"),
                read("루멘 3곳을 짓고, 곳당 연 100억 원을 지원"));
        assertEquals(List.of("lumen target Target {count/Count/countValue=3}"),
                read("루멘 3곳을 짓는다. 연구자 500명은 따로 뽑는다."), "a new sentence carries nothing on");
        assertEquals(List.of("board target Target {count/Count/countValue=4}"),
                read("혁신진흥청은 거점 4곳을 정하였고, 2차로 13개를 더 정함"), "the subject of the sentence is carried on from by none");
    }

    @Test
    void givenAChangeFromOneAmountToAnother_thenOnlyTheSecondIsTheProgrammesTarget() {
        assertEquals(List.of("seeds target Target {amount=2000000000000, currency=KRW}"),
                read("□ 새싹연구사업 예산을 '25년 9,000억 원에서 '30년 2조 원으로 늘리고, 평가 방식을 바꿈"));
    }

    @Test
    void givenACostInTheClauseAboutAFacility_thenItIsTheFacilitysTarget() {
        assertEquals(List.of("lumen target Target {amount=400000000, currency=USD}"),
                read("루멘은 4억 달러를 들여 2029년에 문을 연다."));
    }

    @Test
    void givenAnAmountWithAWordOfScaleBeforeAName_thenItMeasuresThatName() {
        assertEquals(List.of("fund target Target {amount=3000000000, currency=EUR}"),
                read("정부는 30억 유로 규모의 ‘미래도약펀드’를 만든다"));
    }

    @Test
    void givenACountOfPeopleForAProgramme_thenItIsACountTarget() {
        assertEquals(List.of("bridge target Target {count/Count/countValue=250}"),
                read("가교 펠로우십을 해마다 250명 규모로 넓힌다"));
    }

    @Test
    void givenAConversionInBracketsAfterAnAmount_thenOnlyTheFirstAmountIsRead() {
        assertEquals(List.of("board target Target {amount=500000000, currency=EUR}"),
                read("혁신진흥청의 첫해 예산은 5억 유로(약 7,000억 원)로 정해졌다"));
    }

    @Test
    void givenAClauseThatReportsWhatWasSpent_thenNoTargetIsRead() {
        assertEquals(List.of(), read("새싹연구사업의 실제 집행액은 1조 원이었다"));
    }

    @Test
    void givenAFigureInAnotherClauseThanTheName_thenItIsNotTheNamesTarget() {
        assertEquals(List.of(), read("새싹연구사업은 폐지되고, 정부는 1조 원을 다른 곳에 쓴다"));
    }

    @Test
    void givenAFigureAboutAPlan_thenItIsLeftToTheReadersOfPlans() {
        assertEquals(List.of(), read("제3차 기본계획은 5년간 40조 원을 투자한다"));
    }

    @Test
    void givenATableRowWhoseNumberTookTheTablesUnit_thenItIsTheTargetOfTheThingTheRowNames() {
        assertEquals(List.of("tide target Target {amount=1200000000000, currency=KRW}"),
                read("3\t조력발전\t12,000억 원\t신규"));
    }
}
