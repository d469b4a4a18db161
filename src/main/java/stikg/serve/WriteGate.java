package stikg.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.rdfpatch.changes.RDFChangesNoOp;
import org.apache.jena.rdfpatch.changes.RDFChangesWrapper;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional.Promote;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stikg.reason.AssertedView;
import stikg.reason.InferenceMaintainer;
import stikg.reason.Materializer;
import stikg.reason.ShapesCheck;
import stikg.vocab.Graphs;

/**
 * The service's write path, the same gate a build passes. Each write transaction is collected as an RDF Patch;
 * touching a built graph ({@link Graphs#isBuilt}) or the default graph (the union of the named graphs, not a
 * graph one can write) is refused (400, naming the graph; Fuseki's 403 would drop the message). At commit, still inside the transaction,
 * the inferred graph is brought in step ({@link InferenceMaintainer}) and the asserted graphs are checked against
 * the shapes; a contradiction or a violation refuses the write (400, each violation with its focus node and path)
 * and the transaction is aborted, so the store stays exactly as it was. Then the {@link WriteListener}s get the
 * patch twice: just before the commit, inside the transaction (a write-ahead log makes its record durable there),
 * and after it.
 */
final class WriteGate extends DatasetGraphChanges {

    private static final Logger LOG = LoggerFactory.getLogger(WriteGate.class);

    private final Collecting collecting;
    private final Graphs graphs;
    private final InferenceMaintainer maintainer;
    private final ShapesCheck shapes;
    private final Supplier<Set<String>> leaveOut;
    private final Supplier<String> buildId;
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock writeOrder = new ReentrantLock();

    WriteGate(DatasetGraph live, Graphs graphs, InferenceMaintainer maintainer, ShapesCheck shapes,
            Supplier<Set<String>> leaveOut, Supplier<String> buildId) {
        this(live, new Collecting(graphs), graphs, maintainer, shapes, leaveOut, buildId);
    }

    private WriteGate(DatasetGraph live, Collecting collecting, Graphs graphs, InferenceMaintainer maintainer,
            ShapesCheck shapes, Supplier<Set<String>> leaveOut, Supplier<String> buildId) {
        super(live, collecting);
        this.collecting = collecting;
        this.graphs = graphs;
        this.maintainer = maintainer;
        this.shapes = shapes;
        this.leaveOut = leaveOut;
        this.buildId = buildId;
    }

    /** The context of the dataset served (the server's own, with the text index of the database pinned). */
    @Override
    public org.apache.jena.sparql.util.Context getContext() {
        return getWrapped().getContext();
    }

    void addListener(WriteListener listener) {
        listeners.add(listener);
    }

    @Override
    public void begin(TxnType type) {
        collecting.reset();
        orderIfWrite(type == TxnType.WRITE);
        super.begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        collecting.reset();
        orderIfWrite(mode == ReadWrite.WRITE);
        super.begin(mode);
    }

    @Override
    public boolean promote(Promote mode) {
        orderIfWrite(true);
        return super.promote(mode);
    }

    @Override
    public void end() {
        try {
            super.end();
        } finally {
            while (writeOrder.isHeldByCurrentThread()) {
                writeOrder.unlock();
            }
        }
    }

    /**
     * A write holds the order lock from its begin until its listeners have been told (its end), so that they learn
     * of writes in commit order: the store lets the next writer in at the commit, before the listeners run.
     */
    private void orderIfWrite(boolean write) {
        if (write && !writeOrder.isHeldByCurrentThread()) {
            writeOrder.lock();
        }
    }

    @Override
    public void begin() {
        collecting.reset();
        super.begin();
    }

    @Override
    public void commit() {
        if (transactionMode() != ReadWrite.WRITE) {
            super.commit();
            return;
        }
        collecting.refusal().ifPresent(r -> {
            throw r;
        });
        RDFPatch patch = collecting.patch();
        boolean changed = collecting.changed();
        if (changed) {
            DatasetGraph store = getWrapped();
            long start = System.nanoTime();
            Materializer.Inference inference = maintainer.maintain(store, graphs, patch);
            if (!inference.contradictions().isEmpty()) {
                throw refuse(400, "the write was refused: with it the graph is inconsistent: "
                        + String.join("; ", inference.contradictions()));
            }
            Graph asserted = assertedView(store, leaveOut.get());
            List<ShapesCheck.Violation> violations = shapes.violations(asserted, touched(patch, asserted));
            if (!violations.isEmpty()) {
                StringBuilder msg = new StringBuilder("the write was refused: it violates the shapes (ontology/shapes.ttl):");
                violations.forEach(v -> msg.append("\n  ").append(v));
                throw refuse(400, msg.toString());
            }
            LOG.info("Write checked and the inferred graph kept in step in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        String id = changed ? buildId.get() : null;
        List<WriteListener> staged = new ArrayList<>();
        try {
            if (changed) {
                for (WriteListener l : listeners) {
                    beforeCommit(l, patch, id);
                    staged.add(l);
                }
            }
            super.commit();
        } catch (RuntimeException e) {
            staged.forEach(WriteListener::commitFailed);
            throw e;
        }
        if (changed) {
            for (WriteListener l : listeners) {
                try {
                    l.committed(patch, id);
                } catch (RuntimeException e) {
                    LOG.warn("A write listener failed after the commit: {}", e.toString());
                }
            }
        }
    }

    /**
     * A listener's stage before the commit, given the store itself (a record written there commits with the
     * change); a failure there refuses the write (the listener has undone its own part).
     */
    private void beforeCommit(WriteListener l, RDFPatch patch, String id) {
        try {
            l.beforeCommit(getWrapped(), patch, id);
        } catch (ActionErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("A write was refused before its commit: {}", e.toString());
            throw new ActionErrorException(503, "the write was not committed: " + e.getMessage(), null);
        }
    }

    /** The asserted graphs of the store as one live view, not a copy: what the shapes are checked against. */
    private Graph assertedView(DatasetGraph store, Set<String> leaveOut) {
        return new AssertedView(store, graphs, leaveOut);
    }

    /**
     * The nodes whose constraints a change can break: the subject and object of every triple it added or removed,
     * and, where it changed a node's type, every node that refers to that node (a class constraint on them reads it).
     */
    private static Set<Node> touched(RDFPatch patch, Graph asserted) {
        Set<Node> nodes = new LinkedHashSet<>();
        patch.apply(new RDFChangesNoOp() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                touch(s, p, o);
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                touch(s, p, o);
            }

            private void touch(Node s, Node p, Node o) {
                nodes.add(s);
                if (!o.isLiteral()) {
                    nodes.add(o);
                }
                if (p.equals(RDF.Nodes.type)) {
                    asserted.find(Node.ANY, Node.ANY, s).forEachRemaining(t -> nodes.add(t.getSubject()));
                }
            }
        });
        return nodes;
    }

    /**
     * The refusal of a write: an {@link ActionErrorException}, which both write operations of the service (the
     * update operation, {@link GuardedUpdateProcessor}, and Fuseki's Graph Store operation) abort on and answer with
     * its status and message.
     */
    private static RuntimeException refuse(int status, String message) {
        LOG.info("Write refused ({}): {}", status, message.lines().findFirst().orElse(""));
        return new ActionErrorException(status, message, null);
    }

    /** Collects the current thread's write as a patch, refusing at once any change to a graph it may not touch. */
    private static final class Collecting extends RDFChangesWrapper {

        private final Graphs graphs;
        private final ThreadLocal<RDFChangesCollector> collector = ThreadLocal.withInitial(RDFChangesCollector::new);
        private final ThreadLocal<Boolean> changed = ThreadLocal.withInitial(() -> false);
        private final ThreadLocal<RuntimeException> refusal = new ThreadLocal<>();

        Collecting(Graphs graphs) {
            super(null);
            this.graphs = graphs;
        }

        void reset() {
            collector.set(new RDFChangesCollector());
            changed.set(false);
            refusal.remove();
        }

        /** The first refused change of this write: refused at commit, since Fuseki answers 500 to errors raised while the update runs. */
        java.util.Optional<RuntimeException> refusal() {
            return java.util.Optional.ofNullable(refusal.get());
        }

        RDFPatch patch() {
            return collector.get().getRDFPatch();
        }

        boolean changed() {
            return changed.get();
        }

        @Override
        protected org.apache.jena.rdfpatch.RDFChanges get() {
            return collector.get();
        }

        private void check(Node g) {
            if (refusal.get() != null) {
                return;
            }
            if (g == null || Quad.isDefaultGraph(g)) {
                refusal.set(refuse(400, "the default graph is the union of the named graphs and cannot be written: "
                        + "write into a named graph (GRAPH <iri> { … }, or ?graph=iri)"));
            } else if (g.isURI() && graphs.isBuilt(g.getURI())) {
                refusal.set(refuse(400, "the graph <" + g.getURI() + "> is built from the project's files and is "
                        + "read-only through the service: write into a graph of your own (outside " + graphs.base()
                        + ")"));
            }
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            check(g);
            changed.set(true);
            super.add(g, s, p, o);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            check(g);
            changed.set(true);
            super.delete(g, s, p, o);
        }
    }
}
