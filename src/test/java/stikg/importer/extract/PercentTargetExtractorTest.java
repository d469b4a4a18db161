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
 * Targets stated as a percentage, kept as a description. Sentences of the development briefs (e) Arven and (a)
 * Serenia and (f) Welmark of the importer corpus (data/importer-corpus/briefs/), with the programme the draft of (e)
 * knows, read as about the brief's plan "plan" unless their clause names a programme.
 */
class PercentTargetExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("basic-research", List.of("Program"),
            Map.of("ko", List.of("개인 기초연구사업")), Map.of(), List.of(), Map.of(), "test")));

    private static List<String> read(String line) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), "brief", text -> List.of(), text -> List.of(), Optional.of("plan"));
        return new PercentTargetExtractor(PercentTargetExtractor.Settings.from(LAYOUT.extraction()))
                .extract(new TextPassage(line, "L9"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenAShareToBeRaisedByADeadline_thenTheClauseDescribesThePlan() {
        // (e) L124
        assertEquals(List.of("plan description 수도권 외 지역의 정부 연구개발 투자 비중을 '31년까지 45%로 확대"),
                read("□ 수도권 외 지역의 정부 연구개발 투자 비중을 '31년까지 45%로 확대"));
        // (f) L17-19, joined
        assertEquals(List.of("plan description 국내총생산(GDP) 대비 연구개발 투자 비중을 2025년 3.1%에서 2035년 3.5%로 "
                + "끌어올리겠다고"), read("연방정부는 2026년부터 2035년까지 연방 연구개발 예산으로 누적 2,400억 탈러를 "
                + "투입하고, 국내총생산(GDP) 대비 연구개발 투자 비중을 2025년 3.1%에서 2035년 3.5%로 끌어올리겠다고 밝혔다."));
    }

    @Test
    void givenARateToBeKeptInAClauseNamingAProgramme_thenTheClauseDescribesTheProgramme() {
        // (e) L83, the programme named in its own clause (written for this test) and in the clause before (the brief)
        assertEquals(List.of("basic-research description 개인 기초연구사업의 신진연구자 첫 과제 선정률을 50% 이상으로 유지"),
                read("개인 기초연구사업의 신진연구자 첫 과제 선정률을 50% 이상으로 유지"));
        assertEquals(List.of("plan description 신진연구자 첫 과제 선정률을 50% 이상으로 유지"),
                read("□ 개인 기초연구사업 예산을 '26년 1조 8,000억 원에서 '31년 3조 원으로 확대하고, 신진연구자 첫 과제 "
                        + "선정률을 50% 이상으로 유지"));
    }

    @Test
    void givenActualsChangesAndReliefRates_thenNothingIsRead() {
        // (a) L15, (e) L134, (e) L123
        assertEquals(List.of(), read("민간 연구개발 투자 증가율은 연평균 2.1%에 그쳐 목표(연 5%)에 미달"));
        assertEquals(List.of(), read("2027년 정부 연구개발 예산(안)은 30조 원으로 전년(28조 2,000억 원) 대비 6.4% 증가"));
        assertEquals(List.of(), read("특구 입주 기업에는 법인세를 3년간 100%, 이후 2년간 50% 감면"));
    }
}
