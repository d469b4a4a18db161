package stikg.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
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
        super(store);
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
        DatasetGraph store = getWrapped();
        Node inferredName = NodeFactory.createURI(graphs.inferred());
        String provenancePrefix = graphs.provenance("");
        Txn.executeWrite(store, () -> {
            Graph asserted = GraphFactory.createDefaultGraph();
            store.listGraphNodes().forEachRemaining(name -> {
                String iri = name.getURI();
                if (!name.equals(inferredName) && !iri.startsWith(provenancePrefix)) {
                    store.getGraph(name).find().forEachRemaining(asserted::add);
                }
            });
            Materializer.Inference inference = materializer.infer(asserted);
            store.deleteAny(inferredName, Node.ANY, Node.ANY, Node.ANY);
            inference.graph().find().forEachRemaining(t ->
                    store.add(inferredName, t.getSubject(), t.getPredicate(), t.getObject()));
            if (!inference.contradictions().isEmpty()) {
                LOG.warn("After the update the graph is inconsistent: {}", inference.contradictions());
            }
            LOG.info("Recomputed the inferred graph after a write: {} triples in {} ms", inference.graph().size(),
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
