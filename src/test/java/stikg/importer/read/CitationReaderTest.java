package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import stikg.importer.names.NameFolder;

/** Citations become cited documents; a document has one web address. */
class CitationReaderTest {

    private static final String THREE_PAGES = "内閣府 홈페이지(https://www.example.go.jp/cstp/sip/list.html, "
            + "<https://www.example.go.jp/cstp/moonshot/system.html>, https://www.example.go.jp/cstp/k/index.html) "
            + "(검색일:2026.4.22.) 참조";

    private final LayoutConfig layout = Briefs.layout();
    private final Lexicon lexicon = Lexicon.empty().with(List.of(new LexiconEntry("cao", List.of("Ministry"),
            Map.of("ja", List.of("内閣府")), Map.of(), List.of(), Map.of(), "test"),
            new LexiconEntry("mext", List.of("Ministry"), Map.of("ja", List.of("文部科学省")), Map.of(), List.of(),
                    Map.of(), "test"),
            new LexiconEntry("cst-council", List.of("Council"), Map.of("ja", List.of("科学技術・学術審議会")), Map.of(),
                    List.of(), Map.of(), "test")));
    private final EntityBook book = new EntityBook("doc", lexicon, "ko");
    private final CitationReader reader = new CitationReader(layout.extraction(), book,
            new EntityRecognizer(lexicon, layout.words()),
            new DateReader(layout.numbers(), layout.words().yearApostrophes()), new NameFolder(layout.words()),
            layout.words().shortNameLength());

    private Draft.EntityPart part(String id) {
        return BookFacts.definition(book, id);
    }

    private List<String> values(String id, String property) {
        return BookFacts.values(book, id, property);
    }

    @Test
    void givenAFootnoteListingThreeWebAddresses_whenRead_thenEachAddressIsADocumentWithTheSharedIssuerDateAndLine() {
        List<String> ids = reader.read(THREE_PAGES, 138).orElseThrow().documentIds();

        assertEquals(3, ids.size());
        assertEquals(List.of(List.of("https://www.example.go.jp/cstp/sip/list.html"),
                List.of("https://www.example.go.jp/cstp/moonshot/system.html"),
                List.of("https://www.example.go.jp/cstp/k/index.html")),
                ids.stream().map(id -> values(id, "url")).toList());
        for (String id : ids) {
            assertEquals(List.of("cao"), values(id, "issuedBy"));
            assertEquals(List.of("2026-04-22"), values(id, "accessDate"));
            assertEquals("L138", part(id).at());
        }
    }

    @Test
    void givenSeveralAddresses_whenRead_thenEachLabelIsTheIssuersNameAndThePartOfItsAddressTheOthersDoNotShare() {
        List<String> ids = reader.read(THREE_PAGES, 138).orElseThrow().documentIds();

        assertEquals(List.of("内閣府 홈페이지 (sip/list.html)", "内閣府 홈페이지 (moonshot/system.html)",
                "内閣府 홈페이지 (k/index.html)"), ids.stream().map(id -> part(id).label().get("ko")).toList());
    }

    @Test
    void givenABodyNamedAfterTheTitle_whenRead_thenItIssuesTheDocumentWithThePublisher() {
        String id = reader.read("文部科学省(2026.4.17.). 「量子ビーム施設の今後の推進方策について」. 科学技術・学術審議会", 96)
                .orElseThrow().documentIds().get(0);

        assertEquals(List.of("mext", "cst-council"), values(id, "issuedBy"));
    }

    @Test
    void givenAnAddressInAngleBrackets_whenRead_thenTheBracketsAreNotPartOfIt() {
        String id = reader.read("内閣府 홈페이지(<https://www.example.go.jp/a.html>) 참조", 9).orElseThrow()
                .documentIds().get(0);

        assertEquals(List.of("https://www.example.go.jp/a.html"), values(id, "url"));
        assertEquals("内閣府 홈페이지", part(id).label().get("ko"), "one address: the issuer's name alone");
    }

    @Test
    void givenAPageCitedAgainInAnotherFootnote_whenRead_thenItIsTheSameDocument() {
        List<String> first = reader.read(THREE_PAGES, 138).orElseThrow().documentIds();
        List<String> again = reader.read("内閣府(https://www.example.go.jp/cstp/moonshot/system.html) 참조", 150)
                .orElseThrow().documentIds();

        assertEquals(List.of(first.get(1)), again);
        assertNotEquals(first.get(0), first.get(1));
    }
}
