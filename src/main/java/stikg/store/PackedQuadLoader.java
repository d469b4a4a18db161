package stikg.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads the quads of a new, empty TDB2 database the way Jena's own {@code tdb2.xloader} builds its indexes, but in
 * memory: each node gets its id from the database's node table as the quad comes (as every TDB2 loader does), the
 * quads are kept as ids, and at the end each of the six quad indexes is sorted and written bottom up, page after
 * page, by {@link BPlusTreeRewriter}. The phased bulk loader instead inserts every quad into the B+trees one at a
 * time (a search and a shift within a page each, and for five of the six indexes only once all data is in): on a
 * build that is most of its time. The result is the same database, the B+trees packed full.
 *
 * <p>Only for a database no one else uses: the node table and each index are written in transactions of their own
 * (as Jena's loaders do), with the database's transactions shut out meanwhile. Every call but {@link #finish()}'s
 * index building must come from the thread that made this loader, as TDB2's write transactions require.
 */
final class PackedQuadLoader {

    private final DatasetGraphTDB tdb;
    private final NodeTable nodes;
    private final TransactionCoordinator coordinator;
    private final Transaction nodeWrite;
    private final QuadIds quads = new QuadIds();
    private final ByteBuffer idBytes = ByteBuffer.allocate(Long.BYTES);
    private final RecentNodeIds recent = new RecentNodeIds();
    private boolean ended;

    PackedQuadLoader(DatasetGraph database) {
        tdb = TDBInternal.getDatasetGraphTDB(database);
        nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        tdb.getTxnSystem().getTxnMgr().startExclusiveMode();
        coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, nodes);
        CoLib.start(coordinator);
        nodeWrite = coordinator.begin(TxnType.WRITE);
    }

    void add(Node g, Node s, Node p, Node o) {
        quads.add(id(g), id(s), id(p), id(o));
    }

    private long id(Node n) {
        int slot = RecentNodeIds.slot(n);
        if (recent.holds(slot, n)) {
            return recent.id(slot);
        }
        NodeIdFactory.set(nodes.getAllocateNodeId(n), idBytes, 0);
        long id = idBytes.getLong(0);
        recent.put(slot, n, id);
        return id;
    }

    /** Commits the node table, then sorts and writes every quad index, {@code threads} indexes at a time. */
    void finish(int threads) {
        ended = true;
        try {
            nodeWrite.commit();
            nodeWrite.end();
            if (quads.size() > 0) {
                writeIndexes(threads);
            }
        } finally {
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }

    private void writeIndexes(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stikg-index-pack");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> written = new ArrayList<>();
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                written.add(pool.submit(() -> pack(index)));
            }
            for (Future<?> f : written) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the indexes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("writing an index failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes one index, empty until now, from the sorted quads, in a write transaction on that index alone. */
    private void pack(TupleIndex index) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory records = tree.getRecordFactory();
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(
                quads.sortedRecords(index.getMapping(), records), tree.getParams(), records,
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                tree.getRecordsMgr().getBlockMgr()));
    }

    /** Without {@link #finish(int)}: rolls the node table back and lets the database go; the caller drops the folder. */
    void abandon() {
        if (ended) {
            return;
        }
        ended = true;
        try {
            nodeWrite.abort();
            nodeWrite.end();
        } finally {
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }
}
