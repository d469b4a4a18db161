package stikg.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.JenaTransactionException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live database of a store that a running server holds, which a rebuild replaces without a restart. Its
 * {@link #datasetGraph()} pins each transaction to the database that was live when the transaction began, so a
 * request is answered wholly from the old or wholly from the new database; a database replaced by a rebuild is
 * closed and its files deleted only when its last transaction has ended.
 */
public final class LiveStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStore.class);

    private final StoreLocation location;
    private final Pinning dataset;
    private final Object rebuilding = new Object();
    /** Guards {@link #current} and the counts of every {@link Held}. */
    private final Object lock = new Object();
    private Held current;
    private boolean closed;

    /** One open database and how many transactions are running on it. */
    private static final class Held {
        final GraphStore store;
        int users;
        boolean retired;

        Held(GraphStore store) {
            this.store = store;
        }
    }

    private LiveStore(StoreLocation location, GraphStore store) {
        this.location = location;
        this.current = new Held(store);
        this.dataset = new Pinning(store.datasetGraph());
    }

    /** Opens the live database of {@code location} (fails with a clear message when none was built yet). */
    public static LiveStore open(StoreLocation location) {
        GraphStore store = location.open();
        // folders a crashed build left behind, and old databases nobody reads any more: this process holds the store
        location.removeOldDatabases(store.databaseDir());
        return new LiveStore(location, store);
    }

    public StoreLocation location() {
        return location;
    }

    /** The dataset to serve: transactions pin the database live at their start. */
    public DatasetGraph datasetGraph() {
        return dataset;
    }

    /** The folder of the database live now. */
    public Path databaseDir() {
        synchronized (lock) {
            return current.store.databaseDir();
        }
    }

    /** The database live now, for what concerns its folder (no transactions through it: use {@link #datasetGraph()}). */
    public GraphStore current() {
        synchronized (lock) {
            return current.store;
        }
    }

    /** The state of the data a transaction begun now would see (a rebuild's switch changes it, as writes do). */
    public DataVersion version() {
        return current().version();
    }

    /** The build id (fingerprint) of the database live now. */
    public Optional<String> fingerprint() {
        synchronized (lock) {
            return current.store.fingerprint();
        }
    }

    /**
     * Rebuilds while serving: holds the write transaction of the live database (writers wait, readers go on),
     * copies its user graphs (those {@code isBuilt} rejects), writes everything {@code graphsOver} gives for them
     * into a new database beside it, switches the store's pointer to it with one atomic rename and then serves
     * it; writers that waited continue on the new database. Any error leaves the live database as it was.
     */
    public void rebuild(Predicate<String> isBuilt, Function<Map<String, Graph>, Map<String, Graph>> graphsOver,
            String fingerprint) {
        synchronized (rebuilding) {
            dataset.begin(TxnType.WRITE);
            try {
                Held old = dataset.pinned.get();
                Map<String, Graph> user = old.store.copyGraphs(isBuilt.negate());
                Path fresh = location.writeDatabase(graphsOver.apply(user), fingerprint);
                GraphStore next;
                try {
                    next = GraphStore.openDatabase(fresh);
                } catch (RuntimeException e) {
                    StoreLocation.deleteQuietly(fresh);
                    throw e;
                }
                location.switchTo(fresh);
                synchronized (lock) {
                    current = new Held(next);
                    old.retired = true;
                }
                LOG.info("Switched to the new database {}", fresh.getFileName());
            } finally {
                dataset.abort();
                dataset.end();
            }
        }
    }

    private Held acquire() {
        synchronized (lock) {
            if (closed) {
                throw new JenaTransactionException("the store is closed");
            }
            current.users++;
            return current;
        }
    }

    private void release(Held h) {
        boolean remove;
        synchronized (lock) {
            h.users--;
            remove = h.retired && h.users == 0;
        }
        if (remove) {
            Path dir = h.store.databaseDir();
            h.store.close();
            StoreLocation.deleteQuietly(dir);
            LOG.info("Deleted the replaced database {} after its last reader", dir.getFileName());
        }
    }

    @Override
    public void close() {
        Held h;
        synchronized (lock) {
            closed = true;
            h = current;
        }
        h.store.close();
    }

    /** The dataset whose transactions are pinned, each to the database live when it began. */
    private final class Pinning extends DatasetGraphWrapper {

        final ThreadLocal<Held> pinned = new ThreadLocal<>();

        Pinning(DatasetGraph first) {
            // a context of its own (from the store's: union default graph, text index), for the server's settings
            super(first, first.getContext().copy());
        }

        @Override
        protected DatasetGraph get() {
            Held h = pinned.get();
            if (h != null) {
                return h.store.datasetGraph();
            }
            synchronized (lock) {
                return current.store.datasetGraph();
            }
        }

        @Override
        public Context getContext() {
            Held h = pinned.get();
            if (h == null) {
                return super.getContext();
            }
            // the text index of the pinned database, with everything the server set
            Context c = super.getContext().copy();
            Object index = h.store.datasetGraph().getContext().get(TextQuery.textIndex);
            if (index != null) {
                c.set(TextQuery.textIndex, index);
            }
            return c;
        }

        @Override
        public void begin() {
            begin(TxnType.READ_PROMOTE);
        }

        @Override
        public void begin(ReadWrite mode) {
            begin(TxnType.convert(mode));
        }

        @Override
        public void begin(TxnType type) {
            if (pinned.get() != null) {
                throw new JenaTransactionException("already in a transaction");
            }
            while (true) {
                Held h = acquire();
                try {
                    h.store.datasetGraph().begin(type);
                } catch (RuntimeException e) {
                    release(h);
                    throw e;
                }
                boolean stale;
                synchronized (lock) {
                    stale = type == TxnType.WRITE && h != current;
                }
                if (!stale) {
                    pinned.set(h);
                    return;
                }
                // waited for a rebuild's write lock on the database it replaced: write to the new one instead
                h.store.datasetGraph().abort();
                h.store.datasetGraph().end();
                release(h);
            }
        }

        @Override
        public boolean promote(Transactional.Promote mode) {
            Held h = pinned.get();
            synchronized (lock) {
                if (h != null && h != current) {
                    return false; // a write on a replaced database would be lost
                }
            }
            return super.promote(mode);
        }

        @Override
        public boolean promote() {
            return promote(Transactional.Promote.ISOLATED);
        }

        @Override
        public void end() {
            Held h = pinned.get();
            if (h == null) {
                return;
            }
            try {
                h.store.datasetGraph().end();
            } finally {
                pinned.remove();
                release(h);
            }
        }
    }
}
