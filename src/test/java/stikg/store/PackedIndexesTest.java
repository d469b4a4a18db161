package stikg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.pipeline.GraphCompiler;

/**
 * The store writes its indexes sorted and packed ({@link PackedQuadLoader}) instead of through Jena's phased bulk
 * loader: the database it leaves must answer every access path exactly as one the bulk loader wrote from the same
 * quads, and stay a working TDB2 database for the writes that come later.
 */
class PackedIndexesTest {

    @TempDir
    Path dir;

    /** The six quad indexes, each picked by TDB2 for the pattern that binds these positions (g, s, p, o). */
    private static final List<boolean[]> PATTERNS = List.of(
            new boolean[] {true, false, false, false},  // GSPO
            new boolean[] {true, false, true, false},   // GPOS
            new boolean[] {true, false, false, true},   // GOSP
            new boolean[] {false, true, false, false},  // SPOG
            new boolean[] {false, false, true, false},  // POSG
            new boolean[] {false, false, false, true}); // OSPG

    /**
     * The fixture's compiled graphs and a graph large enough for B+trees of several levels (25,000 triples), with
     * values TDB2 keeps inside the id (integers, dates, booleans) and in its node table (strings, language tags,
     * blank nodes), some triples stated in two graphs.
     */
    private static Map<String, Graph> graphs() {
        Map<String, Graph> graphs = new LinkedHashMap<>(new GraphCompiler(Fixture.config(), Clock.systemUTC())
                .compile().graphs());
        Graph big = GraphFactory.createDefaultGraph();
        Graph other = GraphFactory.createDefaultGraph();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        for (int i = 0; i < 5000; i++) {
            Node s = i % 7 == 0 ? NodeFactory.createBlankNode("b" + i) : NodeFactory.createURI("urn:ex:s" + (i * 7919) % 5000);
            big.add(Triple.create(s, label, NodeFactory.createLiteralLang("이름 " + i, i % 2 == 0 ? "ko" : "en")));
            big.add(Triple.create(s, NodeFactory.createURI("urn:ex:n"),
                    NodeFactory.createLiteralDT(Integer.toString(i - 2500), XSDDatatype.XSDinteger)));
            big.add(Triple.create(s, NodeFactory.createURI("urn:ex:d"),
                    NodeFactory.createLiteralDT(String.format("20%02d-%02d-01", i % 100, 1 + i % 12), XSDDatatype.XSDdate)));
            big.add(Triple.create(s, NodeFactory.createURI("urn:ex:b"),
                    NodeFactory.createLiteralDT(Boolean.toString(i % 3 == 0), XSDDatatype.XSDboolean)));
            Triple link = Triple.create(s, NodeFactory.createURI("urn:ex:p" + i % 13), NodeFactory.createURI("urn:ex:s" + i / 2));
            big.add(link);
            if (i % 5 == 0) {
                other.add(link);
            }
        }
        graphs.put("urn:ex:big", big);
        graphs.put("urn:ex:other", other);
        return graphs;
    }

    /** The same graphs written by Jena's phased bulk loader (what tdb2.tdbloader uses) into a plain TDB2 database. */
    private static DatasetGraph bulkLoaded(Path tdb, Map<String, Graph> graphs) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        graphs.forEach((name, g) -> {
            Node gn = NodeFactory.createURI(name);
            g.find().forEachRemaining(t -> loader.stream().quad(Quad.create(gn, t)));
        });
        loader.finishBulk();
        return dsg;
    }

    /** Every quad of {@code expected} looked up by every index in both databases gives the same quads. */
    private static void assertSameByEveryIndex(DatasetGraph expected, DatasetGraph actual) {
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
            Set<Quad> all = new HashSet<>();
            expected.find().forEachRemaining(all::add);
            Set<Quad> actualAll = new HashSet<>();
            actual.find().forEachRemaining(actualAll::add);
            assertSameQuads(all, actualAll, "all quads");
            Set<List<Node>> asked = new HashSet<>();
            int lookups = 0;
            for (Quad q : all) {
                Node[] n = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
                for (boolean[] bound : PATTERNS) {
                    Node[] p = new Node[4];
                    for (int i = 0; i < 4; i++) {
                        p[i] = bound[i] ? n[i] : Node.ANY;
                    }
                    if (asked.add(List.of(p))) {
                        Set<Quad> want = new HashSet<>();
                        expected.find(p[0], p[1], p[2], p[3]).forEachRemaining(want::add);
                        Set<Quad> got = new HashSet<>();
                        actual.find(p[0], p[1], p[2], p[3]).forEachRemaining(got::add);
                        assertSameQuads(want, got, "quads matching " + List.of(p));
                        assertTrue(got.contains(q), "not found by its own values: " + q);
                        lookups++;
                    }
                }
            }
            assertTrue(lookups > 20_000, "too few lookups to reach every page: " + lookups);
        }));
    }

    /** Fails naming how many quads are missing or extra, and a few of them. */
    private static void assertSameQuads(Set<Quad> want, Set<Quad> got, String what) {
        if (!want.equals(got)) {
            Set<Quad> missing = new HashSet<>(want);
            missing.removeAll(got);
            Set<Quad> extra = new HashSet<>(got);
            extra.removeAll(want);
            throw new AssertionError(what + ": " + missing.size() + " missing, e.g. " + missing.stream().limit(3).toList()
                    + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
        }
    }

    @Test
    void givenTheSameGraphs_whenWrittenByTheStore_thenEveryIndexAnswersAsTheBulkLoadersDatabaseDoes() {
        Map<String, Graph> graphs = graphs();
        StoreLocation location = new StoreLocation(dir.resolve("store"));
        location.replace(graphs, "fp");
        DatasetGraph bulk = bulkLoaded(dir.resolve("bulk"), graphs);
        try (GraphStore store = location.open()) {
            assertSameByEveryIndex(bulk, store.datasetGraph());
        } finally {
            TDBInternal.expel(bulk);
        }
    }

    @Test
    void givenAWrittenStore_whenQuadsAreAddedAndDeletedInTransactionsAfter_thenEveryIndexStaysRight() {
        Map<String, Graph> graphs = graphs();
        StoreLocation location = new StoreLocation(dir.resolve("store"));
        location.replace(graphs, "fp");
        DatasetGraph bulk = bulkLoaded(dir.resolve("bulk"), graphs);
        Node g = NodeFactory.createURI("urn:ex:big");
        // the packed pages are full: inserts between their records split them
        List<Quad> added = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            added.add(Quad.create(g, NodeFactory.createURI("urn:ex:s" + (i * 31) % 5000), NodeFactory.createURI("urn:ex:later"),
                    NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
        }
        List<Quad> deleted = new java.util.ArrayList<>();
        graphs.get("urn:ex:big").find().forEachRemaining(t -> {
            if (t.getPredicate().getURI().equals("urn:ex:p3")) {
                deleted.add(Quad.create(g, t));
            }
        });
        try (GraphStore store = location.open()) {
            for (DatasetGraph d : List.of(bulk, store.datasetGraph())) {
                Txn.executeWrite(d, () -> {
                    added.forEach(d::add);
                    deleted.forEach(d::delete);
                });
            }
        }
        try (GraphStore reopened = location.open()) {
            assertSameByEveryIndex(bulk, reopened.datasetGraph());
        } finally {
            TDBInternal.expel(bulk);
        }
    }

    @Test
    void givenAnImportedExtractThatRepeatsATriple_whenTheStoreIsWritten_thenEveryIndexHoldsItOnce() throws Exception {
        StoreLocation location = new StoreLocation(dir.resolve("store"));
        Path extract = dir.resolve("extract.nt.gz");
        String repeated = "<urn:ex:a> <http://www.w3.org/2000/01/rdf-schema#label> \"a\"@en .\n";
        try (var out = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                java.nio.file.Files.newOutputStream(extract)), java.nio.charset.StandardCharsets.UTF_8)) {
            out.write(repeated + "<urn:ex:a> <urn:ex:p> <urn:ex:b> .\n" + repeated);
        }
        location.keepImported("urn:ex:imported", extract);
        location.replace(Map.of("urn:ex:g", graphs().get("urn:ex:other")), "fp");

        Node a = NodeFactory.createURI("urn:ex:a");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Node g = NodeFactory.createURI("urn:ex:imported");
        try (GraphStore store = location.open()) {
            DatasetGraph d = store.datasetGraph();
            Txn.executeRead(d, () -> {
                for (Node[] p : List.of(new Node[] {g, Node.ANY, Node.ANY, Node.ANY},
                        new Node[] {g, Node.ANY, label, Node.ANY}, new Node[] {Node.ANY, a, Node.ANY, Node.ANY},
                        new Node[] {Node.ANY, Node.ANY, label, Node.ANY})) {
                    long withLabel = org.apache.jena.atlas.iterator.Iter.count(org.apache.jena.atlas.iterator.Iter.filter(
                            d.find(p[0], p[1], p[2], p[3]), q -> q.getPredicate().equals(label)));
                    assertTrue(withLabel == 1, withLabel + " labelled quads matching " + List.of(p));
                }
            });
        }
    }
}
