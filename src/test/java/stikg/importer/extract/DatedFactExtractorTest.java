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

/**
 * The dates prose gives things, read with the built-in layout (sentences and names written for this test): a date
 * before a cue word dates the thing the cue is about, a bracketed cabinet decision beside a document dates the
 * decision; every date read is proposed, the merge keeping the first.
 */
class DatedFactExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("act", "Law", "가상연구진흥법"),
            entry("prog", "Program", "도약연구 프로그램"), entry("agency", "Agency", "연구청"),
            entry("plan", "Plan", "연구혁신 기본계획"), entry("rule", "Guideline", "연구윤리 지침"),
            entry("reactor", "Facility", "해양 관측선"), entry("task", "Measure", "관측망 확충")));

    private static List<String> read(String text, String about) {
        stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
                LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, t -> List.of(), t -> List.of(),
                t -> dates.dates(t).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList());
        TextPassage p = new TextPassage(text, "L3", Optional.ofNullable(about), List.of());
        return new DatedFactExtractor(DatedFactExtractor.Settings.from(LAYOUT.extraction())).extract(p, context)
                .stream().map(f -> f.subject() + " " + f.property() + " " + f.object() + " " + f.rule() + " '"
                        + f.evidence().in(p) + "'").toList();
    }

    @Test
    void givenADateBeforeACue_thenTheThingNamedAfterTheCueIsDatedByTheCuesProperty() {
        assertEquals(List.of("act enactmentDate 1995 dated-fact/cue '1995년 제정'"),
                read("1995년 제정된 가상연구진흥법에 따라 지원", null));
    }

    @Test
    void givenNoNameNearTheCue_thenThePassagesThingIsDated_butAnOrganisationOnlyByItsStart() {
        assertEquals(List.of("prog startDate 2024 dated-fact/cue '2024년부터 실시'"), read("2024년부터 실시", "prog"));
        assertEquals(List.of(), read("1995년 제정", "agency"));
    }

    @Test
    void givenAThingAPlanMakesAndTheYearItsVerbOfMakingIsDated_thenTheThingStartsThatYear() {
        assertEquals(List.of("prog startDate 2027 dated-fact/cue '2027년에 신설'"),
                read("연구청은 도약연구 프로그램을 2027년에 신설한다.", null));
        assertEquals(List.of("reactor startDate 2029 dated-fact/cue '2029년까지 구축'"),
                read("연구청은 해양 관측선을 2029년까지 구축한다.", null));
        assertEquals(List.of("prog startDate 2027 dated-fact/cue '2027년부터 연 4억 원 규모로 운영'"),
                read("도약연구 프로그램을 신설하여 2027년부터 연 4억 원 규모로 운영할 계획", null));
    }

    @Test
    void givenAMeasureOrAnOrganisationAndAVerbOfMaking_thenNoStartIsRead() {
        assertEquals(List.of(), read("관측망 확충을 2029년까지 구축", null), "a measure is no thing made");
        assertEquals(List.of(), read("연구청을 2027년에 신설", null), "an organisation is founded, not made");
    }

    @Test
    void givenABracketedCabinetDecisionBesideADocument_thenItsDateIsTheDecisionsDate() {
        assertEquals(List.of("plan cabinetDecisionDate 2022-12 dated-fact/decision '(2022년 12월, 각의결정)'"),
                read("「연구혁신 기본계획」(2022년 12월, 각의결정)을 추진", null));
    }

    @Test
    void givenAGuidelineToBeEnactedOrDrawnUp_thenTheDateIsWhenItIsIssued_andOnlyALawIsEnacted() {
        assertEquals(List.of("rule publicationDate 2027-03 dated-fact/cue '2027년 3월까지 제정'"),
                read("가상부는 「연구윤리 지침」을 2027년 3월까지 제정할 계획", null));
        assertEquals(List.of("rule publicationDate 2027 dated-fact/cue '2027년 중 마련'"),
                read("「연구윤리 지침」을 2027년 중 마련", null));
    }
}
