package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.read.DateReader;

/**
 * The brief's own number and date from its series line or a date alone on a line. The lines are written for this
 * test (an invented series), in the two ways the development briefs print them.
 */
class SeriesLineExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static List<String> read(String line) {
        DateReader dates = new DateReader(LAYOUT.numbers(), LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(new Lexicon(List.of()),
                LAYOUT.words()), id -> List.of(), LAYOUT.extraction().classGroups(), Optional.empty(), "brief",
                text -> List.of(), text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(),
                        d.start(), d.end())).toList(), Optional.empty());
        return new SeriesLineExtractor(SeriesLineExtractor.Settings.from(LAYOUT.extraction()))
                .extract(new TextPassage(line, "L3"), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenASeriesLineWithNumberAndDate_thenTheyAreTheBriefsNumberAndPublicationDate() {
        assertEquals(List.of("brief number 2025-31", "brief publicationDate 2025-09-15"),
                read("미래정책연구소 정책브리프 제2025-31호 (2025년 9월 15일)"));
    }

    @Test
    void givenASeriesLineWithoutADate_thenOnlyTheNumberIsRead() {
        assertEquals(List.of("brief number 2025-7"), read("해외 혁신정책 동향 2025-7호"));
    }

    @Test
    void givenADayAloneOnItsLineWithItsWeekday_thenItIsThePublicationDate() {
        assertEquals(List.of("brief publicationDate 2025-10-03"), read("2025. 10. 3.(금)"));
    }

    @Test
    void givenADateInASentenceOrAnArticleNumber_thenNothingIsRead() {
        assertEquals(List.of(), read("2025. 10. 3. 회의에서 확정"));
        assertEquals(List.of(), read("「연구혁신법」 제12조제2항에 따라 2025년 수립"));
    }

    @Test
    void givenALineOpeningWithAWordForTheDateOfIssue_thenTheDateAfterItIsThePublicationDate() {
        assertEquals(List.of("brief publicationDate 2025-06-09"), read("발행일: 2025년 6월 9일"));
        assertEquals(List.of("brief publicationDate 2025-06-09"), read("펴낸날  2025년 6월 9일"));
        assertEquals(List.of("brief publicationDate 2025-06-09"), read("게시일 2025-06-09  |  조회 87"));
        assertEquals(List.of(), read("발행일 기준으로 2025년 6월 9일까지 접수"), "a date not right after the word");
    }
}
