package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.AuthorExtractor;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.TextPassage;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * The footnote on a brief's title says who wrote it, where they work and how to reach them: the author extractor
 * proposes it, the document phase's merge describes the person the lexicon knows, or defines one.
 */
class AuthorExtractorMergeTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();
    private static final String FOOTNOTE = "예시아연구원 혁신정책실 홍길동 연구위원(gildong@example.org)";

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static List<Draft.FactPart> merge(Lexicon lexicon, EntityBook book, TextPassage footnote) {
        EntityRecognizer names = new EntityRecognizer(lexicon, LAYOUT.words());
        ExtractionContext context = new ExtractionContext(names, book::typesOf, LAYOUT.extraction().classGroups(),
                Optional.empty(), "doc");
        Proposal p = new AuthorExtractor(AuthorExtractor.Settings.from(LAYOUT.extraction())).propose(footnote,
                context);
        return CandidateMerge.describe(List.of(p), "doc", book, names, CandidateMerge.TEXT_PROPERTIES.defaultValue());
    }

    @Test
    void givenAnAuthorTheLexiconKnows_whenTheTitleFootnoteIsMerged_thenTheFootnotesFactsDescribeThatPerson() {
        Lexicon lexicon = Lexicon.empty().with(List.of(entry("ex-author", "Person", "홍길동"),
                entry("ex-institute", "ResearchInstitute", "예시아연구원")));
        EntityBook book = new EntityBook("doc", lexicon, "ko");

        List<Draft.FactPart> own = merge(lexicon, book, new TextPassage(FOOTNOTE, "L3", Optional.of("doc"),
                List.of()));

        assertEquals(List.of(new Draft.FactPart("dct:creator", new Draft.Ref("ex-author"), "L3")), own,
                "the known person, not a second one");
        List<Draft.FactPart> facts = book.parts().stream().filter(p -> "ex-author".equals(p.about()))
                .flatMap(p -> p.facts().stream()).toList();
        assertEquals(List.of("jobTitle", "email", "affiliation"), facts.stream().map(Draft.FactPart::property).toList());
        assertEquals(new Draft.Ref("ex-institute"), facts.get(2).value());
    }

    @Test
    void givenAnAuthorNoOneKnows_whenMerged_thenAPersonIsDefinedWithTheNameAsPrinted() {
        EntityBook book = new EntityBook("doc", Lexicon.empty(), "ko");

        List<Draft.FactPart> own = merge(Lexicon.empty(), book, new TextPassage(FOOTNOTE, "L3", Optional.of("doc"),
                List.of()));

        assertEquals(List.of(new Draft.FactPart("dct:creator", new Draft.Ref("doc/author"), "L3")), own);
        assertEquals(Map.of("ko", "홍길동"), book.defined("doc/author").orElseThrow().labels());
    }

    @Test
    void givenTheSameLineInAFootnoteNotOnTheTitle_thenNoAuthorIsRead() {
        EntityBook book = new EntityBook("doc", Lexicon.empty(), "ko");
        assertEquals(List.of(), merge(Lexicon.empty(), book, new TextPassage(FOOTNOTE, "L30")));
        assertEquals(List.of(), book.definitions());
    }
}
