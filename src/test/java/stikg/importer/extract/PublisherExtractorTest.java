package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
 * The institute that issues a brief. Lines of three development briefs of the importer corpus
 * (data/importer-corpus/briefs/): the series line of (f) Welmark, the imprint under the date of (e) Arven and the
 * disclaimers of (a) Serenia and (e); and lines written for this test in the shape of the seed's disclaimer, which
 * names the ministry that funds the series before the institute that issues the brief.
 */
class PublisherExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("ministry", List.of("Ministry"),
            Map.of("ko", List.of("가상과학부")), Map.of(), List.of(), Map.of(), "test")));

    /** The candidates read from a line at a locator, each proposed entity's key replaced by "class 'name'". */
    private static List<String> read(String line, String at) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), "brief");
        Proposal p = new PublisherExtractor(PublisherExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(line, at), context);
        List<String> out = new ArrayList<>();
        for (CandidateFact c : p.facts()) {
            String object = p.entities().stream().filter(e -> e.key().equals(c.object()))
                    .map(e -> e.type() + " '" + e.name() + "'").findFirst().orElse(c.object());
            out.add(c.subject() + " " + c.property() + " " + object + " [" + c.rule() + "]");
        }
        return out;
    }

    private static List<String> read(String line) {
        return read(line, "L5");
    }

    @Test
    void givenASeriesLineOpeningWithAnInstitute_thenTheInstituteIssuesTheBrief() {
        // (f) L5
        assertEquals(List.of("brief dct:publisher ThinkTank '과학기술외교연구원' [publisher/series-line]"),
                read("과학기술외교연구원 이슈브리프 제2026-22호 (2026년 11월 30일)"));
    }

    @Test
    void givenASeriesLineWithoutAnInstitute_thenNothingIsRead() {
        // (e) L5
        assertEquals(List.of(), read("해외 과학기술정책 동향 2026-14호"));
    }

    @Test
    void givenALineHoldingAnInstituteAndItsUnit_thenTheInstituteIssuesTheBrief() {
        // (e) L10
        assertEquals(List.of("brief dct:publisher ThinkTank '글로벌혁신정책연구소' [publisher/imprint]"),
                read("글로벌혁신정책연구소 정책동향팀"));
    }

    @Test
    void givenDisclaimersOfTwoBriefs_thenTheInstituteTheyNameIssuesTheBrief() {
        // (a) L24, (e) L139
        assertEquals(List.of("brief notOfficialPositionOf ThinkTank '미래과학정책연구원' [publisher/disclaimer-body]",
                "brief dct:publisher ThinkTank '미래과학정책연구원' [publisher/disclaimer]"),
                read("본고는 저자의 개인적인 견해이며 미래과학정책연구원의 공식적인 의견이 아닙니다."));
        assertEquals(List.of("brief notOfficialPositionOf ThinkTank '글로벌혁신정책연구소' [publisher/disclaimer-body]",
                "brief dct:publisher ThinkTank '글로벌혁신정책연구소' [publisher/disclaimer]"),
                read("본 자료는 작성자의 개인 견해이며, 글로벌혁신정책연구소의 공식 입장이 아님"));
    }

    @Test
    void givenADisclaimerNamingTheFundingMinistryAndTheInstitute_thenTheInstituteIssuesTheBriefNotTheMinistry() {
        // the seed's shape, with an acronym for the institute; the ministry is one the draft knows, proposed by its name, which the merge resolves to it
        assertEquals(List.of("brief notOfficialPositionOf Ministry '가상과학부' [publisher/disclaimer-body]",
                "brief notOfficialPositionOf ThinkTank 'KISEP' [publisher/disclaimer-body]",
                "brief dct:publisher ThinkTank 'KISEP' [publisher/disclaimer]"),
                read("이 글은 필자의 견해이며 가상과학부와 KISEP의 공식적인 의견이 아닙니다."));
        assertEquals(List.of("brief notOfficialPositionOf Ministry '가상과학부' [publisher/disclaimer-body]",
                "brief notOfficialPositionOf ThinkTank '가상정책연구원' [publisher/disclaimer-body]",
                "brief dct:publisher ThinkTank '가상정책연구원' [publisher/disclaimer]"),
                read("이 글은 필자의 견해로 가상과학부 및 가상정책연구원의 공식 의견이 아님"));
    }

    @Test
    void givenADisclaimerNamingOnlyAMinistry_thenTheMinistryIsNamedButIssuesNothing() {
        assertEquals(List.of("brief notOfficialPositionOf Ministry '가상과학부' [publisher/disclaimer-body]"),
                read("본 보고서의 내용은 연구진의 견해이며 가상과학부의 공식 입장이 아닙니다."));
        // a ministry the draft does not know, by its class word
        assertEquals(List.of("brief notOfficialPositionOf Ministry '미래혁신부' [publisher/disclaimer-body]"),
                read("본 보고서의 내용은 연구진의 견해이며 미래혁신부의 공식 입장이 아닙니다."));
    }

    @Test
    void givenASentenceThatIsNoDisclaimer_thenNothingIsRead() {
        assertEquals(List.of(), read("연구진은 미래혁신부의 공식 통계를 인용하였다."));
    }

    @Test
    void givenATableCellOrASentenceNamingAnInstitute_thenNothingIsRead() {
        // (f) L96, (e) a lead-column cell of an invented table
        assertEquals(List.of(), read("연구 인프라 측면에서는 벨마르크 고성능컴퓨팅센터(Welmärkisches", "L96"));
        assertEquals(List.of(), read("국립가속기연구원", "t3#2 L104"));
        assertEquals(List.of(), read("국립가속기연구원이 방사광가속기를 구축"));
    }

    @Test
    void givenAColophonPublisherLine_thenTheBodyItNamesIssuesTheBriefWithoutItsGluedAcronym() {
        // lines written for this test, in the colophon forms of (g) and (h)
        assertEquals(List.of("brief dct:publisher ThinkTank '바다정책연구원' [publisher/colophon]"),
                read("발행처: 바다정책연구원(KMPI) 극지협력센터"));
        assertEquals(List.of("brief dct:publisher ThinkTank '가온과학재단' [publisher/colophon]"),
                read("펴낸곳  가온과학재단"));
        assertEquals(List.of(), read("발행인: 홍길동 원장"));
        assertEquals(List.of(), read("발행 2026년 12월"));
    }

    @Test
    void givenAMastheadWhoseFirstFieldIsAnInstituteAlone_thenTheInstituteIssuesTheBrief() {
        assertEquals(List.of("brief dct:publisher ThinkTank '누리정책연구소' [publisher/imprint]"),
                read("누리정책연구소 | 세계 기술정책 노트"));
        assertEquals(List.of(), read("세계 기술정책 노트 | 누리정책연구소"));
    }

    @Test
    void givenACopyrightLine_thenTheHolderItNamesAfterTheMarkAndYearIssuesTheBrief() {
        // the form of development brief (i)'s last line, with an invented institute
        assertEquals(List.of("brief dct:publisher ThinkTank '누리정책연구원' [publisher/copyright]"),
                read("Copyright ⓒ 2026 누리정책연구원(NPI). All rights reserved."));
        assertEquals(List.of("brief dct:publisher ThinkTank '가온과학재단' [publisher/copyright]"),
                read("ⓒ 2025-2026 가온과학재단"));
        assertEquals(List.of(), read("Copyright ⓒ 2026 All rights reserved."));
    }

    @Test
    void givenADisclaimerSayingTheBriefMayDifferFromTheOfficialPosition_thenTheInstituteItNamesIssuesTheBrief() {
        // (g) L179's wording, with an invented institute
        assertEquals(List.of("brief notOfficialPositionOf ThinkTank '누리정책연구원' [publisher/disclaimer-body]",
                "brief dct:publisher ThinkTank '누리정책연구원' [publisher/disclaimer]"),
                read("※ 이 보고서의 내용은 작성자의 견해이며 누리정책연구원의 공식 입장과 다를 수 있습니다."));
    }
}
