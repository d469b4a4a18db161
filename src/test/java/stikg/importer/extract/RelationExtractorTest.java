package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import stikg.importer.Briefs;
import org.junit.jupiter.api.Test;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * Who leads, owns, runs or funds a thing, read from a sentence: sentences of two development briefs of the importer
 * corpus, (a) Serenia and (f) Welmark (data/importer-corpus/briefs/), with the names the draft of each brief knows.
 */
class RelationExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("msit", "Ministry", "과학기술부"),
            entry("srf", "FundingAgency", "세레니아 연구재단"), entry("nnti", "ResearchInstitute", "국립나노기술원"),
            entry("sera", "Program", "SERA"), entry("astra", "Program", "아스트라 펠로우십"),
            entry("nanofab", "Facility", "세레니아 나노팹"), entry("whlr", "ResearchInstitute", "벨마르크 고성능컴퓨팅센터"),
            entry("altair", "Facility", "ALTAIR"), entry("wfg", "FundingAgency", "WFG"),
            entry("junior", "Program", "신진연구자 독립연구단 사업")));

    private static List<String> read(String sentence) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups());
        RelationExtractor x = new RelationExtractor(RelationExtractor.Settings.from(LAYOUT.extraction()));
        return x.extract(new TextPassage(sentence, "L1"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenTwoSubjectsInAClauseAboutAProgramme_thenOneOwnsItAndTheOtherFundsIt_briefA() {
        assertEquals(List.of("sera ownedBy msit", "sera fundedBy srf"),
                read("* SERA는 과학기술부가 소관하고 세레니아 연구재단(SRF)이 자금을 배분하며, 프로그램 매니저(PM) 제도를 도입"));
    }

    @Test
    void givenAClauseWithoutEndingAboutAProgramme_thenItsSubjectImplementsIt_briefA() {
        assertEquals(List.of("astra implementedBy srf"),
                read("※ 아스트라 펠로우십은 2022년 도입되었으며 세레니아 연구재단(SRF)이 운영"));
    }

    @Test
    void givenARelativeClauseBeforeAFacility_thenItsSubjectOperatesIt_briefA() {
        assertEquals(List.of("nanofab operatedBy nnti"),
                read("(반도체 공공 팹) 국립나노기술원이 운영하는 ‘세레니아 나노팹’을 대학·스타트업에 개방하여 시제품 제작 비용을 최대 70% 지원"));
    }

    @Test
    void givenARelativeClauseAndAClassNounInApposition_thenTheNameAfterItIsOperated_briefF() {
        assertEquals(List.of("altair operatedBy whlr"), read("연구 인프라 측면에서는 벨마르크 고성능컴퓨팅센터(Welmärkisches "
                + "Höchstleistungsrechenzentrum, WHLR)가 운영할 엑사급 슈퍼컴퓨터 ALTAIR가 대표적이다."));
    }

    @Test
    void givenARelativeClauseBeforeAProgramme_thenItsSubjectImplementsIt_briefF() {
        assertEquals(List.of("junior implementedBy wfg"),
                read("해외 연구자 유치 프로그램을 연 400명 규모로 확대하고, WFG가 운영하는 신진연구자 독립연구단 사업을 두 배로 늘리기로 하였다."));
    }

    @Test
    void givenTheVerbNounInsideALongerNounOrWithoutItsObject_thenNothingIsRead() {
        assertEquals(List.of(), read("SERA는 과학기술부가 운영비를 부담"));
        assertEquals(List.of(), read("SERA는 세레니아 연구재단(SRF)이 배분"));
        assertEquals(List.of(), read("국립나노기술원의 운영 계획에 따라 세레니아 나노팹을 개방"));
        assertEquals(List.of(), read("국립나노기술원이 운영하는 연구소의 세레니아 나노팹"));
    }
}
