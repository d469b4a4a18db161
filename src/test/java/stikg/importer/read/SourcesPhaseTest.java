package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;
import stikg.importer.extract.DateSpan;
import stikg.importer.extract.ExtractionContext;
import stikg.importer.extract.TextPassage;

/**
 * Citations become cited documents, read by the citation extractor from one passage of the brief's citation texts
 * and defined by the sources phase; a document has one web address, and a title cited twice is one document.
 */
class SourcesPhaseTest {

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
    private final DateReader dates = new DateReader(layout.numbers(), layout.words().yearApostrophes());
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(lexicon, layout.words()),
            book::typesOf, layout.extraction().classGroups(), Optional.empty(), "doc", text -> List.of(),
            text -> List.of(), text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end()))
            .toList());

    /** The documents each citation cites, the citations read as one passage, each at its line. */
    private List<List<String>> read(String text1, int line1, Object... more) {
        List<TextPassage.Piece> pieces = new ArrayList<>(List.of(new TextPassage.Piece(text1, "L" + line1,
                Optional.of("1)"))));
        List<Integer> lines = new ArrayList<>(List.of(line1));
        for (int i = 0; i < more.length; i += 2) {
            pieces.add(new TextPassage.Piece((String) more[i], "L" + more[i + 1], Optional.of((i / 2 + 2) + ")")));
            lines.add((Integer) more[i + 1]);
        }
        SourcesPhase.CitedSources cited = new SourcesPhase(layout, book).read(TextPassage.joined("L1-200", pieces),
                lines, context);
        return lines.stream().map(l -> cited.byLine().getOrDefault(l, List.of())).toList();
    }

    private Draft.EntityPart part(String id) {
        return BookFacts.definition(book, id);
    }

    private List<String> values(String id, String property) {
        return BookFacts.values(book, id, property);
    }

    @Test
    void givenALineNamingItsSourceAfterALabel_whenTheBriefIsRead_thenItCitesTheDocumentAndStaysProse() {
        // the words are written for this test; a brief's "자료:" line under a table or a paragraph
        String brief = String.join("\n", "「바다 연구 계획」의 주요 내용과 시사점", "", "1. 개요", "",
                "정부는 새 전략에 따라 연구를 늘린다.", "", "자료: 文部科学省(2025.8.), 「海洋研究戦略」, 제3장", "",
                "2. 시사점", "", "연구 투자가 늘어난다.", "");
        stikg.importer.text.Segmentation seg = new stikg.importer.text.Segmenter(layout)
                .segment(stikg.importer.text.BriefText.of("brief.txt", brief));
        SourcesPhase.CitedSources cited = new SourcesPhase(layout, book).read(seg, context);

        List<String> ids = cited.byLine().getOrDefault(7, List.of());
        assertEquals(1, ids.size(), cited.byLine().toString());
        assertEquals(List.of("mext"), values(ids.get(0), "issuedBy"));
        assertEquals(List.of("2025-08"), values(ids.get(0), "publicationDate"));
        assertTrue(seg.prose().stream().anyMatch(p -> p.line() == 7), "the line is still read as prose");
    }

    @Test
    void givenAFootnoteListingThreeWebAddresses_whenRead_thenEachAddressIsADocumentWithTheSharedIssuerDateAndLine() {
        List<String> ids = read(THREE_PAGES, 138).get(0);

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
        List<String> ids = read(THREE_PAGES, 138).get(0);

        assertEquals(List.of("内閣府 홈페이지 (sip/list.html)", "内閣府 홈페이지 (moonshot/system.html)",
                "内閣府 홈페이지 (k/index.html)"), ids.stream().map(id -> part(id).label().get("ko")).toList());
    }

    @Test
    void givenABodyNamedAfterTheTitle_whenRead_thenItIssuesTheDocumentWithThePublisher() {
        String id = read("文部科学省(2026.4.17.). 「量子ビーム施設の今後の推進方策について」. 科学技術・学術審議会", 96)
                .get(0).get(0);

        assertEquals(List.of("mext", "cst-council"), values(id, "issuedBy"));
    }

    @Test
    void givenAnAddressInAngleBrackets_whenRead_thenTheBracketsAreNotPartOfIt() {
        String id = read("内閣府 홈페이지(<https://www.example.go.jp/a.html>) 참조", 9).get(0).get(0);

        assertEquals(List.of("https://www.example.go.jp/a.html"), values(id, "url"));
        assertEquals("内閣府 홈페이지", part(id).label().get("ko"), "one address: the issuer's name alone");
    }

    @Test
    void givenAPageCitedAgainInAnotherFootnote_whenRead_thenItIsTheSameDocument() {
        List<List<String>> both = read(THREE_PAGES, 138,
                "内閣府(https://www.example.go.jp/cstp/moonshot/system.html) 참조", 150);
        List<String> first = both.get(0);
        List<String> again = both.get(1);

        assertEquals(List.of(first.get(1)), again);
        assertNotEquals(first.get(0), first.get(1));
    }

    @Test
    void givenATitleCitedAgainWithTheWordOfTheMainText_whenRead_thenItIsOneDocumentDatedByItsFirstCitation() {
        List<List<String>> both = read("内閣府(2026.3.27.). 「第7期科学技術・イノベーション基本計画」. 閣議決定", 12,
                "「第7期科学技術・イノベーション基本計画 本文」", 40, "이 각주는 아무것도 인용하지 않음", 41);

        assertEquals(both.get(0), both.get(1));
        assertEquals(List.of(), both.get(2), "a footnote citing no title and no address cites nothing");
        assertEquals(List.of("2026-03-27"), values(both.get(0).get(0), "publicationDate"));
        assertEquals("L12", part(both.get(0).get(0)).at());
    }

    @Test
    void givenACitationWithoutTitleNamingAKindOfDocument_whenRead_thenTheDocumentGoesByItsPublisherAndKind() {
        List<List<String>> cited = read("文部科学省 보도자료(2026.10.14.) 기준. 배분액은 내년에 확정", 132,
                "文部科学省 내부 자료(2026.11.)", 140, "文部科学省 보도자료(2026.10.14.)", 150, "文部科学省(2026.3.) 기준", 160);

        String release = cited.get(0).get(0);
        assertEquals("文部科学省 보도자료", part(release).label().get("ko"));
        assertEquals(List.of("mext"), values(release, "issuedBy"));
        assertEquals(List.of("2026-10-14"), values(release, "publicationDate"));
        assertEquals("文部科学省 내부 자료", part(cited.get(1).get(0)).label().get("ko"));
        assertEquals(List.of("2026-11"), values(cited.get(1).get(0), "publicationDate"));
        assertEquals(List.of(release), cited.get(2), "the same release cited again is one document");
        assertEquals(List.of(), cited.get(3), "a publisher and a date name no document");
    }

    @Test
    void givenACitedTitleNamingAnEditionWithACabinetDecision_whenRead_thenTheEditionAndDecisionDateAreHandedOn() {
        SourcesPhase.CitedSources cited = new SourcesPhase(layout, book).read(TextPassage.joined("L1-20",
                List.of(new TextPassage.Piece("内閣府(2026.3.27.). 「第7期科学技術・イノベーション基本計画」. 閣議決定",
                "L12", Optional.empty()))), List.of(12), context);

        assertEquals(List.of(new SourcesPhase.EditionCited(cited.documents().get(0), 7, Optional.of("2026-03-27"),
                12)), cited.editions());
    }

    @Test
    void givenTheSourcesPhasesExtractorsOnAPassageOfParts_whenProposed_thenEveryEntityAndFactRestsWithinOnePart() {
        TextPassage passage = TextPassage.joined("L1-200", List.of(
                new TextPassage.Piece("「第7期科学技術・イノベーション基本計画」 제7기 과학기술 기본계획", "L1", Optional.empty()),
                new TextPassage.Piece(THREE_PAGES, "L138", Optional.of("1)")),
                new TextPassage.Piece("제6기('21년~'25년) 기본계획은 文部科学省(2026.4.17.). 「量子ビーム」을 인용", "L150",
                        Optional.of("2)"))));
        ExtractionContext withPeriods = context.withPeriods(text -> dates.periods(text).stream()
                .map(d -> new DateSpan(d.interval(), d.start(), d.end())).toList());
        for (var x : stikg.importer.extract.Extractors.sources(layout)) {
            var proposal = x.propose(passage, withPeriods);
            assertTrue(!proposal.entities().isEmpty(), x.id() + " proposed nothing");
            for (var e : proposal.entities()) {
                var part = passage.partAt(e.evidence().start()).orElseThrow();
                assertTrue(e.evidence().end() <= part.end(), e + " runs past its part " + part);
            }
            for (var f : proposal.facts()) {
                var part = passage.partAt(f.evidence().start()).orElseThrow();
                assertTrue(f.evidence().end() <= part.end(), f + " runs past its part " + part);
            }
        }
    }
}
