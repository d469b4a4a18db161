package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/** Dates keep the precision they were printed with; year ranges become ISO 8601 intervals. */
class DateReaderTest {

    private final DateReader reader = new DateReader(Briefs.layout().numbers(), Briefs.layout().words().yearApostrophes());

    private String first(String text) {
        return reader.firstDate(text).orElseThrow().iso();
    }

    @Test
    void givenADottedDate_whenRead_thenItIsADay() {
        assertEquals("2026-03-27", first("内閣府(2026.3.27.). 「第7期…」"));
        assertEquals("2026-04-22", first("(검색일:2026.4.22.) 참조"));
    }

    @Test
    void givenADayWrittenWithSlashesOrHyphens_whenRead_thenItIsADay() {
        assertEquals("2026-10-29", first("위원회는 2026/10/29 본회의에서 확정하였다"));
        assertEquals("2026-11-18", first("게시일 2026-11-18 조회 320"));
        assertTrue(reader.dates("2026/10.29").stream().noneMatch(d -> d.iso().length() == 10),
                "one mark throughout");
        assertTrue(reader.dates("2027-2031 계획").stream().noneMatch(d -> d.iso().length() == 10),
                "a range of years is no day");
        assertEquals("2026-03-27", first("회의(2026.3.27-28.)에서"), "a day's range starts on its first day");
    }

    @Test
    void givenATwoDigitYearWithAnApostropheMonthAndDay_whenRead_thenItIsADay() {
        assertEquals("2025-12-02", first("관계부처 협의를 거쳐 '25.12.2. 제20회 회의에서 확정"));
        assertEquals("2024-07-15", first("→ '24.7.15 공청회 →"));
    }

    @Test
    void givenADottedYearAndMonth_whenRead_thenItIsAMonth() {
        assertEquals("2025-08", first("科学技術学術政策研究所 (2025.8.) 「科学技術指標2025」"));
    }

    @Test
    void givenATwoDigitYearWithAnApostropheAndAMonth_whenRead_thenItIsAMonthOfThisCentury() {
        assertEquals("2025-12", first("'25년 12월 내각부는 「연구안보 확보 가이드라인」을 발표"));
        assertEquals("2022-12", first("「국가안전보장전략」(22년 12월, 국가안전보장회의결정 및 각의결정)"));
        assertEquals("2026-02", first("('26.2월 2차 내각 출범)"));
    }

    @Test
    void givenKoreanYearMonthAndYear_whenRead_thenThePrecisionIsKept() {
        assertEquals("2024-08", first("내각부는 2024년 8월 1차 공모를 통해"));
        assertEquals("2021-04", first("2021년 4월 「과학기술기본법」의 법률명을"));
        assertEquals("1995", first("1995년 제정된 「과학기술기본법」"));
        assertEquals("2023", first("'23년 도입한 SBIR 제도"));
    }

    @Test
    void givenAYearRange_whenRead_thenItIsAnInterval() {
        assertEquals("2021/2025", reader.periods("제6기(‘21년~’25년) 기본계획은").get(0).interval());
        assertEquals("2011/2015", reader.periods("제4기(‘11년~’15년) 기본계획").get(0).interval());
        assertEquals("2021/2025", reader.periods("제6기(21년~25년) 기본계획 기간").get(0).interval());
    }

    @Test
    void givenDurations_whenRead_thenTheyAreNoDates() {
        List<DateReader.DateMention> none = reader.dates("과거 30년간 꾸준한 투자, 5년 주기로, 3년간의 제도");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void givenAMonthAfterTheWordsOfTheSameYear_whenRead_thenItTakesTheYearOfTheDateBeforeIt() {
        List<String> found = reader.dates("2025년 4월 2일 의결되었고, 같은 해 9월 지침을 발표").stream()
                .map(DateReader.DateMention::iso).toList();
        assertEquals(List.of("2025-04-02", "2025-09"), found);
        assertTrue(reader.dates("같은 해 9월 지침을 발표").isEmpty(), "no date before it, no year");
    }

    @Test
    void givenAPastMonthAndDayWithoutAYear_whenReadKnowingTheBriefsDate_thenItIsTheLastSuchDayBeforeIt() {
        assertTrue(reader.dates("정부는 지난 10월 22일 의결").isEmpty(), "without the brief's date, no year");
        assertEquals("2026-10-22", reader.withReference("2026-11-30").firstDate("정부는 지난 10월 22일 의결")
                .orElseThrow().iso());
        assertEquals("2025-12-15", reader.withReference("2026-02-01").firstDate("지난 12월 15일 발표")
                .orElseThrow().iso(), "a month later in the year than the brief's is last year's");
    }
}
