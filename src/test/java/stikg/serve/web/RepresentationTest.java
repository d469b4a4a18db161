package stikg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void givenBrowserAndDataClientAcceptHeaders_whenNegotiated_thenBrowsersGetHtmlAndClientsTheirSyntax() {
        assertEquals(Representation.HTML, Representation.negotiate(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8").orElseThrow());
        assertEquals(Representation.TURTLE, Representation.negotiate("text/turtle").orElseThrow());
        assertEquals(Representation.TURTLE, Representation.negotiate("*/*").orElseThrow());
        assertEquals(Representation.TURTLE, Representation.negotiate(null).orElseThrow());
        assertEquals(Representation.JSONLD, Representation.negotiate("application/ld+json").orElseThrow());
        assertEquals(Representation.JSONLD, Representation.negotiate("application/json").orElseThrow());
        assertEquals(Representation.JSONLD, Representation.negotiate("text/turtle;q=0.5, application/ld+json").orElseThrow());
        assertEquals(Representation.NTRIPLES, Representation.negotiate("application/n-triples").orElseThrow());
        assertEquals(Representation.RDFXML, Representation.negotiate("application/rdf+xml").orElseThrow());
        assertEquals(Representation.TURTLE, Representation.negotiate("text/*").orElseThrow());
        assertTrue(Representation.negotiate("image/png").isEmpty());
        assertTrue(Representation.negotiate("text/turtle;q=0").isEmpty());
    }

    @Test
    void givenAFormatParameter_whenRead_thenItNamesARepresentation() {
        assertEquals(Representation.TURTLE, Representation.byFormat("ttl").orElseThrow());
        assertEquals(Representation.JSONLD, Representation.byFormat("jsonld").orElseThrow());
        assertEquals(Representation.HTML, Representation.byFormat("html").orElseThrow());
        assertTrue(Representation.byFormat("docx").isEmpty());
    }

    @Test
    void givenAnAcceptLanguageHeader_whenNoLanguageWasChosen_thenTheFirstSupportedOneWins() {
        assertEquals("ko", LabelLanguage.fromAcceptLanguage("ko-KR,ko;q=0.9,en-US;q=0.8"));
        assertEquals("ja", LabelLanguage.fromAcceptLanguage("fr-FR,ja;q=0.7,en;q=0.5"));
        assertEquals("en", LabelLanguage.fromAcceptLanguage("de-DE"));
        assertEquals("en", LabelLanguage.fromAcceptLanguage(null));
    }

    @Test
    void givenIdsWithSlashesAndNonAsciiMarks_whenMappedToPaths_thenTheyRoundTrip() {
        IdPaths p = new IdPaths("https://w3id.org/stikg/id/");
        assertEquals("/id/fx-brief/passage/t-areas/%E2%91%A0/L11",
                p.pathOf("https://w3id.org/stikg/id/fx-brief/passage/t-areas/①/L11").orElseThrow());
        assertEquals("https://w3id.org/stikg/id/fx-brief/passage/t-areas/①/L11",
                p.iriOf("/fx-brief/passage/t-areas/①/L11").orElseThrow());
        assertTrue(p.iriOf("/a>b").isEmpty());
        assertTrue(p.pathOf("http://www.wikidata.org/entity/Q1").isEmpty());
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.esc("<a href=\"x\">&'"));
    }
}
