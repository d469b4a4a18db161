package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/** The DCAT/VoID description of the linksets, the linked datasets, their sources and licences. */
class LinksetsTest {

    private static final String ID = "https://w3id.org/stikg/id/";
    private static final String DATASET = "https://w3id.org/stikg/dataset";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    private static final Graphs GRAPHS = Graphs.standard();

    @TempDir
    static Path dir;

    static StoreLocation location;
    static GraphStore store;
    static StikgServer server;

    @BeforeAll
    static void buildImportAndServe() throws IOException {
        location = LinkFixture.build(dir);
        Path dump = dir.resolve("wd.nt");
        Files.writeString(dump, "<http://www.wikidata.org/entity/Q6005> <http://www.w3.org/2000/01/rdf-schema#label> "
                + "\"Cabinet Office\"@en .\n<http://www.wikidata.org/entity/Q6005> <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q999> .\n");
        new LinkImport(GRAPHS, ID, LinkFixture.PROJECT.resolve("data/links"), Clock.systemUTC())
                .run(location, new LinkImport.Request(dump, List.of(), Optional.of("wikidata"), Optional.empty()), n -> { });
        store = location.open();
        server = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0),
                RuleSet.read(Path.of("ontology/rules")), GRAPHS, ID, List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<Linksets.Linkset> linksets() {
        return Txn.calculateRead(store.datasetGraph(),
                () -> new Linksets(store.datasetGraph(), DATASET, ID, GRAPHS).linksets());
    }

    /** "graph predicate target" → triples, from the store. */
    private static Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        linksets().forEach(l -> out.put(l.graph() + " " + l.predicate() + " " + l.target(), l.triples()));
        return out;
    }

    /** The same, counted from the curated mapping files of data/links (read as plain Turtle). */
    private static Map<String, Long> curatedMappingCounts() throws IOException {
        Map<String, Long> out = new TreeMap<>();
        Model lists = ModelFactory.createDefaultModel();
        try (var files = Files.list(LinkFixture.PROJECT.resolve("data/links"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                lists.add(RDFDataMgr.loadModel(f.toString()));
            }
        }
        try (var files = Files.list(LinkFixture.PROJECT.resolve("data/links"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                String graph = GRAPHS.linked(f.getFileName().toString().replaceAll("\\.ttl$", ""));
                Model m = RDFDataMgr.loadModel(f.toString());
                for (String p : List.of("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")) {
                    m.listStatements(null, m.createProperty(SKOS.uri + p), (Resource) null).forEach(st -> {
                        Resource scheme = lists.getProperty(st.getResource(), SKOS.inScheme).getResource();
                        String target = lists.listSubjectsWithProperty(m.createProperty(VOID + "rootResource"), scheme)
                                .next().getURI();
                        out.merge(graph + " " + SKOS.uri + p + " " + target, 1L, Long::sum);
                    });
                }
            }
        }
        return out;
    }

    @Test
    void givenTheFixtureAndTheCuratedMappings_whenTheLinksetsAreCounted_thenEachGraphPredicateAndTargetHasItsCount()
            throws IOException {
        Map<String, Long> expected = new TreeMap<>(curatedMappingCounts());
        expected.put(GRAPHS.lexicon() + " " + OWL_SAME_AS + " " + Linksets.WIKIDATA, 2L);
        expected.put(GRAPHS.lexicon() + " " + OWL_SAME_AS + " " + Linksets.ROR, 2L);
        expected.put(GRAPHS.lexicon() + " " + SKOS.exactMatch.getURI() + " " + Linksets.WIKIDATA, 1L);

        assertEquals(expected, counts());
    }

    @Test
    void givenAnImportedDumpWithItsOwnSameAsLinks_whenTheLinksetsAreCounted_thenTheyAreNotTakenForTheGraphsLinks() {
        assertTrue(linksets().stream().noneMatch(l -> l.graph().equals(GRAPHS.linked("wikidata"))), linksets().toString());
    }

    @Test
    void givenTheWellKnownVoidAddress_whenFetched_thenLinksetsTargetsSourcesAndLicencesAreDescribed() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/.well-known/void")).header("Accept", "text/turtle").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        Node ds = uri(DATASET);
        Node wikidataLinks = uri(DATASET + "/linkset/lexicon/sameAs/wikidata");

        assertTrue(g.contains(ds, uri(VOID + "subset"), wikidataLinks), r.body());
        assertTrue(g.contains(wikidataLinks, uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), uri(VOID + "Linkset")));
        assertTrue(g.contains(wikidataLinks, uri(VOID + "linkPredicate"), uri(OWL_SAME_AS)));
        assertTrue(g.contains(wikidataLinks, uri(VOID + "subjectsTarget"), ds));
        assertTrue(g.contains(wikidataLinks, uri(VOID + "objectsTarget"), uri(Linksets.WIKIDATA)));
        assertTrue(g.contains(wikidataLinks, uri(VOID + "triples"), NodeFactory.createLiteralDT("2",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        assertTrue(g.contains(uri(Linksets.WIKIDATA), uri(DCT + "license"), uri(Linksets.CC0)));
        assertTrue(g.contains(uri(Linksets.ROR), uri(DCT + "license"), uri(Linksets.CC0)));
        for (String list : List.of("us-nstc-cet-2024", "eu-critical-tech-2023")) {
            Node graph = uri(GRAPHS.linked(list));
            assertTrue(g.contains(ds, uri(VOID + "subset"), graph), list);
            assertTrue(g.contains(graph, uri(DCT + "license"), Node.ANY), list + " has a licence");
            assertTrue(g.contains(graph, uri(DCT + "source"), Node.ANY), list + " has a source");
            assertTrue(g.contains(graph, uri(VOID + "triples"), Node.ANY), list + " has a size");
        }
        Node imported = uri(GRAPHS.linked("wikidata"));
        assertTrue(g.contains(imported, uri(DCT + "created"), Node.ANY), "an imported graph says when it was imported");
        assertTrue(g.contains(imported, uri("http://www.w3.org/2000/01/rdf-schema#comment"), Node.ANY), "and how");
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
