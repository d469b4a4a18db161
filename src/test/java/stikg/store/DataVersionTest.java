package stikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;

/** A store's version changes with every committed write, and only then. */
class DataVersionTest {

    private static final Quad NOTE = Quad.create(NodeFactory.createURI("urn:x:notes"),
            NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:says"), NodeFactory.createLiteralString("b"));

    @Test
    void givenAStore_whenReadOrAWriteAborts_thenItsVersionStays_andWhenAWriteCommits_thenItChanges(@TempDir Path dir) {
        try (GraphStore store = Fixture.buildInto(dir.resolve("store")).open()) {
            DatasetGraph dsg = store.datasetGraph();
            DataVersion opened = store.version();
            Txn.executeRead(dsg, () -> dsg.find().hasNext());
            assertEquals(opened, store.version());
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            dsg.add(NOTE);
            dsg.abort();
            dsg.end();
            assertEquals(opened, store.version());
            Txn.executeWrite(dsg, () -> dsg.add(NOTE));
            assertNotEquals(opened, store.version());
        }
    }

    @Test
    void givenTwoDatabases_whenBothHaveCommittedAsManyWrites_thenTheirVersionsDiffer(@TempDir Path dir) {
        try (GraphStore a = Fixture.buildInto(dir.resolve("a")).open();
                GraphStore b = Fixture.buildInto(dir.resolve("b")).open()) {
            assertEquals(a.version().commits(), b.version().commits());
            assertNotEquals(a.version(), b.version());
        }
    }
}
