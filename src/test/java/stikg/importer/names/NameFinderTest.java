package stikg.importer.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/** Names the lexicon may not know: quoted, bracketed with an acronym or a gloss, or with a class ending. */
class NameFinderTest {

    private final NameFinder finder = new NameFinder(Briefs.layout().words(), Briefs.layout().numbers());

    private List<NameFinder.Candidate> find(String text) {
        return finder.find(text, 1, w -> false);
    }

    @Test
    void givenQuotedNames_whenFound_thenTheirClassIsGuessedFromTheEnding() {
        List<NameFinder.Candidate> c = find("'25년 12월 내각부는 「연구안보 확보 가이드라인」을 발표하고 ‘특정 연구개발 프로그램’을 대상으로");
        assertEquals(List.of("내각부", "연구안보 확보 가이드라인", "특정 연구개발 프로그램"),
                c.stream().map(NameFinder.Candidate::name).toList());
        assertEquals("Ministry", c.get(0).type(), "an unquoted word ending in 부 names a ministry");
        assertEquals("Guideline", c.get(1).type());
        assertEquals("Program", c.get(2).type());
    }

    @Test
    void givenUnquotedWordsEndingLikeOrganisations_whenFound_thenNamesAreKept_andCommonNounsAreNot() {
        List<NameFinder.Candidate> c = find("과학기술부와 산업기술진흥청이 중앙정부의 달성여부를 점검하고 교육부·재무부가 지원");
        assertEquals(List.of("과학기술부", "산업기술진흥청", "교육부", "재무부"),
                c.stream().map(NameFinder.Candidate::name).toList(), "정부 and 여부 end in 부 but name no ministry");
        assertEquals(List.of("Ministry", "Agency", "Ministry", "Ministry"),
                c.stream().map(NameFinder.Candidate::type).toList());
    }

    @Test
    void givenANameTiedToAnotherBySanha_whenReadBackFromItsGloss_thenTheTieIsNoPartOfIt() {
        NameFinder.Candidate srf = find("연구비 배분은 과학기술부 산하 세레니아 연구재단(SRF)이 맡음").stream()
                .filter(x -> "SRF".equals(x.acronym())).findFirst().orElseThrow();
        assertEquals("세레니아 연구재단", srf.name());
        assertEquals("FundingAgency", srf.type());
    }

    @Test
    void givenAVerbOrConjunctionBeforeAGlossedName_whenReadBackFromItsGloss_thenItIsNoPartOfIt() {
        // phrasings of development briefs (e) and (f)
        assertTrue(find("「과학기술혁신기본법」 제12조에 따라 국가과학기술혁신회의(NCSTI)가 5년마다 수립").stream()
                .anyMatch(c -> c.name().equals("국가과학기술혁신회의")));
        assertTrue(find("산하에 14개 연구소를 거느린 응용연구협회(GAF)가 맡는다").stream()
                .anyMatch(c -> c.name().equals("응용연구협회")));
        assertTrue(find("그러나 연방 혁신자문위원회(Innovationsbeirat)는 지적하였다").stream()
                .noneMatch(c -> c.name().startsWith("그러나")));
    }

    @Test
    void givenYearsWrittenWithApostrophes_whenFound_thenTheyAreNoQuotedNames() {
        assertTrue(find("제4기(‘11년~’15년) 기본계획 이후").isEmpty());
        assertTrue(find("'25년 12월과 '24년 6월").isEmpty());
    }

    @Test
    void givenANameWithAnAcronymOrAGloss_whenFound_thenTheAcronymAndForeignNameAreKept() {
        NameFinder.Candidate spring8 = find("(연구시설) 대형방사광시설(SPring-8)의 고도화").get(0);
        assertEquals("대형방사광시설", spring8.name());
        assertEquals("SPring-8", spring8.acronym());
        assertEquals("Facility", spring8.type());
        NameFinder.Candidate csti = find("CSTI(종합과학기술혁신회의)의 사령탑 기능").get(0);
        assertEquals("종합과학기술혁신회의", csti.name());
        assertEquals("CSTI", csti.acronym());
        NameFinder.Candidate jsps = find("과학연구비 조성 사업(일본학술진흥회:JSPS) 예산").get(0);
        assertEquals("일본학술진흥회", jsps.name());
        assertEquals("JSPS", jsps.acronym());
        NameFinder.Candidate zone = find("슈퍼시티, 연계인연특구(連携絆特区) 등").stream()
                .filter(x -> x.japanese() != null).findFirst().orElseThrow();
        assertEquals("연계인연특구", zone.name());
        assertEquals("連携絆特区", zone.japanese());
        assertEquals("SpecialZone", zone.type());
    }

    @Test
    void givenAMultiWordNameBeforeItsAcronym_whenFound_thenLongerReadingsAreOffered() {
        NameFinder.Candidate ai4s = find("과학을 위한 AI(AI for Science, AI4S) 및").get(0);
        assertEquals("AI4S", ai4s.acronym());
        assertEquals("AI for Science", ai4s.english());
        assertTrue(ai4s.longer().contains("과학을 위한 AI"), ai4s.longer().toString());
    }

    @Test
    void givenAnUnquotedWordWithAStandaloneEnding_whenFound_thenItIsACandidate() {
        assertTrue(find("기관 명칭을 중요기술전략연구소(가칭)로 정하고").stream()
                .anyMatch(x -> x.name().equals("중요기술전략연구소") && x.type().equals("ResearchInstitute")));
    }

    @Test
    void givenAQuotedNameWithoutAClassEnding_whenPrintedAfterAClassWord_thenItTakesThatClass_butNotAfterAParticle() {
        List<NameFinder.Candidate> c = find("엑사급 슈퍼컴퓨터 ‘헬리오스-2’를 도입하고 플랫폼 ‘오픈사이언스 아르카’를 구축");
        assertEquals(List.of("헬리오스-2", "오픈사이언스 아르카"), c.stream().map(NameFinder.Candidate::name).toList());
        assertEquals(List.of("Facility", "Facility"), c.stream().map(NameFinder.Candidate::type).toList());
        NameFinder.Candidate after = find("플랫폼을 ‘오픈사이언스 아르카’로 통합").get(0);
        assertEquals(null, after.type(), "a class word with a particle is no apposition");
    }

    @Test
    void givenQuotedNamesOfMachinesSystemsTracksAndCohorts_whenFound_thenTheirHeadsGiveTheirClasses() {
        List<NameFinder.Candidate> c = find("양자컴퓨터 '카펠라-Q'를 들이고 연구용 원자로 'MR-3'를 개방하며 관리시스템 "
                + "'베타-R&D'와 '가상 데이터 허브'를 열고 '장기 연구 트랙'과 국가 코호트 '건강한 노후'를 둔다");
        assertEquals(List.of("카펠라-Q", "MR-3", "베타-R&D", "가상 데이터 허브", "장기 연구 트랙", "건강한 노후"),
                c.stream().map(NameFinder.Candidate::name).toList());
        assertEquals(List.of("Facility", "Facility", "Facility", "Facility", "Program", "Program"),
                c.stream().map(NameFinder.Candidate::type).toList());
    }

    @Test
    void givenANounPhraseOfSeveralWordsEndingInAClassWord_whenFound_thenTheWholePhraseIsAName() {
        List<String> c = find("연구비는 세레니아 연구재단이 배분").stream().map(NameFinder.Candidate::name).toList();
        assertTrue(c.contains("세레니아 연구재단"), c.toString());
    }

    @Test
    void givenANameGlossedByItsOriginalInLatinLetters_whenFound_thenItIsANameOfTheClassItsEndingTells() {
        List<NameFinder.Candidate> c = find("연방 혁신자문위원회(Innovationsbeirat)는 권고하였다");
        assertEquals("혁신자문위원회", c.get(0).name());
        assertEquals("Council", c.get(0).type());
    }
}
