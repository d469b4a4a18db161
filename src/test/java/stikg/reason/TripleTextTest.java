package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import stikg.diag.StikgException;

/** The triple a user types for {@code ./stikg explain}, and the same triple written back the way it is printed. */
class TripleTextTest {

    private static final String ID = "https://w3id.org/stikg/id/";
    private static final String STI = "https://w3id.org/stikg/ontology#";

    private static String roundTrip(String text) {
        return TermFormat.standard().triple(TripleText.parse(text, ID));
    }

    @Test
    void givenBareIdsPrefixedNamesAndFullIris_whenParsed_thenTheyNameTheSameTriple() {
        Triple bare = TripleText.parse("jst engagedIn jp7-area-quantum", ID);
        Triple prefixed = TripleText.parse("jst sti:engagedIn jp7-area-quantum .", ID);
        Triple full = TripleText.parse("<" + ID + "jst> <" + STI + "engagedIn> <jp7-area-quantum>", ID);

        assertEquals(prefixed, bare);
        assertEquals(prefixed, full);
        assertEquals(ID + "jst", bare.getSubject().getURI());
        assertEquals(STI + "engagedIn", bare.getPredicate().getURI());
    }

    @Test
    void givenLiteralsAndTheKeywordA_whenParsed_thenTheyAreReadAsInTurtle() {
        assertEquals("jp-sti-plan-7 sti:edition 7", roundTrip("jp-sti-plan-7 sti:edition 7"));
        assertEquals("jp-sti-plan-7 rdf:type sti:Plan", roundTrip("jp-sti-plan-7 a sti:Plan"));
        assertEquals("jp7-area-quantum rdfs:label \"양자 기술\"@ko", roundTrip("jp7-area-quantum rdfs:label \"양자 기술\"@ko"));
        assertEquals("x sti:cabinetDecisionDate \"2026-03-27\"^^xsd:date",
                roundTrip("x sti:cabinetDecisionDate \"2026-03-27\"^^xsd:date"));
        assertEquals("f sti:amount 43600000000000.5", roundTrip("f sti:amount 43600000000000.5"));
        assertEquals("f sti:isEstimate true", roundTrip("f sti:isEstimate true"));
        assertEquals("jp7-tech-x skos:broader <http://example.org/other#thing>",
                roundTrip("jp7-tech-x skos:broader http://example.org/other#thing"));
    }

    @Test
    void givenTooFewTermsAnUnknownPrefixOrALiteralSubject_whenParsed_thenTheMessageSaysWhatIsWrong() {
        assertTrue(assertThrows(StikgException.class, () -> TripleText.parse("a b", ID)).getMessage()
                .contains("expected a triple of three terms"));
        assertTrue(assertThrows(StikgException.class, () -> TripleText.parse("jst zz:runs k", ID)).getMessage()
                .contains("unknown prefix 'zz:'"));
        assertTrue(assertThrows(StikgException.class, () -> TripleText.parse("\"x\" sti:runs k", ID)).getMessage()
                .contains("the subject must be an IRI"));
    }
}
