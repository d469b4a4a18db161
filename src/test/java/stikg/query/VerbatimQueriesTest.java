package stikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.testing.Prerequisites;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/**
 * Each file of {@code queries/}, read as bytes and posted exactly as it is by a third-party client (RDF4J's
 * SPARQLRepository) to a running server over a real TDB2 store of the shipped data, answers with the same rows as
 * the tool's own path ({@link QueryRunner}, what {@code stikg query NAME} runs) with no parameters. New files are
 * picked up: the test lists the folder.
 */
class VerbatimQueriesTest {

    static final Path QUERIES = Path.of("queries");

    /** Wikidata-shaped answers for the federated query, served by a plain Fuseki on loopback. */
    private static final String WIKIDATA_SAMPLE = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <http://schema.org/> .
            wd:Q6005 rdfs:label "Cabinet Office"@en , "内閣府"@ja ; schema:description "Japanese government agency"@en .
            wd:Q1153275 rdfs:label "RIKEN"@en ; schema:description "Japanese research institute"@en .
            """;

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;
    static FusekiServer wikidataStandIn;

    @BeforeAll
    static void start() {
        StoreLocation location = new StoreLocation(dir.resolve("store"));
        new Build(BuildConfig.standard(Path.of("").toAbsolutePath()), Clock.systemUTC()).into(location);
        store = location.open();
        DatasetGraph wd = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(WIKIDATA_SAMPLE, Lang.TURTLE).parse(wd.getDefaultGraph());
        wikidataStandIn = FusekiServer.create().loopback(true).port(0).add("/wd", wd).build().start();
        // an allow-list entry names host and port: only the stand-in may be called
        server = StikgServer.start(store, ServerConfig.defaults(QUERIES).withPort(0)
                        .withServiceHosts(List.of("localhost:" + wikidataStandIn.getHttpPort())),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), Namespaces.DEFAULT_ID_BASE, List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        wikidataStandIn.stop();
    }

    static String verbatim(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows through RDF4J, each value written as an N-Triples term (blank nodes as "_:"), sorted. */
    static List<String> viaRdf4j(String queryText) {
        SPARQLRepository repo = new SPARQLRepository(server.sparqlUrl());
        List<String> rows = new ArrayList<>();
        try (RepositoryConnection c = repo.getConnection();
                TupleQueryResult r = c.prepareTupleQuery(QueryLanguage.SPARQL, queryText).evaluate()) {
            List<String> vars = r.getBindingNames();
            rows.add(String.join(" ", vars));
            while (r.hasNext()) {
                BindingSet b = r.next();
                StringBuilder row = new StringBuilder();
                for (String v : vars) {
                    row.append(term(b.getValue(v))).append(" | ");
                }
                rows.add(row.toString());
            }
        } finally {
            repo.shutDown();
        }
        return sortedBody(rows);
    }

    /** Rows through the tool's own path, with the store's read transaction. */
    static List<String> viaTool(NamedQuery q, boolean serviceAllowed, Map<String, Node> values) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store.datasetGraph(), () -> {
            QueryExec exec = serviceAllowed
                    ? QueryExec.dataset(store.datasetGraph()).query(q.bound(values)).set(ARQ.httpServiceAllowed, true).build()
                    : QueryRunner.prepare(store.datasetGraph(), q, Map.of());
            try (exec) {
                var rs = exec.select();
                List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
                rows.add(String.join(" ", vars));
                rs.forEachRemaining(b -> {
                    StringBuilder row = new StringBuilder();
                    for (String v : vars) {
                        row.append(term(b.get(v))).append(" | ");
                    }
                    rows.add(row.toString());
                });
            }
        });
        return sortedBody(rows);
    }

    private static List<String> sortedBody(List<String> rows) {
        List<String> body = new ArrayList<>(rows.subList(1, rows.size()));
        body.sort(null);
        body.add(0, rows.get(0));
        return body;
    }

    private static String term(Value v) {
        if (v == null) {
            return "";
        }
        if (v instanceof IRI iri) {
            return "<" + iri.stringValue() + ">";
        }
        if (v instanceof BNode) {
            return "_:";
        }
        Literal l = (Literal) v;
        return l.getLanguage().map(lang -> "\"" + l.getLabel() + "\"@" + lang)
                .orElse("\"" + l.getLabel() + "\"^^<" + l.getDatatype().stringValue() + ">");
    }

    private static String term(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isBlank()) {
            return "_:";
        }
        return n.getLiteralLanguage().isEmpty()
                ? "\"" + n.getLiteralLexicalForm() + "\"^^<" + n.getLiteralDatatypeURI() + ">"
                : "\"" + n.getLiteralLexicalForm() + "\"@" + n.getLiteralLanguage();
    }

    static Stream<Path> files() throws IOException {
        return Files.list(QUERIES).filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFilePostedVerbatimByAnotherClientGivesTheToolsRows() throws IOException {
        QueryLibrary library = QueryLibrary.read(QUERIES);
        return files().filter(f -> !verbatim(f).contains("SERVICE")).map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString(), () -> {
                    NamedQuery q = library.require(f.getFileName().toString().replaceAll("\\.rq$", ""));
                    List<String> tool = viaTool(q, false, Map.of());
                    List<String> client = viaRdf4j(verbatim(f));
                    assertTrue(tool.size() > 1, f + ": the tool's answer has no rows, nothing is compared");
                    assertEquals(tool, client, f.toString());
                }));
    }

    @Test
    void theLibraryHasAQueryThatCallsAService_andTheFederatedCheckBelowCoversIt() throws IOException {
        assertEquals(List.of("wikidata-facts.rq"), files().filter(f -> verbatim(f).contains("SERVICE"))
                .map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void givenTheFederatedQueryVerbatim_whenItsDefaultEndpointIsNotAllowed_thenServerAndToolBothRefuseIt() {
        String text = verbatim(QUERIES.resolve("wikidata-facts.rq"));
        var refused = assertThrows(Exception.class, () -> viaRdf4j(text));
        assertTrue(String.valueOf(refused.getMessage()).contains("not on this server's allow-list"), refused.getMessage());
        NamedQuery q = QueryLibrary.read(QUERIES).require("wikidata-facts");
        var toolRefused = assertThrows(Exception.class, () -> viaTool(q, false, Map.of()));
        assertTrue(String.valueOf(toolRefused.getMessage()).contains("SERVICE"), toolRefused.getMessage());
    }

    @Test
    void givenTheFederatedQueryWithOnlyItsEndpointLinePointedAtALoopbackStandIn_thenClientAndToolGiveTheSameRows() {
        String standIn = "http://localhost:" + wikidataStandIn.getHttpPort() + "/wd/sparql";
        String text = verbatim(QUERIES.resolve("wikidata-facts.rq"));
        String edited = text.replace("VALUES ?endpoint { <https://query.wikidata.org/sparql> }",
                "VALUES ?endpoint { <" + standIn + "> }");
        assertFalse(edited.equals(text), "the query's endpoint line is not where a reader would edit it");
        NamedQuery q = QueryLibrary.read(QUERIES).require("wikidata-facts");

        List<String> client = viaRdf4j(edited);
        List<String> tool = viaTool(q, true, Map.of("endpoint", NodeFactory.createURI(standIn)));

        assertTrue(client.size() > 1, client.toString());
        assertEquals(tool, client);
    }

    /**
     * The README's Python example, run as written by a real Python against the running server (only its address
     * is changed to the test server's): it reads a query file, switches the labels to Korean by editing the query's
     * VALUES line, and prints one line a row, each with Korean labels.
     */
    @Test
    void theReadmePythonExampleRunsAsWrittenAndPrintsKoreanLabels() throws Exception {
        Path python = Prerequisites.python();
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(block.find(), "the README has no Python example");
        String documentedEndpoint = "http://localhost:3030/stikg/sparql";
        assertTrue(block.group(1).contains(documentedEndpoint), "the example no longer posts to " + documentedEndpoint);
        String script = block.group(1).replace(documentedEndpoint, server.sparqlUrl());
        Path file = dir.resolve("readme-example.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(python.toString(), file.toString()).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the example did not end");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.size() > 5, out);
        assertTrue(lines.stream().allMatch(l -> l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HANGUL)), "every printed row has a Korean label:\n" + out);
        assertTrue(lines.stream().anyMatch(l -> l.contains("과학기술진흥기구") || l.contains("JST")), out);
    }
}
