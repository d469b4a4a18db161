package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;
import stikg.importer.read.DateReader;
import stikg.importer.read.QuantityReader;

/**
 * The events a running sentence dates. The sentences are written for this test (invented bodies and plans), in the
 * ways the development briefs date a plan's adoption, a body's founding and the steps of a schedule.
 */
class DatedEventExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("council", "Council", "국가연구전략회의"),
            entry("cabinet", "Council", "연방내각"), entry("office", "Agency", "도약연구청"),
            entry("centre", "Agency", "기술확산센터"), entry("panel", "Council", "준비위원회"),
            entry("lab", "Facility", "해양관측소"), entry("other", "Strategy", "해양전략 2040")));

    /** The candidates read from a sentence, with each proposed entity's key replaced by "class 'name'". */
    private static List<String> read(String sentence) {
        return read(sentence, id -> Optional.empty());
    }

    /** As {@link #read(String)}, in a context that knows the names of entities. */
    private static List<String> read(String sentence, java.util.function.Function<String, Optional<String>> labels) {
        return read(sentence, labels, Optional.empty());
    }

    /** As {@link #read(String)}, in a brief of the date given. */
    private static List<String> readOn(String sentence, String briefDate) {
        return read(sentence, id -> Optional.empty(), Optional.of(briefDate));
    }

    private static List<String> read(String sentence, java.util.function.Function<String, Optional<String>> labels,
            Optional<String> briefDate) {
        DateReader dates = new DateReader(LAYOUT.numbers(), LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, new QuantityReader(LAYOUT.numbers())::quantities,
                text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(),
                        d.end())).toList(), Optional.of("plan")).withLabels(labels).withBriefDate(briefDate);
        DatedEventExtractor x = new DatedEventExtractor(DatedEventExtractor.Settings.from(LAYOUT.extraction()));
        Proposal p = x.propose(new TextPassage(sentence, "L1"), context);
        return ProposalLines.of(p);
    }

    @Test
    void givenADateABodyAndAWordOfDecision_thenTheBodysDecisionAdoptsTheBriefsPlanOnThatDate() {
        assertEquals(List.of("Event '국가연구전략회의 제9차 본회의 의결' ledBy council",
                "Event '국가연구전략회의 제9차 본회의 의결' date 2025-03-04",
                "Event '국가연구전략회의 제9차 본회의 의결' status done", "Event '국가연구전략회의 제9차 본회의 의결' about plan",
                "plan cabinetDecisionDate 2025-03-04"),
                read("- 2025년 3월 4일 국가연구전략회의 제9차 본회의에서 의결되었으며, 이어서 세부 과제가 공개됨"));
    }

    @Test
    void givenACabinetsDecisionOnAPlanTheClauseNames_thenItIsACabinetDecisionAboutThatPlan() {
        List<String> got = read("정부는 2025.9.30. 연방내각 의결로 「해양전략 2040」을 확정하였다.");
        assertTrue(got.contains("CabinetDecision '연방내각 의결' about other"), got.toString());
        assertTrue(got.contains("other cabinetDecisionDate 2025-09-30"), got.toString());
    }

    @Test
    void givenAnApostropheDateWithMonthAndDay_thenTheDecisionIsDatedToTheDay() {
        assertTrue(read("○ 관계부처 협의를 거쳐 '25.12.2. 제20회 국가연구전략회의에서 확정")
                .contains("Event '제20회 국가연구전략회의 확정' date 2025-12-02"));
    }

    @Test
    void givenTheBodyAsTheSubjectBeforeTheDate_thenItDecidedAtTheMeetingNamedAfterTheDate() {
        List<String> got = read("국가연구전략회의(NRSC)는 2025/11/20 제12차 본회의에서 「해양전략 2040」을 확정하였다.");
        assertTrue(got.contains("Event '국가연구전략회의 제12차 본회의 확정' ledBy council"), got.toString());
        assertTrue(got.contains("Event '국가연구전략회의 제12차 본회의 확정' about other"), got.toString());
        assertTrue(got.contains("other cabinetDecisionDate 2025-11-20"), got.toString());
    }

    @Test
    void givenACabinetMeetingTheDraftDoesNotKnow_thenItsDecisionOnALongDescribedTitleIsStillACabinetDecision() {
        List<String> got = read("정부는 2025년 9월 30일 국무회의에서 향후 10년간의 바다 연구 방향을 담은 「해양전략 2040」을 "
                + "의결하였다.");
        assertTrue(got.contains("CabinetDecision '국무회의 의결' date 2025-09-30"), got.toString());
        assertTrue(got.contains("CabinetDecision '국무회의 의결' status done"), got.toString());
        assertTrue(got.stream().noneMatch(f -> f.contains("ledBy")), "no body the draft knows: " + got);
    }

    @Test
    void givenADateAndATitleButNoBodyNorCabinet_thenNoDecisionIsRead() {
        List<String> got = read("2025년 9월 30일 연구 방향을 담은 「해양전략 2040」을 의결하였다.");
        assertTrue(got.stream().noneMatch(f -> f.contains("의결")), got.toString());
    }

    @Test
    void givenStepsOfThePlansMakingDatedInSentences_thenEachIsAnEventNamedWithThePlansEditionAndTenseGivesItsStatus() {
        java.util.function.Function<String, Optional<String>> labels = id -> id.equals("plan")
                ? Optional.of("제3차 해양연구기본계획(2026~2030)") : Optional.empty();
        List<String> held = read("계획은 '25.6.17. 공청회와 부처 협의를 거쳐 확정되었다.", labels);
        assertEquals(List.of("Event '제3차 기본계획 공청회' about plan", "Event '제3차 기본계획 공청회' date 2025-06-17",
                "Event '제3차 기본계획 공청회' status done"), held);
        List<String> coming = read("연구평가원이 연차 점검과 2028년 중간평가를 맡는다.", labels);
        assertTrue(coming.contains("Event '제3차 기본계획 중간평가' status planned"), coming.toString());
        assertTrue(read("계획은 '25.6.17. 공청회를 거쳤다.").contains("Event '공청회' status done"),
                "without the plan's name, the word alone");
    }

    @Test
    void givenAWordOfDecisionInsideAnotherWord_thenNoDecisionIsRead() {
        // '회의결정' holds the letters of '의결' but no word starts with them
        assertEquals(List.of(), read("「해양전략 2040」('24년 5월, 국가연구전략회의결정)을 바탕으로 추진"));
    }

    @Test
    void givenABodyFoundedOnADateNamedAfterTheVerb_thenItsEstablishmentIsPlannedOrDoneAsTheTenseSays() {
        assertEquals(List.of("Establishment '도약연구청 문을 여' about office",
                "Establishment '도약연구청 문을 여' date 2028-01-01", "Establishment '도약연구청 문을 여' status planned",
                "office status planned"),
                read("법에 따라 2028년 1월 1일 문을 여는 도약연구청은 과제 기획을 맡는다"));
        assertTrue(read("'24년 6월 출범한 기술확산센터는 지역 기업을 돕는다")
                .contains("Establishment '기술확산센터 출범' status done"));
    }

    @Test
    void givenABodyNamedBeforeTheDateOfItsFounding_thenItIsTheBodyFounded() {
        assertEquals(List.of("Establishment '기술확산센터 출범' about centre",
                "Establishment '기술확산센터 출범' date 2027", "Establishment '기술확산센터 출범' status planned",
                "centre status planned"), read("- 흩어진 조직을 ‘기술확산센터’로 묶어 2027년 출범할 예정"),
                "a body still to be founded is itself planned");
    }

    @Test
    void givenASecondFoundingInBracketsAfterTheBody_thenItIsAnotherEstablishmentOfThatBody() {
        List<String> got = read("'24년 6월 출범한 연방내각('25.3월 2차 내각 출범)은 예산을 늘림");
        assertTrue(got.contains("Establishment '연방내각 출범' date 2024-06"), got.toString());
        assertTrue(got.contains("Establishment '2차 내각 출범' about cabinet"), got.toString());
        assertTrue(got.contains("Establishment '2차 내각 출범' date 2025-03"), got.toString());
    }

    @Test
    void givenAFacilityOpenedOnADate_thenItGetsAStartDateNotAnEvent() {
        assertEquals(List.of("lab startDate 2022"), read("해양관측소는 2022년 문을 연 관측 시설로, 장비를 늘린다"));
    }

    @Test
    void givenAChainOfDatedSteps_thenEachStepIsAnEventOfThePlanAndABodySetUpIsEstablished() {
        assertEquals(List.of("Establishment '준비위원회 구성' about panel", "Establishment '준비위원회 구성' date 2025-02",
                "Establishment '준비위원회 구성' status done", "Event '공청회' about plan", "Event '공청회' date 2025-05-20",
                "Event '공청회' status done", "Event '전문가 자문' about plan", "Event '전문가 자문' date 2025-08",
                "Event '전문가 자문' status done"),
                read("□ (추진 경과) '25.2월 준비위원회 구성(위원장: 가나다) → '25.5.20. 공청회 → '25.8월 전문가 자문 → "
                        + "2025년 10월 1일 심의·확정"));
    }

    @Test
    void givenAChainUnderAHeadingOfWhatIsToCome_thenItsStepsArePlanned() {
        List<String> got = read("□ (향후 일정) '26.4월 시행계획 수립 → 2028년 중간평가 → '30년 차기 계획 착수");
        assertTrue(got.contains("Event '중간평가' status planned"), got.toString());
        assertEquals(3, got.stream().filter(s -> s.endsWith("status planned")).count(), got.toString());
    }

    @Test
    void givenALawToBeAmendedOnADate_thenTheAmendmentIsAPlannedEventAboutTheLaw() {
        assertEquals(List.of("Event '해양전략 2040 개정' about other", "Event '해양전략 2040 개정' date 2027",
                "Event '해양전략 2040 개정' status planned"),
                read("□ 「해양전략 2040」을 '27년 상반기에 개정하여 관측 구역을 넓힘"));
    }

    @Test
    void givenAnAgreementSignedOnADate_thenItIsAnEventDoneOrPlannedAsTheVerbSays() {
        assertEquals(List.of("Event '해양협력협정 체결' date 2025-06", "Event '해양협력협정 체결' status done"),
                read("- 이웃 나라와 해양협력협정을 '25.6월 체결하였다"));
        assertTrue(read("- 2026년 중 이웃 나라와 해양협력협정을 갱신할 예정")
                .contains("Event '해양협력협정 갱신' status planned"));
    }

    @Test
    void givenADateWithNothingDatedAfterIt_thenNothingIsRead() {
        assertEquals(List.of(), read("2025년 예산은 국가연구전략회의가 배분한다"));
    }

    @Test
    void givenALineOfAScheduleListedWithADateAndAColon_thenItsStepIsAnEventOfThePlanDoneOrToComeByTheBriefsDate() {
        assertEquals(List.of("Event '전문가 자문회의' about plan", "Event '전문가 자문회의' date 2025-04",
                "Event '전문가 자문회의' status done"), readOn("• 2025.4.: 전문가 자문회의(12회 개최)", "2025-11-02"));
        assertEquals(List.of("Event '세부 이행계획 수립' about plan", "Event '세부 이행계획 수립' date 2026",
                "Event '세부 이행계획 수립' status planned"), readOn("- 2026년 상반기: 세부 이행계획 수립", "2025-11-02"));
    }

    @Test
    void givenAScheduleLineDatedByARange_thenTheStepKeepsItsStatusButNotTheRangesFirstDay() {
        assertEquals(List.of("Event '온라인 의견 수렴' about plan", "Event '온라인 의견 수렴' status done"),
                readOn("• 2025.6.2.~7.15.: 온라인 의견 수렴(의견 640건)", "2025-11-02"));
    }

    @Test
    void givenAScheduleLineWithoutTheBriefsDate_thenTheStepHasNoStatus() {
        assertEquals(List.of("Event '전문가 자문회의' about plan", "Event '전문가 자문회의' date 2025-04"),
                read("• 2025.4.: 전문가 자문회의"));
    }

    @Test
    void givenADateThatOpensASentenceWithoutAColon_thenItIsNoScheduleLine() {
        assertEquals(List.of(), readOn("• 2025.4. 전문가 자문회의를 열어 의견을 들음", "2025-11-02"));
    }

    @Test
    void givenANumberedMeetingOfABodyTheDraftDoesNotKnow_thenTheDecisionIsNamedByTheMeetingWithoutABody() {
        assertEquals(List.of("Event 'GRX 제8차 전체회의 의결' date 2025-05-07", "Event 'GRX 제8차 전체회의 의결' status done",
                "Event 'GRX 제8차 전체회의 의결' about plan", "plan cabinetDecisionDate 2025-05-07"),
                read("- 2025년 5월 7일 GRX 제8차 전체회의에서 의결되었으며, 예산은 따로 정함"));
        assertEquals(List.of(), read("- 2025년 5월 7일 전체회의에서 의결되었으며"), "a meeting without its ordinal");
    }

    @Test
    void givenAFacilityOpenedOrOpeningOnADate_thenItStartsThenAndIsInOperationOrPlannedByTheBriefsDate() {
        List<String> old = readOn("- 기존 '해양관측소'(2009년 가동)은 2031년에 운영을 마칠 예정", "2025-11-02");
        assertTrue(old.contains("lab startDate 2009"), old.toString());
        assertTrue(old.contains("lab status ongoing"), old.toString());
        List<String> coming = readOn("해양관측소는 2028년 가동할 예정이다.", "2025-11-02");
        assertTrue(coming.contains("lab status planned"), coming.toString());
        assertTrue(read("해양관측소는 2028년 가동할 예정이다.").stream().noneMatch(f -> f.contains("status")),
                "without the brief's date, no status");
    }
}
