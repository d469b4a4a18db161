package stikg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.Fixture;
import stikg.pipeline.GraphCompiler;

class GraphBuilderTest {

    @TempDir
    Path dir;

    private static DatasetGraph compile(BuildConfig config) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        new GraphCompiler(config, Clock.systemUTC()).compile().graphs()
                .forEach((name, g) -> dsg.addGraph(NodeFactory.createURI(name), g));
        return dsg;
    }

    private static List<String> select(DatasetGraph dsg, String query, String var) {
        try (QueryExec qe = QueryExec.dataset(dsg).query("""
                PREFIX sti: <https://w3id.org/stikg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX time: <http://www.w3.org/2006/time#>
                PREFIX id: <https://w3id.org/stikg/id/>
                """ + query).build()) {
            RowSet rows = qe.select();
            List<String> out = new java.util.ArrayList<>();
            rows.forEachRemaining(b -> out.add(b.get(var) == null ? null
                    : b.get(var).isLiteral() ? b.get(var).getLiteralLexicalForm() : b.get(var).toString()));
            return out;
        }
    }

    @Test
    void givenTheFixture_whenCompiled_thenAmountsStayExactAndPeriodsAreOwlTimeIntervals() {
        DatasetGraph dsg = compile(Fixture.config());
        assertEquals(List.of("10000000000000.0"), select(dsg,
                "SELECT ?a { GRAPH ?g { id:fx-plan-1 sti:target ?t . ?t sti:amount ?a FILTER(datatype(?a) = <http://www.w3.org/2001/XMLSchema#decimal>) } }", "a"));
        assertEquals(List.of("2026"), select(dsg,
                "SELECT ?y { GRAPH ?g { id:fx-plan-1 sti:period/time:hasBeginning/time:inXSDgYear ?y } }", "y"));
        assertEquals(List.of("2026-01-15"), select(dsg,
                "SELECT ?d { GRAPH ?g { id:fx-plan-1 sti:cabinetDecisionDate ?d FILTER(datatype(?d) = <http://www.w3.org/2001/XMLSchema#date>) } }", "d"));
    }

    @Test
    void givenAFactFromATableRow_whenItsProvenanceIsAsked_thenOneQueryGivesDocumentSectionRowAndLines() {
        DatasetGraph dsg = compile(Fixture.config());
        String q = """
                SELECT ?doc ?section ?row ?from ?to ?curated WHERE {
                  GRAPH ?pg { ?st rdf:subject id:fx-tech-qc ; rdf:predicate rdfs:label ; rdf:object "양자컴퓨팅기술"@ko ;
                                  prov:wasDerivedFrom ?p ; sti:curatedFile ?file ; sti:curatedLine ?line .
                              BIND(CONCAT(?file, ":", STR(?line)) AS ?curated)
                              ?p sti:inDocument ?doc ; sti:lineStart ?from ; sti:lineEnd ?to ; sti:tableRow ?row ;
                                 sti:inSection/sti:number ?section } }""";
        assertEquals(List.of("https://w3id.org/stikg/id/fx-brief"), select(dsg, q, "doc"));
        assertEquals(List.of("2"), select(dsg, q, "section"));
        assertEquals(List.of("①"), select(dsg, q, "row"));
        assertEquals(List.of("11"), select(dsg, q, "from"));
        assertEquals(List.of("11"), select(dsg, q, "to"));
        assertTrue(select(dsg, q, "curated").get(0).matches("src/test/resources/stikg/fixture/sources/fx-brief.yaml:\\d+"));
    }

    @Test
    void givenTheFixture_whenCompiledTwice_thenTheGraphsAreIsomorphic() {
        DatasetGraph a = compile(Fixture.config());
        DatasetGraph b = compile(Fixture.config());
        a.listGraphNodes().forEachRemaining(g ->
                assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "graph " + g + " differs"));
        assertEquals(a.stream().count(), b.stream().count());
    }

    private BuildConfig withSource(String yaml) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("broken.yaml"), yaml, StandardCharsets.UTF_8);
        return Fixture.config().withSources(sources);
    }

    private String problems(String yaml) throws IOException {
        BuildConfig config = withSource(yaml);
        return assertThrows(InvalidInputException.class, () -> compile(config)).getMessage();
    }

    @Test
    void givenWrongValues_whenCompiled_thenEachProblemIsReportedWithFileLineAndCause() throws IOException {
        String msg = problems("""
                document: {id: broken-doc, lines: 20, at: L1, label: {en: Broken}}
                entities:
                  - id: b-plan
                    type: Plan
                    at: L2
                    label: {en: B}
                    edition: seven
                    cabinetDecisionDate: 2026-02-30
                    legalBasis: no-such-law
                    inSeries: fx-ministry
                    nonsense: 1
                    target:
                      - {type: Target, amount: 60 trillion, currency: JPY}
                  - id: fx-agency
                    type: Agency
                    at: L3
                    label: {en: Again}
                  - id: b-area
                    type: TechnologyArea
                    label: {en: No locator}
                  - id: b-tech
                    type: Technology
                    at: L99
                    label: {en: Past the end}
                """);
        String f = "broken.yaml:";
        assertTrue(msg.contains(f + "7:14: 'edition': 'seven' is not a whole number"), msg);
        assertTrue(msg.contains(f + "8:26: 'cabinetDecisionDate': '2026-02-30' is not a real date"), msg);
        assertTrue(msg.contains(f + "9:17: 'legalBasis' refers to 'no-such-law', which no file defines"), msg);
        assertTrue(msg.contains(f + "10:15: 'inSeries' needs PlanSeries, but 'fx-ministry' is Ministry"), msg);
        assertTrue(msg.contains(f + "11:15: unknown property 'nonsense'"), msg);
        assertTrue(msg.contains("'amount': '60 trillion' is not a decimal number"), msg);
        assertTrue(msg.contains(f + "14:5: id 'fx-agency' is already defined at "), msg);
        assertTrue(msg.contains("this fact has no locator"), msg);
        assertTrue(msg.contains(f + "23:9: line 99 is past the end of the document (20 lines)"), msg);
    }

    @Test
    void givenAmountsWithHugeExponents_whenCompiled_thenEachIsRefusedInOneLineInsteadOfSpellingItOut()
            throws IOException {
        String msg = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> problems("""
                        document: {id: broken-doc, lines: 20, at: L1, label: {en: Broken}}
                        entities:
                          - id: b-plan
                            type: Plan
                            at: L2
                            label: {en: B}
                            target:
                              - {type: Target, amount: 1e999999999, currency: JPY}
                              - {type: Target, amount: 1e100000000, currency: JPY}
                              - {type: Target, amount: 1e-999999999, currency: JPY}
                        """));
        assertTrue(msg.contains("broken.yaml:8:") && msg.contains("'1e999999999' is out of range"), msg);
        assertTrue(msg.contains("broken.yaml:9:") && msg.contains("'1e100000000' is out of range"), msg);
        assertTrue(msg.contains("broken.yaml:10:") && msg.contains("'1e-999999999' is out of range"), msg);
    }

    @Test
    void givenAnExternalIdentifierWithoutEvidence_whenCompiled_thenItIsRefused() throws IOException {
        String msg = problems("""
                document: {id: broken-doc, lines: 5, at: L1, label: {en: Broken}}
                entities:
                  - about: fx-agency
                    at: L2
                    wikidata: Q123
                """);
        assertTrue(msg.contains("needs 'evidence:'"), msg);
    }
}
