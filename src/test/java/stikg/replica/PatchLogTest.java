package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesNoOp;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import stikg.diag.StikgException;
import stikg.pipeline.Build;
import stikg.pipeline.Fixture;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/**
 * The writer's log on disk, written ahead of each commit of a real (in-memory) TDB2 store: numbered in order, whole
 * files only, kept within bounds, the same log after a restart, and after a crash at any step exactly the patches
 * whose writes the store committed.
 */
class PatchLogTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final Node G = NodeFactory.createURI("urn:x:g");

    @TempDir
    Path dir;

    private final DatasetGraph store = DatabaseMgr.createDatasetGraph();

    private static RDFPatch change(String value) {
        return RDFPatchOps.build(c -> {
            c.txnBegin();
            c.add(G, NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString(value));
            c.txnCommit();
        });
    }

    private PatchLog open(int retain) {
        return PatchLog.open(dir, retain, store, GRAPHS);
    }

    /** The change and the log's record in one transaction, as the write gate runs them, before the commit. */
    private void applyAndStage(PatchLog log, RDFPatch change) {
        change.apply(new RDFChangesNoOp() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                store.add(g, s, p, o);
            }
        });
        log.beforeCommit(store, change, "build-1");
    }

    /** A whole write: staged, committed, renamed. */
    private void write(PatchLog log, RDFPatch change) {
        Txn.executeWrite(store, () -> applyAndStage(log, change));
        log.committed(change, "build-1");
    }

    private long storedValues() {
        return Txn.calculateRead(store, () -> store.getGraph(G).size());
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("log-id")).sorted().toList();
        }
    }

    private static String patch(long n) {
        return String.format("%019d.patch", n);
    }

    @Test
    void givenWrites_thenEachPatchIsNumberedAfterTheLastAndNamesItsPredecessorAndBuild() {
        PatchLog log = open(10);
        assertEquals(0, log.last().number());
        write(log, change("a"));
        write(log, change("b"));
        assertEquals(2, log.last().number());
        List<ReceivedPatches.Received> read = ReceivedPatches.parse(String.join("", log.after(0, 10).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList()).getBytes(StandardCharsets.UTF_8));
        assertEquals(2, read.size());
        PatchId one = new PatchId(log.logId(), 1);
        assertEquals(one, read.get(0).id());
        assertEquals(new PatchId(log.logId(), 0), read.get(0).previous());
        assertEquals(one, read.get(1).previous());
        assertEquals("build-1", read.get(1).build());
        assertEquals(1, read.get(1).changes().size());
        assertEquals(Optional.of(one.next()), Txn.calculateRead(store, () -> WriterRecord.read(store,
                NodeFactory.createURI(GRAPHS.replication()))));
    }

    @Test
    void givenAChangeWithNoQuad_thenNothingIsLogged() throws Exception {
        PatchLog log = open(10);
        write(log, RDFPatchOps.build(c -> { c.txnBegin(); c.txnCommit(); }));
        assertEquals(0, log.last().number());
        assertEquals(List.of(), files());
    }

    @Test
    void givenARestart_thenTheLogContinuesWithTheSameIdAndDropsAnUnfinishedFile() throws Exception {
        PatchLog log = open(10);
        write(log, change("a"));
        Files.writeString(dir.resolve("log-id.tmp"), "half"); // a log id cut short by a crash
        PatchLog again = open(10);
        assertEquals(log.logId(), again.logId());
        assertEquals(1, again.last().number());
        write(again, change("b"));
        assertEquals(2, again.last().number());
        assertEquals(List.of(patch(1), patch(2)), files());
    }

    @Test
    void givenACrashAfterTheCommitBeforeTheRename_whenReopened_thenThePatchIsInTheLog() throws Exception {
        PatchLog log = open(10);
        write(log, change("a"));
        Txn.executeWrite(store, () -> applyAndStage(log, change("b"))); // committed; the process dies here
        assertEquals(List.of(patch(1), patch(2) + ".pending"), files());
        assertEquals(1, log.last().number(), "a pending patch is not served");
        PatchLog again = open(10);
        assertEquals(2, again.last().number());
        assertEquals(List.of(patch(1), patch(2)), files());
        assertEquals(2, storedValues());
    }

    @Test
    void givenACrashBeforeTheCommit_whenReopened_thenThePendingPatchIsDropped() throws Exception {
        PatchLog log = open(10);
        write(log, change("a"));
        store.begin(org.apache.jena.query.ReadWrite.WRITE);
        applyAndStage(log, change("b"));
        store.abort(); // the commit never happens (as after a crash: TDB2 drops the transaction)
        store.end();
        assertEquals(List.of(patch(1), patch(2) + ".pending"), files());
        PatchLog again = open(10);
        assertEquals(1, again.last().number());
        assertEquals(List.of(patch(1)), files());
        assertEquals(1, storedValues());
        write(again, change("c"));
        assertEquals(2, again.last().number());
    }

    @Test
    void givenAFailedCommit_whenTheNextWriteComes_thenItTakesTheNumberTheFailedOneDidNotUse() throws Exception {
        PatchLog log = open(10);
        store.begin(org.apache.jena.query.ReadWrite.WRITE);
        applyAndStage(log, change("a"));
        store.abort();
        store.end();
        log.commitFailed();
        write(log, change("b"));
        assertEquals(1, log.last().number());
        assertEquals(List.of(patch(1)), files());
        assertTrue(new String(log.after(0, 10).get(0), StandardCharsets.UTF_8).contains("\"b\""));
    }

    @Test
    void givenALogMissingPatchesTheStoreHolds_whenOpened_thenItRefusesWithOneLine() throws Exception {
        PatchLog log = open(10);
        write(log, change("a"));
        write(log, change("b"));
        Files.delete(dir.resolve(patch(2)));
        StikgException e = assertThrows(StikgException.class, () -> open(10));
        assertTrue(e.getMessage().contains("ends at patch 1 but the store holds the writes up to patch 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void givenALogAheadOfItsStore_whenOpened_thenItRefuses() throws Exception {
        PatchLog log = open(10);
        write(log, change("a"));
        DatasetGraph fresh = DatabaseMgr.createDatasetGraph(); // a store built afresh beside the old log
        StikgException e = assertThrows(StikgException.class, () -> PatchLog.open(dir, 10, fresh, GRAPHS));
        assertTrue(e.getMessage().contains("that the store does not record"), e.getMessage());
    }

    @Test
    void givenARebuildAfterWrites_whenTheLogIsOpenedOverTheNewDatabase_thenTheStoreStillRecordsItsLastPatch()
            throws Exception {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        Path logDir = dir.resolve("store").resolve("patch-log");
        try (GraphStore built = location.open()) {
            DatasetGraph dsg = built.datasetGraph();
            PatchLog log = PatchLog.open(logDir, 10, dsg, GRAPHS);
            Txn.executeWrite(dsg, () -> {
                dsg.add(G, NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("a"));
                log.beforeCommit(dsg, change("a"), "build-1");
            });
            log.committed(change("a"), "build-1");
        }
        new Build(Fixture.config(), Clock.systemUTC()).into(location); // a new database, the user graph carried
        try (GraphStore rebuilt = location.open()) {
            PatchLog log = PatchLog.open(logDir, 10, rebuilt.datasetGraph(), GRAPHS);
            assertEquals(1, log.last().number());
            assertEquals(1, Txn.calculateRead(rebuilt.datasetGraph(), () -> rebuilt.datasetGraph().getGraph(G).size()));
        }
    }

    @Test
    void givenMorePatchesThanKept_thenTheOldestAreDroppedAndTheLogSaysWhereItStarts() {
        PatchLog log = open(3);
        for (int i = 0; i < 5; i++) {
            write(log, change("v" + i));
        }
        assertEquals(3, log.first());
        assertEquals(5, log.last().number());
        assertEquals(3, log.after(0, 100).size()); // from the first kept one
        assertEquals(2, log.after(3, 100).size());
        assertEquals(5, open(3).last().number());
    }

    @Test
    void givenALogWithAGap_whenOpened_thenItRefusesWithOneLine() throws Exception {
        PatchLog log = open(10);
        for (int i = 0; i < 3; i++) {
            write(log, change("v" + i));
        }
        Files.delete(dir.resolve(patch(2)));
        StikgException e = assertThrows(StikgException.class, () -> open(10));
        assertTrue(e.getMessage().contains("gap"), e.getMessage());
    }

    @Test
    void givenAWaitingReader_whenAPatchIsAppended_thenItWakesBeforeItsTimeout() throws Exception {
        PatchLog log = open(10);
        Thread appender = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            write(log, change("late"));
        });
        appender.start();
        log.awaitAfter(0, Duration.ofSeconds(30));
        assertEquals(1, log.last().number());
        appender.join();
    }
}
