package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * Prose read clause by clause gives candidate facts: links by cue words and particles, counts about a clause's
 * topic, events with their counts; each in a record of its own at the line it was read from (the dates of things are
 * read by an extractor of the facts phase, {@code PassagePhaseTest}).
 */
class ProseFactFinderTest {

    private final LayoutConfig layout = Briefs.layout();
    private final Lexicon lexicon = Lexicon.empty().with(List.of(
            entry("k-program", "Program", "K-Program"),
            entry("jst", "FundingAgency", "JST"),
            entry("nedo", "FundingAgency", "NEDO"),
            entry("cao", "Ministry", "내각부"),
            entry("sbir", "Program", "SBIR 제도")));
    private final EntityBook book = new EntityBook("doc", lexicon, "ko");
    private final ProseFactFinder finder = new ProseFactFinder(layout, book,
            new EntityRecognizer(lexicon, layout.words()),
            new DateReader(layout.numbers(), layout.words().yearApostrophes()), new QuantityReader(layout.numbers()));

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private void read(String text, int line) {
        finder.read(new Passage(text, line, "L" + line, null));
    }

    /** The nested entities an entity's records give it by a property. */
    private List<Draft.EntityPart> nested(String subject, String property) {
        return book.parts().stream().filter(p -> subject.equals(p.subject())).flatMap(p -> p.facts().stream())
                .filter(f -> f.property().equals(property)).map(f -> ((Draft.Nested) f.value()).entity()).toList();
    }

    private static List<String> values(Draft.EntityPart e, String property) {
        return e.facts().stream().filter(f -> f.property().equals(property))
                .map(f -> f.value() instanceof Draft.Literal l ? l.text() : f.value().toString()).toList();
    }

    @Test
    void givenAProgrammeAsTheTopicOfAClauseStatingACount_whenRead_thenTheProgrammeHasThatCountOfTheNounAfterIt() {
        read("K-Program은 지금까지 총 51개의 중요 기술을 지정", 160);

        List<Draft.EntityPart> counts = nested("k-program", "count");
        assertEquals(1, counts.size());
        assertEquals(List.of("51"), values(counts.get(0), "countValue"));
        assertEquals("중요 기술", counts.get(0).label().get("ko"), "the genitive after the number is not the noun");
        assertEquals(List.of(), values(counts.get(0), "isMinimum"));
    }

    @Test
    void givenACountStatedAsAMinimum_whenReadAboutATopic_thenTheCountIsMarkedAsAMinimum() {
        read("K-Program은 20개 이상의 중요 기술을 지정", 12);

        List<Draft.EntityPart> counts = nested("k-program", "count");
        assertEquals(1, counts.size());
        assertEquals(List.of("20"), values(counts.get(0), "countValue"));
        assertEquals(List.of("true"), values(counts.get(0), "isMinimum"));
    }

    @Test
    void givenAnOrganisationAsSubjectAndTwoDoneThrough_whenACueVerbActsOnAProgramme_thenEachLinkIsACandidate() {
        read("내각부는 (JST와 NEDO)를 통해 K-Program을 지원하는 중", 20);

        assertEquals(List.of("jst", "nedo"), BookFacts.values(book, "k-program", layout.extraction().via().property()));
        assertEquals(List.of("cao"), BookFacts.values(book, "k-program",
                layout.extraction().via().subjectProperty()));
        assertTrue(book.parts().stream().filter(p -> "k-program".equals(p.subject()))
                .allMatch(p -> "L20".equals(p.at())), "every record stands at the line it was read from");
    }

    @Test
    void givenAnOrganisationAnnouncingACallWithACount_whenRead_thenOneCallEventIsDraftedWithItsDateAndCount() {
        read("내각부는 '25년 10월 거점 도시 4곳을 선정", 30);

        List<Draft.EntityPart> events = book.parts().stream().filter(p -> p.types().contains("Call")).toList();
        assertEquals(1, events.size());
        Draft.EntityPart call = events.get(0);
        assertEquals(List.of("Ref[id=cao]"), values(call, "issuedBy"));
        assertEquals(List.of("2025-10"), values(call, "date"));
        Draft.EntityPart count = call.facts().stream().filter(f -> f.property().equals("count"))
                .map(f -> ((Draft.Nested) f.value()).entity()).findFirst().orElseThrow();
        assertEquals(List.of("4"), values(count, "countValue"));
        assertEquals("거점 도시", count.label().get("ko"), "the words before the number name what is counted");
    }
}
