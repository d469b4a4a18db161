package stikg.replica;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The write path's after-commit hook, as a dataset wrapper: it records the user-graph changes of each write
 * transaction (Jena's {@link DatasetGraphChanges}) and, once the transaction has committed, hands them as one RDF
 * Patch to a {@link WriteListener}. The commit and the hand-over happen under one lock, so the listener sees writes
 * in commit order.
 *
 * <p>Stand-in for the hook of the state model's write path (issue 15), which collects the same patch inside its
 * validating write transaction; at merge the listener is registered there and this wrapper goes.
 */
public final class ChangeCapture extends DatasetGraphWrapper {

    private final Recorder recorder;
    private final String buildId;
    private final WriteListener listener;
    private final Object commitOrder = new Object();

    private ChangeCapture(DatasetGraph changes, Recorder recorder, String buildId, WriteListener listener) {
        super(changes);
        this.recorder = recorder;
        this.buildId = buildId;
        this.listener = listener;
    }

    /** Wraps {@code dataset} so that every committed write's user-graph change reaches {@code listener}. */
    public static DatasetGraph wrap(DatasetGraph dataset, UserGraphs userGraphs, String buildId, WriteListener listener) {
        Recorder recorder = new Recorder(userGraphs);
        return new ChangeCapture(new DatasetGraphChanges(dataset, recorder), recorder, buildId, listener);
    }

    // Readers begin and end transactions while a write is under way: only the start of a write (or a read's
    // promotion to one, which waits for the single writer's turn) starts a new record.

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        if (type == TxnType.WRITE) {
            recorder.clear();
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        if (mode == ReadWrite.WRITE) {
            recorder.clear();
        }
    }

    @Override
    public boolean promote(Promote mode) {
        boolean promoted = super.promote(mode);
        if (promoted) {
            recorder.clear();
        }
        return promoted;
    }

    @Override
    public void commit() {
        if (transactionMode() != ReadWrite.WRITE) {
            super.commit();
            return;
        }
        synchronized (commitOrder) {
            super.commit();
            List<Change> changes = recorder.take();
            if (!changes.isEmpty()) {
                listener.committed(RDFPatchOps.build(c -> {
                    c.txnBegin();
                    for (Change ch : changes) {
                        Quad q = ch.quad();
                        if (ch.add()) {
                            c.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                        } else {
                            c.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                        }
                    }
                    c.txnCommit();
                }), buildId);
            }
        }
    }

    @Override
    public void abort() {
        if (transactionMode() == ReadWrite.WRITE) {
            recorder.clear();
        }
        super.abort();
    }

    private record Change(boolean add, Quad quad) {
    }

    /**
     * The user-graph quads added and deleted in the running write transaction, in order. Writes are serialised by
     * the store (one writer at a time), so one recorder serves them all.
     */
    private static final class Recorder extends RDFChangesBase {

        private final UserGraphs userGraphs;
        private List<Change> changes = new ArrayList<>();

        Recorder(UserGraphs userGraphs) {
            this.userGraphs = userGraphs;
        }

        synchronized void clear() {
            changes = new ArrayList<>();
        }

        synchronized List<Change> take() {
            List<Change> out = changes;
            changes = new ArrayList<>();
            return out;
        }

        @Override
        public synchronized void add(Node g, Node s, Node p, Node o) {
            if (userGraphs.isUser(g)) {
                changes.add(new Change(true, Quad.create(g, s, p, o)));
            }
        }

        @Override
        public synchronized void delete(Node g, Node s, Node p, Node o) {
            if (userGraphs.isUser(g)) {
                changes.add(new Change(false, Quad.create(g, s, p, o)));
            }
        }
    }
}
