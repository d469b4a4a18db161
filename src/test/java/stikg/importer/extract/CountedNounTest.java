package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/**
 * What a target's count counts is read back from its number in its clause. The sentences are written for this test
 * (invented names), in the ways the development briefs print counted targets: a noun right before the number, a
 * quoted name, an object particle before a deadline, a word of rate or the start of a change.
 */
class CountedNounTest {

    private static final CountedNoun READER = new CountedNoun(CountedNoun.Settings.from(Briefs.layout()));

    /** The noun the count printed as {@code count} in {@code text} counts, or "" when none. */
    private static String counted(String text, String count) {
        int at = text.indexOf(count);
        Optional<CountedNoun.Noun> n = READER.before(text, 0, at);
        n.ifPresent(x -> assertEquals(x.text(), text.substring(x.start(), x.end()), "the noun's span"));
        return n.map(CountedNoun.Noun::text).orElse("");
    }

    @Test
    void givenANounRightBeforeTheNumber_thenItIsWhatTheCountCounts() {
        assertEquals("해외 연구자", counted("5년간 해외 연구자 400명을 유치", "400명"));
        assertEquals("거점 실험실", counted("2030년까지 거점 실험실 5곳을 연다", "5곳"));
    }

    @Test
    void givenAQuotedName_thenTheWholeNameIsCountedWithoutItsQuotes() {
        assertEquals("해양 연구기지", counted("연구원을 중심으로 '해양 연구기지' 4곳을 짓고", "4곳"));
    }

    @Test
    void givenAnObjectBeforeADeadlineOrAWordOfRate_thenTheObjectIsCounted() {
        assertEquals("시범 특구", counted("'시범 특구'를 '28년까지 2곳 지정", "2곳"));
        assertEquals("방문 연구자", counted("방문 연구자를 연 80명 초청", "80명"));
        assertEquals("공동 과제", counted("공동 과제를 연 40건에서 90건으로 늘린다", "90건"));
    }

    @Test
    void givenAVerbOrABracketBeforeTheCount_thenNothingIsCounted() {
        assertEquals("", counted("시범 구매를 넓혀 2031년까지 연 200건", "200건"));
        assertEquals("", counted("'가교 펠로우십(Bridge Fellowship)'을 연 300명", "300명"));
        assertEquals("", counted("연 1만 명", "1만 명"), "a word of rate is no noun");
    }

    @Test
    void givenAUnitOfPeople_thenTheCountIsOfPeople() {
        assertTrue(READER.ofPeople("명"));
        assertFalse(READER.ofPeople("곳"));
    }
}
