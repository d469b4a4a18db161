package stikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;

class StoreLocationTest {

    @TempDir
    Path dir;

    /** A graph that breaks after handing out some triples, as a disk or a bug could in the middle of a load. */
    private static Graph graphOf(int size) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < size; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:ex:s" + i), NodeFactory.createURI("urn:ex:p"),
                    NodeFactory.createLiteralString("label " + i)));
        }
        return g;
    }

    private static Graph failingAfter(int n) {
        Graph g = graphOf(2 * n);
        return new org.apache.jena.sparql.graph.GraphWrapper(g) {
            @Override
            public ExtendedIterator<Triple> find() {
                AtomicInteger handed = new AtomicInteger();
                Iterator<Triple> it = super.find();
                return WrappedIterator.create(new Iterator<Triple>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (handed.incrementAndGet() > n) {
                            throw new IllegalStateException("disk full (simulated)");
                        }
                        return it.next();
                    }
                });
            }
        };
    }

    @Test
    void givenABuiltStore_whenARebuildFailsHalfway_thenTheStoreHoldsExactlyWhatItHeldBefore() {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        DatasetGraph before = StoreSnapshot.of(location);
        Path liveBefore = location.currentDatabase().orElseThrow();

        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put("urn:ex:g1", failingAfter(50));
        assertThrows(IllegalStateException.class, () -> location.replace(graphs, "new-fingerprint"));

        assertEquals(liveBefore, location.currentDatabase().orElseThrow());
        DatasetGraph after = StoreSnapshot.of(location);
        assertEquals(before.stream().count(), after.stream().count());
        before.listGraphNodes().forEachRemaining(g ->
                assertTrue(before.getGraph(g).isIsomorphicWith(after.getGraph(g)), "graph " + g + " changed"));
        assertTrue(location.fingerprint().isPresent());
        assertTrue(!location.fingerprint().get().equals("new-fingerprint"));
    }

    @Test
    void givenAGraphHandedToTheStore_whenTheBuildIsStillRunning_thenItIsWrittenMeanwhileAndCommittedAfter()
            throws Exception {
        StoreLocation location = new StoreLocation(dir.resolve("overlap"));
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        Graph first = new org.apache.jena.sparql.graph.GraphWrapper(graphOf(100)) {
            @Override
            public ExtendedIterator<Triple> find() {
                read.countDown();
                return super.find();
            }
        };
        boolean[] writtenWhileFilling = new boolean[1];
        Path db = location.writeDatabase(sink -> {
            sink.put("urn:ex:first", first);
            // the build goes on (validating, reasoning) while the writer reads the graph it was handed; the wait
            // is a bound on a deadlock, not a timing: without a writer of its own the graph is never read here
            try {
                writtenWhileFilling[0] = read.await(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            sink.put("urn:ex:second", graphOf(10));
        }, "fp");
        assertTrue(writtenWhileFilling[0], "the first graph was not written before the fill returned");
        location.switchTo(db);
        try (GraphStore store = location.open()) {
            assertEquals(Map.of("urn:ex:first", 100L, "urn:ex:second", 10L), store.counts());
        }
    }

    @Test
    void givenAGraphHandedOverTwice_whenWritten_thenTheBuildFailsAndLeavesNoDatabase() throws Exception {
        StoreLocation location = new StoreLocation(dir.resolve("twice"));
        assertThrows(IllegalArgumentException.class, () -> location.writeDatabase(sink -> {
            sink.put("urn:ex:g", graphOf(5));
            sink.put("urn:ex:g", graphOf(5));
        }, "fp"));
        try (var list = java.nio.file.Files.list(location.root())) {
            assertEquals(0, list.filter(p -> p.getFileName().toString().startsWith("db-")).count());
        }
        assertTrue(!location.hasDatabase());
    }

    @Test
    void givenABuiltStore_whenItsDatabaseIsOpened_thenTdb2OrdersQueryPatternsByTheCountsWrittenWithIt() {
        StoreLocation location = Fixture.buildInto(dir.resolve("stats"));
        Path tdb = location.currentDatabase().orElseThrow().resolve("tdb2");
        DatasetGraph opened = DatabaseMgr.connectDatasetGraph(tdb.toString());
        try {
            ReorderTransformation reorder = Txn.calculateRead(opened,
                    () -> TDBInternal.getDatasetGraphTDB(opened).getReorderTransform());
            assertTrue(reorder instanceof ReorderWeighted, "patterns ordered by " + reorder);
        } finally {
            TDBInternal.expel(opened);
        }
    }

    @Test
    void givenTheSameInput_whenBuiltTwice_thenTheStoresHoldIsomorphicGraphs() {
        DatasetGraph a = StoreSnapshot.of(Fixture.buildInto(dir.resolve("a")));
        DatasetGraph b = StoreSnapshot.of(Fixture.buildInto(dir.resolve("b")));
        assertEquals(a.stream().count(), b.stream().count());
        a.listGraphNodes().forEachRemaining(g ->
                assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "graph " + g + " differs"));
    }

    @Test
    void givenAStore_whenRebuilt_thenOldDatabasesAreRemovedAndTheNewOneIsLive() {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        Path first = location.currentDatabase().orElseThrow();
        Map<String, Graph> graphs = Map.of("urn:ex:g", graphOf(2000));
        location.replace(graphs, "fp-2");
        Path second = location.currentDatabase().orElseThrow();
        assertTrue(!first.equals(second));
        assertTrue(!first.toFile().exists());
        try (GraphStore store = location.open()) {
            assertEquals(Map.of("urn:ex:g", 2000L), store.counts());
        }
    }

    @Test
    void givenNoBuildYet_whenOpened_thenTheMessageSaysToBuild() {
        var e = assertThrows(stikg.diag.StikgException.class, () -> new StoreLocation(dir.resolve("none")).open());
        assertTrue(e.getMessage().contains("run './stikg build'"), e.getMessage());
        assertTrue(e instanceof stikg.diag.UnavailableException, "a missing store is a situation, not bad input");
    }

    @Test
    void givenLabelsInThreeLanguages_whenSearchedByText_thenCompoundsMatchInKoreanAndJapanese() {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        try (GraphStore store = location.open()) {
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> {
                assertTrue(search(dsg, "양자").contains("https://w3id.org/stikg/id/fx-tech-qc"));
                assertTrue(search(dsg, "量子").contains("https://w3id.org/stikg/id/fx-tech-qc"));
                assertTrue(search(dsg, "sensing").contains("https://w3id.org/stikg/id/fx-tech-qs"));
                assertTrue(!search(dsg, "양자").contains("https://w3id.org/stikg/id/fx-tech-satcom"));
            });
        }
    }

    private static java.util.Set<String> search(DatasetGraph dsg, String word) {
        java.util.Set<String> out = new java.util.HashSet<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?s { ?s text:query (rdfs:label \"" + word + "\") }";
        try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).build()) {
            qe.select().forEachRemaining(b -> out.add(b.get("s").getURI()));
        }
        return out;
    }
}
