package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * The disclaimer of a brief, read with the built-in layout: the organisations named right before its words are
 * those whose official position the document is not. Sentences written for this test, with invented names.
 */
class DisclaimerExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("gov", "Ministry", "가상부"),
            entry("inst", "ResearchInstitute", "가상연구원"), entry("land", "Country", "가상국"),
            entry("prog", "Program", "도약연구 프로그램")));

    private static List<CandidateFact> read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                java.util.Optional.empty(), "brief-1");
        return new DisclaimerExtractor(DisclaimerExtractor.Settings.from(LAYOUT.extraction()))
                .extract(new TextPassage(text, "L3-4"), context);
    }

    private static List<String> facts(String text) {
        return read(text).stream().map(c -> c.subject() + " " + c.property() + " " + c.object()).toList();
    }

    @Test
    void givenTwoOrganisationsJoinedByParticlesBeforeTheWords_thenTheDocumentIsTheOfficialPositionOfNeither() {
        assertEquals(List.of("brief-1 notOfficialPositionOf gov", "brief-1 notOfficialPositionOf inst"),
                facts("이 글은 필자의 견해이며 가상부와 가상연구원의 공식적인 의견이 아닙니다."));
    }

    @Test
    void givenAnOrganisationFurtherBackInTheSentence_thenOnlyTheNamesRightBeforeTheWordsCount() {
        assertEquals(List.of("brief-1 notOfficialPositionOf inst"),
                facts("가상부 지원으로 작성한 이 글은 가상연구원의 공식적인 의견이 아닙니다."));
    }

    @Test
    void givenANameThatIsNoOrganisation_thenItIsNotNamed() {
        assertEquals(List.of(), facts("이 글은 가상국의 공식적인 의견이 아닙니다."));
    }

    @Test
    void givenNoDisclaimerWords_thenNothingIsRead() {
        assertEquals(List.of(), facts("가상부와 가상연구원은 도약연구 프로그램을 운영한다."));
    }

    @Test
    void givenADisclaimer_thenEachCandidateRestsOnTheNamesAndTheWordsAtItsPassage() {
        CandidateFact c = read("가상연구원의 공식 입장이 아닙니다").get(0);
        assertEquals("L3-4", c.evidence().at());
        assertEquals("가상연구원의 공식 입장이 아닙", c.evidence().in(new TextPassage("가상연구원의 공식 입장이 아닙니다", "L3-4")));
        assertEquals("disclaimer/공식 입장이 아닙", c.rule());
    }
}
