package stikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose journal a crash cut off in the middle of an entry opens again with every committed write, where TDB2
 * alone refuses to open it; a journal damaged before its end is left alone.
 */
class TornJournalTest {

    @TempDir
    Path dir;

    private static final Quad WRITTEN = Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
            NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("kept"));

    /** A database with one committed write, closed, whose journal then gets an entry header and half its data. */
    private Path databaseWithTornJournal() throws IOException {
        Path tdb2 = dir.resolve("tdb2");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        Txn.executeWrite(dsg, () -> dsg.add(WRITTEN));
        TDBInternal.expel(dsg);
        diedHolding(tdb2);
        Path journal = tdb2.resolve("Data-0001").resolve("journal.jrnl");
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer torn = ByteBuffer.allocate(28 + 10);
            torn.putInt(24).putInt(0).putInt(1).put(new byte[16]).put(new byte[10]).flip();
            ch.write(torn);
        }
        return tdb2;
    }

    /** The lock file as a process that died holding the database leaves it: its pid, of no live process. */
    private static void diedHolding(Path tdb2) throws IOException {
        long dead = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        Files.writeString(tdb2.resolve("tdb.lock"), dead + "\n");
    }

    @Test
    void givenAJournalEndingInAnEntryCutShort_whenTdb2AloneOpensIt_thenItRefuses() throws IOException {
        Path tdb2 = databaseWithTornJournal();
        assertThrows(TransactionException.class, () -> DatabaseMgr.connectDatasetGraph(tdb2.toString()),
                "the failure this class exists for; if TDB2 ever opens such a journal itself, it can go");
    }

    @Test
    void givenAJournalEndingInAnEntryCutShort_whenTheStoreOpens_thenTheCutEntryIsDroppedAndTheWritesAreKept()
            throws IOException {
        databaseWithTornJournal();
        try (GraphStore store = GraphStore.openDatabase(dir)) {
            DatasetGraph dsg = store.datasetGraph();
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(WRITTEN)), "the committed write survives");
            Txn.executeWrite(dsg, () -> dsg.add(Quad.create(WRITTEN.getGraph(), WRITTEN.getSubject(),
                    WRITTEN.getPredicate(), NodeFactory.createLiteralString("after"))));
        }
    }

    @Test
    void givenAnIntactJournalOrAHeldDatabase_whenMended_thenNothingIsCut() throws IOException {
        Path tdb2 = dir.resolve("tdb2");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        Txn.executeWrite(dsg, () -> dsg.add(WRITTEN));
        assertEquals(0, TornJournal.mend(tdb2), "a database this process holds is not touched");
        TDBInternal.expel(dsg);
        diedHolding(tdb2);
        assertEquals(0, TornJournal.mend(tdb2), "an intact journal");
        DatasetGraph again = DatabaseMgr.connectDatasetGraph(tdb2.toString());
        assertTrue(Txn.calculateRead(again, () -> again.contains(WRITTEN)), "and the database opens after");
        TDBInternal.expel(again);
        assertEquals(0, TornJournal.mend(dir.resolve("none")), "no database");
    }
}
