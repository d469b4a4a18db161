package stikg.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesCounter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import stikg.vocab.Graphs;

/** The stand-in write hook: what a committed write hands to the log, and what it leaves out. */
class ChangeCaptureTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final Node S = NodeFactory.createURI("urn:x:s");
    private static final Node P = NodeFactory.createURI("urn:x:p");

    private final List<RDFPatch> committed = new ArrayList<>();
    private final DatasetGraph dsg = ChangeCapture.wrap(DatasetGraphFactory.createTxnMem(), new UserGraphs(GRAPHS),
            "build-1", (patch, build) -> committed.add(patch));

    private static long quads(RDFPatch p) {
        RDFChangesCounter c = new RDFChangesCounter();
        p.apply(c);
        return c.summary().getCountAddData() + c.summary().getCountDeleteData();
    }

    @Test
    void givenAWriteToUserAndBuiltGraphs_whenCommitted_thenOnlyTheUserGraphChangeIsHandedOn() {
        Txn.executeWrite(dsg, () -> {
            dsg.add(NodeFactory.createURI("urn:x:notes"), S, P, NodeFactory.createLiteralString("mine"));
            dsg.add(NodeFactory.createURI(GRAPHS.inferred()), S, P, NodeFactory.createLiteralString("built"));
            dsg.add(NodeFactory.createURI(GRAPHS.source("doc")), S, P, NodeFactory.createLiteralString("built"));
        });
        assertEquals(1, committed.size());
        assertEquals(1, quads(committed.get(0)));
    }

    @Test
    void givenAnAbortedWrite_thenNothingIsHandedOnAndTheNextWriteCarriesOnlyItsOwnChange() {
        dsg.begin(ReadWrite.WRITE);
        dsg.add(NodeFactory.createURI("urn:x:notes"), S, P, NodeFactory.createLiteralString("dropped"));
        dsg.abort();
        dsg.end();
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:x:notes"), S, P,
                NodeFactory.createLiteralString("kept")));
        assertEquals(1, committed.size());
        assertEquals(1, quads(committed.get(0)));
    }

    @Test
    void givenAReadThatBeginsAndEndsDuringAWrite_thenTheWriteStillHandsOnAllItsChanges() throws Exception {
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        Thread writer = new Thread(() -> Txn.executeWrite(dsg, () -> {
            dsg.add(NodeFactory.createURI("urn:x:notes"), S, P, NodeFactory.createLiteralString("one"));
            added.countDown();
            try {
                readDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            dsg.add(NodeFactory.createURI("urn:x:notes"), S, P, NodeFactory.createLiteralString("two"));
        }));
        writer.start();
        added.await();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> { }));
        readDone.countDown();
        writer.join();
        assertEquals(1, committed.size());
        assertEquals(2, quads(committed.get(0)));
    }

    @Test
    void givenAReadOnlyTransaction_thenNothingIsHandedOn() {
        Txn.executeRead(dsg, () -> dsg.find().hasNext());
        assertTrue(committed.isEmpty());
    }
}
