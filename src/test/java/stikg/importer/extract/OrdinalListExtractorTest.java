package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * A list printed in prose with ordinal words (첫째, 둘째 …), its title deciding what the items are. The sentences
 * are written for this test, in the form development brief (h) prints its goals.
 */
class OrdinalListExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static List<String> read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(new Lexicon(List.of()),
                LAYOUT.words()), id -> List.of(), LAYOUT.extraction().classGroups(), Optional.empty());
        Proposal p = new OrdinalListExtractor(OrdinalListExtractor.Settings.from(LAYOUT))
                .propose(new TextPassage(text, "L9", Optional.of("plan"), List.of()), context);
        return ProposalLines.of(p);
    }

    @Test
    void givenGoalsNumberedByOrdinalWords_thenThePlanAimsAtEachInTurn() {
        assertEquals(List.of("skos:Concept '맑은 물 확보' order 1", "plan aimsAt skos:Concept '맑은 물 확보'",
                "skos:Concept '홍수 피해 절감' order 2", "plan aimsAt skos:Concept '홍수 피해 절감'",
                "skos:Concept '물 산업 성장' order 3", "plan aimsAt skos:Concept '물 산업 성장'"),
                read("계획은 세 가지 목표를 둔다. 첫째, 맑은 물 확보, 둘째, 홍수 피해 절감, 셋째, 물 산업 성장이다."));
    }

    @Test
    void givenAStrategyTitle_thenTheItemsArePolicyAreasOfThePlan() {
        assertEquals(List.of("PolicyArea '하천 복원' order 1", "plan policyArea PolicyArea '하천 복원'",
                "PolicyArea '물 산업 육성' order 2", "plan policyArea PolicyArea '물 산업 육성'"),
                read("2대 전략은 첫째로 하천 복원, 둘째로 물 산업 육성이다."));
    }

    @Test
    void givenACountThatDisagreesOrNoTitle_thenNothingIsRead() {
        assertEquals(List.of(), read("네 가지 목표가 있다. 첫째, 맑은 물 확보, 둘째, 홍수 피해 절감이다."));
        assertEquals(List.of(), read("첫째, 예산이 늘었고, 둘째, 인력이 늘었다."));
        assertEquals(List.of(), read("첫째, 기초연구 지원 기간을 10년까지 늘린 것은 참고할 만하다."));
    }

    @Test
    void givenGoalsNumberedWithCircledNumbers_thenThePlanAimsAtEachInTurn() {
        assertEquals(List.of("skos:Concept '맑은 물 확보' order 1", "plan aimsAt skos:Concept '맑은 물 확보'",
                "skos:Concept '홍수 피해 절감' order 2", "plan aimsAt skos:Concept '홍수 피해 절감'",
                "skos:Concept '모두가 누리는 물' order 3", "plan aimsAt skos:Concept '모두가 누리는 물'"),
                read("(3대 목표) ① 맑은 물 확보, ② 홍수 피해 절감, ③ 모두가 누리는 물"));
    }

    @Test
    void givenCircledNumbersUnderAnotherTitle_orACountThatDisagrees_thenNothingIsRead() {
        assertEquals(List.of(), read("6대 국가전략기술 영역: ①AI·첨단로봇, ②양자, ③반도체·통신"),
                "circled numbers number technology areas and fields as often as goals");
        assertEquals(List.of(), read("(4대 목표) ① 맑은 물 확보, ② 홍수 피해 절감, ③ 모두가 누리는 물"));
    }
}
