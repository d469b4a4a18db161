package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    @TempDir
    Path tmp;

    private static long rows(String csv) {
        return csv.lines().count() - 1;
    }

    @Test
    void givenAPlainSparqlFileWithoutHeader_whenRun_thenItIsAnswered() throws Exception {
        Path f = tmp.resolve("plans.sparql");
        Files.writeString(f, "PREFIX sti: <https://w3id.org/stikg/ontology#>\nSELECT ?p WHERE { ?p a sti:Plan }");
        var r = ShippedStore.run("query", f.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(rows(r.out()) >= 2, r.out());
    }

    @Test
    void givenAMissingFile_whenRun_thenItSaysNoSuchFile() {
        var r = ShippedStore.run("query", tmp.resolve("nope.rq").toString());
        assertEquals(Main.INPUT_ERROR, r.code());
        assertTrue(r.err().contains("nope.rq: no such file"), r.err());
        assertTrue(r.err().lines().count() <= 2 && !r.err().contains("\tat "), r.err());
    }

    @Test
    void givenAnEntityAsBareIdFullIriOrBracketedIri_whenRun_thenAllGiveTheSameRows() {
        var bare = ShippedStore.run("query", "entity-card", "-p", "entity=k-program", "--format", "csv");
        var full = ShippedStore.run("query", "entity-card", "-p", "entity=https://w3id.org/stikg/id/k-program",
                "--format", "csv");
        var bracketed = ShippedStore.run("query", "entity-card", "-p", "entity=<https://w3id.org/stikg/id/k-program>",
                "--format", "csv");
        assertEquals(0, bare.code(), bare.err());
        assertTrue(rows(bare.out()) > 5, bare.out());
        assertTrue(bare.out().contains("Cabinet Office"), bare.out());
        assertEquals(bare.out(), full.out());
        assertEquals(bare.out(), bracketed.out());
    }

    @Test
    void givenAnEntityTheStoreDoesNotHold_whenRun_thenItIsReportedNotAnsweredWithNoRows() {
        var r = ShippedStore.run("query", "entity-card", "-p", "entity=k-programme");
        assertEquals(Main.INPUT_ERROR, r.code());
        assertTrue(r.err().contains("the store holds nothing about <https://w3id.org/stikg/id/k-programme>"), r.err());
    }

    @Test
    void givenATextSearchWithAnUnbalancedQuote_whenRun_thenOneMessageAndNoLuceneTrace() {
        var r = ShippedStore.run("query", "text-search", "-p", "words=\"quantum");
        assertEquals(Main.INPUT_ERROR, r.code());
        assertTrue(r.err().contains("the text search cannot read the words"), r.err());
        assertTrue(r.err().lines().count() <= 2, r.err());
        assertTrue(!r.err().contains("lucene") && !r.err().contains("\tat "), r.err());
    }

    @Test
    void givenTheLanguageJapanese_whenALibraryQueryRuns_thenLabelsFallBackToEnglishWhereJapaneseIsMissing() {
        var r = ShippedStore.run("query", "measures-by-agency", "-p", "lang=ja", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertTrue(rows(r.out()) > 10, r.out());
        for (String line : r.out().lines().skip(1).toList()) {
            String[] cells = line.split("\t", -1);
            assertTrue(!cells[0].isEmpty() && !cells[1].isEmpty(), "a row without a label: " + line);
        }
        assertTrue(r.out().contains("@ja") && r.out().contains("@en"), "Japanese labels, and English where none: " + r.out());
    }

    @Test
    void givenTheFederatedQuery_whenRunByTheTool_thenOneLineSaysWhereItRuns() {
        var r = ShippedStore.run("query", "wikidata-facts");
        assertEquals(Main.INPUT_ERROR, r.code());
        assertTrue(r.err().contains("--allow-service"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
