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

/** The plan of a brief's title and the other editions its prose names, proposed from one title-and-prose passage. */
class PlanExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();
    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("land", List.of("Country"),
            Map.of("ko", List.of("가상국")), Map.of(), List.of(), Map.of(), "test")));
    private final stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
            LAYOUT.words().yearApostrophes());
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
            id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups())
            .withPeriods(text -> dates.periods(text).stream().map(p -> new DateSpan(p.interval(), p.start(),
                    p.end())).toList());
    private final PlanExtractor plans = new PlanExtractor(PlanExtractor.Settings.from(LAYOUT.extraction()));

    private static TextPassage brief(String title, String... prose) {
        List<TextPassage.Piece> pieces = new java.util.ArrayList<>(List.of(new TextPassage.Piece(title, "L1",
                Optional.empty())));
        for (int i = 0; i < prose.length; i++) {
            pieces.add(new TextPassage.Piece(prose[i], "L" + (i + 3), Optional.empty()));
        }
        return TextPassage.joined("L1-9", pieces);
    }

    @Test
    void givenATitleNamingAnEditionAndProseNamingAnEarlierOneWithItsPeriod_whenProposed_thenBothFollowEachOther() {
        TextPassage passage = brief("가상국 「제3기 과학기술 기본계획」의 주요 내용", "연구 투자를 확대",
                "제2기('21년~'25년) 기본계획은 기초연구를 중점 지원");
        Proposal p = plans.propose(passage, context);

        assertEquals(List.of("과학기술 기본계획", "제3기 과학기술 기본계획", "제2기 과학기술 기본계획"),
                p.entities().stream().map(CandidateEntity::name).toList());
        assertTrue(p.facts().contains(new CandidateFact("_:plan-2", "period", "2021/2025", true, "plan/period",
                p.facts().stream().filter(f -> f.property().equals("period")).findFirst().orElseThrow().evidence(),
                "the period printed beside the edition")));
        CandidateFact country = p.facts().stream().filter(f -> f.property().equals("country")).findFirst()
                .orElseThrow();
        assertEquals(List.of("_:plan-3", "land"), List.of(country.subject(), country.object()));
        CandidateFact predecessor = p.facts().stream().filter(f -> f.property().equals("predecessor")).findFirst()
                .orElseThrow();
        assertEquals(List.of("_:plan-3", "_:plan-2"), List.of(predecessor.subject(), predecessor.object()));
        // the period's evidence lies in the prose line that prints it, the part the merge places it at
        assertEquals("L4", passage.partAt(p.facts().stream().filter(f -> f.property().equals("period"))
                .findFirst().orElseThrow().evidence().start()).orElseThrow().at());
    }

    private static Map<String, String> periods(Proposal p) {
        Map<String, String> out = new java.util.TreeMap<>();
        p.facts().stream().filter(f -> f.property().equals("period")).forEach(f -> out.put(f.subject(), f.object()));
        return out;
    }

    @Test
    void givenAnEarlierEditionWithItsPeriodAfterItsPlanWord_whenProposed_thenThatIsItsPeriod() {
        Proposal shortName = plans.propose(brief("가상국 「제4차 연구혁신계획」", "제3차 계획(2022~2026)의 성과"),
                context);
        Proposal fullName = plans.propose(brief("가상국 「제4차 연구혁신계획」",
                "제3차 연구혁신계획(2022~2026)은 투자를 늘렸다"), context);

        assertEquals(Map.of("_:plan-3", "2022/2026"), periods(shortName));
        assertEquals(Map.of("_:plan-3", "2022/2026"), periods(fullName));
    }

    @Test
    void givenAYearPrintedAfterAnEditionsPlanWordOutsideBrackets_whenProposed_thenOnlyTheNextEditionHasAPeriod() {
        Proposal p = plans.propose(brief("가상국 「제3차 혁신계획」", "2019년 제1차 계획, 2023년 제2차 계획(2023~2026)을 수립"),
                context);

        assertEquals(Map.of("_:plan-2", "2023/2026"), periods(p));
    }

    @Test
    void givenAnEditionMarkCountingSomethingElse_whenProposed_thenItIsNoPlan() {
        Proposal p = plans.propose(brief("가상국 「제3기 과학기술 기본계획」", "제2차 공모를 진행하고 있음"), context);

        assertEquals(List.of("_:plan-series", "_:plan-3"), p.entities().stream().map(CandidateEntity::key).toList());
    }

    @Test
    void givenATitleNamingNoPlan_whenProposed_thenNothing() {
        assertEquals(Proposal.nothing(), plans.propose(brief("가상국의 연구 정책 동향",
                "제2기('21년~'25년) 기본계획은 기초연구를 중점 지원"), context));
    }
}
