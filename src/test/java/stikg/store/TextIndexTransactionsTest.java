package stikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text index commits and rolls back with the write that changed it, whatever readers do meanwhile. */
class TextIndexTransactionsTest {

    private static final Node GRAPH = NodeFactory.createURI("urn:ex:g");
    private static final Node LABEL = RDFS.label.asNode();

    @Test
    void givenAWriteInProgress_whenAReaderAborts_thenTheWriteStillReachesTheIndexAtItsCommit(@TempDir Path dir)
            throws Exception {
        try (GraphStore store = GraphStore.openDatabase(dir)) {
            DatasetGraph dsg = store.datasetGraph();
            writeWhileAReaderAborts(dsg, "초전도양자");
            assertEquals(1, hits(dsg, "초전도"));
        }
    }

    @Test
    void givenNoOtherTransaction_whenAWriteAborts_thenItsLabelsAreNotFound(@TempDir Path dir) {
        try (GraphStore store = GraphStore.openDatabase(dir)) {
            DatasetGraph dsg = store.datasetGraph();
            dsg.begin(ReadWrite.WRITE);
            dsg.add(GRAPH, NodeFactory.createURI("urn:ex:kept"), LABEL, NodeFactory.createLiteralLang("양자컴퓨팅", "ko"));
            dsg.commit();
            dsg.end();
            dsg.begin(ReadWrite.WRITE);
            dsg.add(GRAPH, NodeFactory.createURI("urn:ex:dropped"), LABEL, NodeFactory.createLiteralLang("양자센서", "ko"));
            dsg.abort();
            dsg.end();
            assertEquals(1, hits(dsg, "양자"));
        }
    }

    /**
     * A write adds a label; while it is open, a reader on another thread begins and aborts (as Fuseki does with a
     * query that timed out); then the write commits.
     */
    private static void writeWhileAReaderAborts(DatasetGraph dsg, String label) throws InterruptedException {
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch readerDone = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            dsg.begin(ReadWrite.WRITE);
            dsg.add(GRAPH, NodeFactory.createURI("urn:ex:s"), LABEL, NodeFactory.createLiteralLang(label, "ko"));
            added.countDown();
            try {
                readerDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            dsg.commit();
            dsg.end();
        });
        writer.start();
        added.await();
        dsg.begin(ReadWrite.READ);
        dsg.abort();
        dsg.end();
        readerDone.countDown();
        writer.join();
    }

    private static int hits(DatasetGraph dsg, String word) {
        TextIndex index = (TextIndex) dsg.getContext().get(TextQuery.textIndex);
        return index.query(null, word, null, null, 10).size();
    }
}
