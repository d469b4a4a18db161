package stikg.replica;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The writer's record, in its own store (the replication graph), of the last patch of its log whose change the
 * store holds: written in the transaction of that change, so after any crash it says exactly which of the log's
 * patches committed. One triple, replaced by each logged write.
 */
final class WriterRecord {

    private static final Node SELF = NodeFactory.createURI("urn:stikg:writer");
    private static final Node LOGGED = NodeFactory.createURI("urn:stikg:logged");

    private WriterRecord() {
    }

    /** The patch recorded; the caller holds a transaction. Empty when no logged write ever committed here. */
    static Optional<PatchId> read(DatasetGraph store, Node graph) {
        Iterator<Quad> it = store.find(graph, SELF, LOGGED, Node.ANY);
        if (!it.hasNext()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PatchId.of(it.next().getObject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Records {@code id}; the caller holds the write transaction of the change it describes. */
    static void write(DatasetGraph store, Node graph, PatchId id) {
        store.deleteAny(graph, SELF, LOGGED, Node.ANY);
        store.add(graph, SELF, LOGGED, id.node());
    }
}
