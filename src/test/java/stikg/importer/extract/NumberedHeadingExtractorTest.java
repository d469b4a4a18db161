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
 * An item of a numbered list printed as a heading line, read with the built-in layout: its title word decides its
 * class, its number its order, a lead word in the bracket after it who leads it. Headings in the forms of development
 * briefs (h) ("□ 정책분야 n: 이름") and (i) ("■ 전략 n. 이름 (주관: 부처)"), with invented names.
 */
class NumberedHeadingExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static List<String> read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups());
        return ProposalLines.of(new NumberedHeadingExtractor(NumberedHeadingExtractor.Settings.from(LAYOUT))
                .propose(new TextPassage(text, "L58", Optional.of("plan-1"), List.of()), context));
    }

    @Test
    void givenAStrategyHeadingWithItsLeadMinistriesInBrackets_thenItIsAPolicyAreaOfThePlanLedByEach() {
        assertEquals(List.of("PolicyArea '바다 연구 혁신' number 2", "PolicyArea '바다 연구 혁신' order 2",
                "plan-1 policyArea PolicyArea '바다 연구 혁신'",
                "PolicyArea '바다 연구 혁신' ledBy org:Organization '해양과학부'",
                "PolicyArea '바다 연구 혁신' ledBy org:Organization '산업부'"),
                read("전략 2. 바다 연구 혁신 (주관: 해양과학부·산업부)"));
    }

    @Test
    void givenAnAreaHeadingWithAColonAndADashAfterTheName_thenTheNameEndsAtTheDash() {
        assertEquals(List.of("PolicyArea '열린 국제협력' number 6", "PolicyArea '열린 국제협력' order 6",
                "plan-1 policyArea PolicyArea '열린 국제협력'"),
                read("정책분야 6: 열린 국제협력 ― 다음 두 과제를 추진한다."));
    }

    @Test
    void givenASentenceOrALineWithoutATitleWordOfAList_thenNothingIsRead() {
        assertEquals(List.of(), read("전략 1에서는 기초연구 예산 확대를 추진한다."));
        assertEquals(List.of(), read("전략 3. 기업이 연구개발 투자를 늘리도록 세제 지원을 대폭 확대하여 민간 투자를 이끈다."));
        assertEquals(List.of(), read("2026년 1분기: 기획위원회 구성"));
        assertEquals(List.of(), read("단계 2. 시범 운영"));
    }
}
