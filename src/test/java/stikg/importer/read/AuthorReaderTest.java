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
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;
import stikg.importer.text.Segmentation;

/** The footnote on a brief's title says who wrote it, where they work and how to reach them. */
class AuthorReaderTest {

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    @Test
    void givenAnAuthorTheLexiconKnows_whenTheTitleFootnoteIsRead_thenTheFootnotesFactsDescribeThatPerson() {
        Lexicon lexicon = Lexicon.empty().with(List.of(entry("ex-author", "Person", "홍길동"),
                entry("ex-institute", "ResearchInstitute", "예시아연구원")));
        LayoutConfig layout = Briefs.layout();
        EntityBook book = new EntityBook("doc", lexicon, "ko");
        AuthorReader reader = new AuthorReader(layout.extraction(), book, new EntityRecognizer(lexicon, layout.words()));

        Optional<String> author = reader.read(new Segmentation.Footnote("1",
                "예시아연구원 혁신정책실 홍길동 연구위원(gildong@example.org)", 3, 3));

        assertEquals(Optional.of("ex-author"), author, "the known person, not a second one");
        List<Draft.FactPart> facts = book.parts().stream().filter(p -> "ex-author".equals(p.about()))
                .flatMap(p -> p.facts().stream()).toList();
        assertEquals(List.of("jobTitle", "email", "affiliation"), facts.stream().map(Draft.FactPart::property).toList());
        assertEquals(new Draft.Ref("ex-institute"), facts.get(2).value());
    }
}
