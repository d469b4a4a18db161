package stikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped record of the 7th Basic Plan brief, checked against facts read by hand from the brief
 * (../shared/seeds/000_35fc73cf533e72ef.txt; line numbers below are that file's). The checks find entities by
 * what the brief prints (labels, numbers, dates), not by the ids the curators chose.
 */
class ShippedDataTest {

    private static final String PREFIXES = """
            PREFIX sti:  <https://w3id.org/stikg/ontology#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            """;

    static DatasetGraph graph;

    @BeforeAll
    static void compile() {
        GraphCompiler.Compiled c = new GraphCompiler(BuildConfig.standard(Path.of("").toAbsolutePath()),
                Clock.systemUTC()).compile();
        graph = DatasetGraphFactory.createGeneral();
        c.graphs().forEach((name, g) -> graph.addGraph(NodeFactory.createURI(name), g));
    }

    /** The first column of a query over the union of all graphs. */
    private static List<String> select(String query) {
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(graph.getUnionGraph())).query(PREFIXES + query).build()) {
            qe.select().forEachRemaining(b -> {
                var n = b.get(qe.getQuery().getResultVars().get(0));
                out.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            });
        }
        return out;
    }

    private static void assertHolds(String description, String where) {
        List<String> rows = select("SELECT * WHERE { " + where + " } LIMIT 1");
        assertEquals(1, rows.size(), "not in the graph: " + description);
    }

    @Test
    void section1_theSeventhPlanWasDecidedByTheCabinetOn2026_03_27() {
        assertHolds("plan 7 decided 2026-03-27 (lines 40, 128)",
                "?p a sti:Plan ; sti:edition 7 ; sti:cabinetDecisionDate \"2026-03-27\"^^xsd:date");
    }

    @Test
    void section1_theFourthToSixthEditionsRunForFiveYearsEach() {
        for (int[] e : new int[][] {{4, 2011, 2015}, {5, 2016, 2020}, {6, 2021, 2025}}) {
            assertHolds("edition " + e[0] + " period (lines 15-17)", "?p a sti:Plan ; sti:edition " + e[0]
                    + " ; sti:period [ time:hasBeginning/time:inXSDgYear \"" + e[1] + "\"^^xsd:gYear ; "
                    + "time:hasEnd/time:inXSDgYear \"" + e[2] + "\"^^xsd:gYear ]");
        }
    }

    @Test
    void section1_theBasicActOf1995WasRenamedInApril2021() {
        assertHolds("law enacted 1995 (line 11)", "?law a sti:Law ; sti:enactmentDate ?d FILTER(STR(?d) = \"1995\")");
        assertHolds("renamed 2021-04 (line 12)", "?r a sti:Renaming ; sti:date ?d FILTER(STRSTARTS(STR(?d), \"2021-04\"))");
    }

    @Test
    void section1_theSeventhPlanHasSixPolicyAreas() {
        assertEquals(List.of("6"), select("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?p sti:edition 7 ; sti:policyArea ?a }"));
    }

    @Test
    void section2b_theTechnologyTableHasSeventeenAreasOfWhichSixAreNationalStrategic() {
        assertEquals(List.of("17"), select("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?p sti:edition 7 ; sti:technologyScheme ?s . "
                + "?a a sti:TechnologyArea ; skos:inScheme ?s }"));
        assertEquals(List.of("6"), select("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?p sti:edition 7 ; sti:technologyScheme ?s . "
                + "?a a sti:TechnologyArea ; skos:inScheme ?s ; sti:inCategory ?c . ?c sti:subCategoryOf ?d }"));
    }

    @Test
    void layoutTrap_rowsEightToElevenPrintedUnderTheNationalStrategicHeaderAreNotNationalStrategic() {
        // lines 116-120: the continuation page prints '국가전략기술' beside ⑧; lines 133 and 258 name only six areas
        for (String area : List.of("해양", "방위산업")) {
            assertTrue(select("SELECT ?c { ?a a sti:TechnologyArea ; rdfs:label \"" + area + "\"@ko ; sti:inCategory ?c . "
                    + "?c sti:subCategoryOf ?d }").isEmpty(), area + " must not be national strategic");
        }
        assertHolds("양자 is national strategic (line 133)", "?a a sti:TechnologyArea ; rdfs:label \"양자\"@ko ; "
                + "sti:inCategory ?c . ?c sti:subCategoryOf ?d");
    }

    @Test
    void section2b_quantumComputingIsAnExampleTechnologyOfQuantum() {
        assertHolds("line 122", "?a rdfs:label \"양자\"@ko ; sti:exampleTechnology ?t . ?t rdfs:label \"양자컴퓨팅기술\"@ko");
    }

    @Test
    void section2c_theKProgramHasDesignated51TechnologiesFundedThroughJstAndNedo() {
        assertHolds("K-Program funded by JST (line 160)", "?k sti:acronym|rdfs:label ?n FILTER(CONTAINS(STR(?n), \"K\")) "
                + "?k a sti:Program ; sti:fundedBy ?j . ?j sti:acronym \"JST\"");
        assertHolds("K-Program funded by NEDO", "?k a sti:Program ; sti:fundedBy ?j . ?j sti:acronym \"NEDO\"");
        assertTrue(select("SELECT ?v { ?k a sti:Program ; ?p ?v FILTER(isLiteral(?v) && STR(?v) = \"51\") }").size()
                + select("SELECT ?v { ?k a sti:Program ; ?p [ sti:countValue ?v ] FILTER(STR(?v) = \"51\") }").size() > 0,
                "the 51 designated technologies (line 160)");
    }

    @Test
    void section3_investmentTargetsAndActualsKeepExactAmounts() {
        // written as a client writes a decimal: the pattern must match whether TDB2 stored the amount as a value
        // or, above its range for values, as the literal itself
        for (String amount : List.of("30000000000000.0", "43600000000000.0", "120000000000000.0",
                "86300000000000.0", "60000000000000.0", "180000000000000.0")) {
            assertHolds("amount " + amount + " (lines 251-252)", "?f sti:amount " + amount + " ; sti:currency \"JPY\"");
        }
        assertHolds("the 86.3 trillion actual is an estimate",
                "?f a sti:Actual ; sti:amount 86300000000000.0 ; sti:isEstimate true");
    }

    @Test
    void section3_japanRanksFirstInPatentsAndFifthInPapers() {
        assertHolds("rank 1 (line 246)", "?r a sti:Ranking ; sti:rank 1");
        assertHolds("rank 5 (line 246)", "?r a sti:Ranking ; sti:rank 5");
    }

    @Test
    void section2d_theSecondCallOfJanuary2025Selected13Cities() {
        assertHolds("13 cities (line 187)", "?e sti:date ?d FILTER(STR(?d) = \"2025-01\") ?e sti:count/sti:countValue 13");
    }

    @Test
    void everyAssertedFactOfTheBriefHasAPassageWithLines() {
        assertEquals(List.of("0"), select("""
                SELECT (COUNT(*) AS ?n) {
                  GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/stikg/graph/source/"))
                  FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                          prov:wasDerivedFrom [ sti:lineStart ?from ; sti:lineEnd ?to ] } }"""));
    }

    // ---- layout cases (data/sources/kistep-2026-jp-7th-sti-plan-brief.layout-cases.md), each with its lines

    @Test
    void layoutB2B5_repeatedHeaderRowsAtL116AndL61AreNotReadAsRows() {
        assertTrue(select("SELECT ?x { ?x rdfs:label ?l FILTER(STR(?l) IN (\"대영역\", \"소영역\", \"주요 시책\", \"기술(예시)\")) }")
                .isEmpty());
        assertEquals(List.of("17"), select("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?p sti:edition 7 ; sti:technologyScheme ?s . "
                + "?a a sti:TechnologyArea ; skos:inScheme ?s }"));
    }

    @Test
    void layoutB6_theProseNumbersOneToSixAndTheTableNumbersTwelveToSeventeenNameTheSameAreas() {
        assertHolds("AI·첨단로봇 is row ⑫ (L28, L121)", "?a a sti:TechnologyArea ; rdfs:label \"AI·첨단로봇\"@ko ; sti:number \"⑫\"");
        assertHolds("우주 is row ⑰ (L28, L126)", "?a a sti:TechnologyArea ; rdfs:label \"우주\"@ko ; sti:number \"⑰\"");
    }

    @Test
    void layoutE2_theFootnoteMarkerGluedToTheNedoProgrammeIsNotPartOfItsName() {
        assertTrue(select("SELECT ?x { ?x rdfs:label|skos:altLabel ?l FILTER(CONTAINS(STR(?l), \"사업4)\")) }").isEmpty());
        assertHolds("footnote 4 (L138) is cited", "?d a sti:Document ; sti:accessDate \"2026-04-22\"^^xsd:date");
    }

    @Test
    void layoutF1_theMisprintOfL121IsCorrectedAndKeptAsAnAlias() {
        assertHolds("AI로봇 핵심기술 with 시로봇 as alias",
                "?t a sti:Technology ; rdfs:label \"AI로봇 핵심기술\"@ko ; skos:altLabel ?alt FILTER(CONTAINS(STR(?alt), \"시로봇\"))");
    }

    @Test
    void layoutF3_twentyOrMoreResearchUniversitiesIsAMinimumCount() {
        assertHolds("20개 이상 (L33)", "?x sti:count [ sti:countValue 20 ; sti:isMinimum true ]");
    }

    @Test
    void layoutG2G4_periodsThatTheTextOnlyImpliesOrCutsShortAreRecordedWithNotes() {
        assertHolds("7th plan 2026-2030 with a note (L11, L17, L40)", "?p sti:edition 7 ; sti:period [ time:hasBeginning/time:inXSDgYear "
                + "\"2026\"^^xsd:gYear ; time:hasEnd/time:inXSDgYear \"2030\"^^xsd:gYear ] ; skos:editorialNote ?n");
        assertHolds("86.3 trillion covers 2021-2024 (L251)", "?f sti:amount 86300000000000.0 ; sti:isEstimate true ; "
                + "sti:period/time:hasEnd/time:inXSDgYear \"2024\"^^xsd:gYear");
    }
}
