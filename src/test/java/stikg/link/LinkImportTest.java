package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import stikg.cli.Main;
import stikg.diag.StikgException;
import stikg.pipeline.Build;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/** {@code stikg link import}: what is kept from a dump, in which graph, in every format, and what survives a rebuild. */
class LinkImportTest {

    private static final String ID = "https://w3id.org/stikg/id/";
    private static final String WD = LinkFixture.WD;
    private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";

    /** What a dump says; the lines marked keep are about entities the fixture links to. */
    private static final String KEEP = """
            <http://www.wikidata.org/entity/Q6005> <http://www.w3.org/2000/01/rdf-schema#label> "Cabinet Office"@en .
            <http://www.wikidata.org/entity/Q6005> <https://schema.org/description> "Japanese government agency"@en .
            <http://www.wikidata.org/entity/Q100> <http://www.wikidata.org/prop/direct/P749> <http://www.wikidata.org/entity/Q6005> .
            <https://ror.org/01sjwvz98> <http://www.w3.org/2004/02/skos/core#prefLabel> "RIKEN"@en .
            <http://www.wikidata.org/entity/Q4115189> <http://www.w3.org/2000/01/rdf-schema#label> "Wikidata Sandbox"@en .
            <http://www.wikidata.org/entity/Q1153275> <http://www.wikidata.org/prop/direct/P31> _:b1 .
            """;
    private static final String DROP = """
            <http://www.wikidata.org/entity/Q17> <http://www.w3.org/2000/01/rdf-schema#label> "Japan"@en .
            <https://w3id.org/stikg/id/lk-riken> <http://www.w3.org/2000/01/rdf-schema#comment> "our own id is not a link target" .
            <http://www.wikidata.org/entity/Q42> <http://www.w3.org/2000/01/rdf-schema#label> "Douglas Adams"@en .
            _:b1 <http://www.w3.org/2000/01/rdf-schema#label> "a blank node nobody links to" .
            """;

    /** One store for the class (building takes seconds): each test imports under source names of its own. */
    @TempDir
    static Path dir;

    static StoreLocation location;

    @BeforeAll
    static void build() {
        location = LinkFixture.build(dir);
    }

    private LinkImport.Report importFile(Path file, List<String> filters, String source) {
        return new LinkImport(Graphs.standard(), ID, LinkFixture.PROJECT.resolve("data/links"), Clock.systemUTC())
                .run(location, new LinkImport.Request(file, filters, Optional.ofNullable(source), Optional.empty()), n -> { });
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        if (name.endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Files.writeString(f, text, StandardCharsets.UTF_8);
        }
        return f;
    }

    /** The triples of a named graph of the live store, without the graph's description of itself. */
    private Graph graph(String graphIri) {
        Graph out = GraphFactory.createDefaultGraph();
        Node g = NodeFactory.createURI(graphIri);
        try (GraphStore store = location.open()) {
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(g).find()
                    .filterDrop(t -> t.getSubject().equals(g)).forEachRemaining(out::add));
        }
        return out;
    }

    private static Graph ntriples(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.NTRIPLES).parse(g);
        return g;
    }

    private static String linked(String source) {
        return Graphs.standard().linked(source);
    }

    @Test
    void givenAnNTriplesDump_whenImported_thenExactlyTheTriplesAboutLinkedEntitiesAreKeptInTheSourcesGraph() throws IOException {
        Path dump = write("wikidata-extract.nt", KEEP + DROP);

        LinkImport.Report r = importFile(dump, List.of(), null);

        assertEquals(linked("wikidata-extract"), r.graph(), "the source is named after the file");
        assertEquals(10, r.read());
        assertEquals(6, r.kept());
        assertEquals(5, r.linked(), "sameAs: 2 Wikidata + 2 ROR; exactMatch: 1 Wikidata");
        assertEquals(4, r.found(), "Q6005, Q1153275, Q4115189, ror 01sjwvz98");
        assertTrue(graph(r.graph()).isIsomorphicWith(ntriples(KEEP)), "kept:\n" + graph(r.graph()));
    }

    @Test
    void givenTheSameDumpAsTurtleNQuadsAndGzippedNTriples_whenImported_thenEachKeepsTheSameTriples() throws IOException {
        String turtle = """
                @prefix wd: <http://www.wikidata.org/entity/> .
                @prefix wdt: <http://www.wikidata.org/prop/direct/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                wd:Q6005 rdfs:label "Cabinet Office"@en ; <https://schema.org/description> "Japanese government agency"@en .
                wd:Q100 wdt:P749 wd:Q6005 .
                <https://ror.org/01sjwvz98> skos:prefLabel "RIKEN"@en .
                wd:Q4115189 rdfs:label "Wikidata Sandbox"@en .
                wd:Q1153275 wdt:P31 [ rdfs:label "a blank node nobody links to" ] .
                wd:Q17 rdfs:label "Japan"@en .
                wd:Q42 rdfs:label "Douglas Adams"@en .
                """;
        String nquads = (KEEP + DROP).lines().map(l -> l.replaceAll(" \\.$", " <http://example.org/dump-graph> ."))
                .reduce("", (a, b) -> a + b + "\n");
        for (Path dump : List.of(write("as-turtle.ttl", turtle), write("as-quads.nq", nquads),
                write("as-gzip.nt.gz", KEEP + DROP))) {
            LinkImport.Report r = importFile(dump, List.of(), null);
            assertEquals(6, r.kept(), dump.getFileName().toString());
            assertTrue(graph(r.graph()).isIsomorphicWith(ntriples(KEEP)), dump + ":\n" + graph(r.graph()));
        }
        assertTrue(location.importedGraphs().keySet().containsAll(List.of(linked("as-gzip"), linked("as-quads"),
                linked("as-turtle"))), "each import is kept for later builds: " + location.importedGraphs().keySet());
    }

    @Test
    void givenAFilterPrefix_whenImported_thenTriplesAboutMatchingIrisAreKeptToo() throws IOException {
        Path dump = write("dump.nt", KEEP + DROP);

        LinkImport.Report r = importFile(dump, List.of(WD + "Q17"), "with-filter");

        assertEquals(linked("with-filter"), r.graph());
        assertEquals(7, r.kept());
        assertTrue(graph(r.graph()).contains(NodeFactory.createURI(WD + "Q17"), Node.ANY, Node.ANY));
        assertFalse(graph(r.graph()).contains(NodeFactory.createURI(WD + "Q42"), Node.ANY, Node.ANY));
    }

    @Test
    void givenAnImport_whenTheStoreIsRebuiltAndTheDumpImportedAgain_thenTheGraphSurvivesOnceAndIsReplaced() throws IOException {
        Path dump = write("dump.nt", KEEP + DROP);
        importFile(dump, List.of(), "wd");
        Graph before = graph(linked("wd"));
        assertEquals(6, before.size());

        new Build(LinkFixture.config(dir), Clock.systemUTC()).into(location);
        assertTrue(graph(linked("wd")).isIsomorphicWith(before), "the rebuild dropped the imported graph");

        importFile(write("smaller.nt", KEEP.lines().findFirst().orElseThrow() + "\n"), List.of(), "wd");
        assertEquals(1, graph(linked("wd")).size(), "a new import of a source replaces its graph");
    }

    @Test
    void givenABrokenDump_whenImported_thenItFailsWithTheLineAndTheEarlierImportStaysAsItWas() throws IOException {
        importFile(write("dump.nt", KEEP), List.of(), "before-broken");
        Path broken = write("broken.nt", KEEP + "<http://www.wikidata.org/entity/Q6005> \"not a predicate\" \"x\" .\n"
                + DROP);

        StikgException e = assertThrows(StikgException.class, () -> importFile(broken, List.of(), "before-broken"));

        assertTrue(e.getMessage().contains("broken.nt:7:"), e.getMessage());
        assertTrue(graph(linked("before-broken")).isIsomorphicWith(ntriples(KEEP)));
        try (Stream<Path> left = Files.list(location.importedDir())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary file is left");
        }
    }

    @Test
    void givenBadNamesFormatsAndFilters_whenImported_thenEachIsRefusedWithAReason() throws IOException {
        Path dump = write("dump.nt", KEEP);
        assertTrue(assertThrows(StikgException.class, () -> importFile(dump, List.of(), "us-nstc-cet-2024"))
                .getMessage().contains("taken by the curated list"));
        assertTrue(assertThrows(StikgException.class, () -> importFile(dump, List.of(), "Not A Slug"))
                .getMessage().contains("lower-case"));
        assertTrue(assertThrows(StikgException.class, () -> importFile(dump, List.of("Q42"), "x"))
                .getMessage().contains("IRI prefix"));
        assertTrue(assertThrows(StikgException.class, () -> importFile(write("dump.json", "{}"), List.of(), "x"))
                .getMessage().contains("--format"));
        assertEquals("latest-truthy", LinkImport.defaultSource(Path.of("/x/latest-truthy.nt.gz")));
        assertEquals("ror-v1-55-2024-10-31", LinkImport.defaultSource(Path.of("ror-v1.55-2024-10-31.ttl")));
    }

    @Test
    void givenTheCommandLine_whenLinkImportRuns_thenItReportsWhatItKeptAndExitsWithZero() throws IOException {
        Path dump = write("cli-dump.nt.gz", KEEP + DROP);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int code = cl.execute("link", "import", dump.toString(), "--source", "cli", "--store", location.root().toString(),
                "--lexicon", LinkFixture.LEXICON.toString(), "--sources", dir.resolve("no-sources").toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Kept 6 of 10 statements (about 4 of the 5 entities the graph links to) in "
                + linked("cli")), out.toString());
    }
}
