package stikg.serve;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import stikg.reason.Materializer;
import stikg.vocab.Graphs;

/**
 * A dataset that recomputes the inferred graph after every committed write, so that what the service infers
 * never lags behind what it was told. The recomputation runs in its own write transaction right after the
 * writer's transaction ends.
 */
final class InferenceRefresh extends DatasetGraphWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(InferenceRefresh.class);

    private final Materializer materializer;
    private final Graphs graphs;
    private final ThreadLocal<Boolean> committedWrite = ThreadLocal.withInitial(() -> false);

    InferenceRefresh(DatasetGraph store, Materializer materializer, Graphs graphs) {
        // a context of its own (starting from the store's: union default graph, text index), so that what one
        // server sets in it (timeout, SERVICE policy) does not reach another server over the same store
        super(store, store.getContext().copy());
        this.materializer = materializer;
        this.graphs = graphs;
    }

    @Override
    public void commit() {
        boolean write = transactionMode() == ReadWrite.WRITE;
        super.commit();
        if (write) {
            committedWrite.set(true);
        }
    }

    @Override
    public void end() {
        boolean refresh = committedWrite.get();
        committedWrite.set(false);
        super.end();
        if (refresh) {
            refresh();
        }
    }

    /** Replaces the inferred graph with what follows from the asserted graphs now. */
    void refresh() {
        long start = System.nanoTime();
        Materializer.Inference inference = materializer.refresh(getWrapped(), graphs);
        if (!inference.contradictions().isEmpty()) {
            LOG.warn("After the update the graph is inconsistent: {}", inference.contradictions());
        }
        LOG.info("Recomputed the inferred graph after a write: {} triples in {} ms", inference.graph().size(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
