package stikg.replica;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What a server's user graphs hold, recorded in the store itself (in the replication graph) and written in the
 * same transaction as the change it describes, so the record and the data can never disagree after a crash.
 *
 * @param reached the last patch applied (number 0: the log's empty start)
 * @param build the build the user graphs were applied over
 */
record ReplicaState(PatchId reached, String build) {

    private static final Node SELF = NodeFactory.createURI("urn:stikg:replica");
    private static final Node REACHED = NodeFactory.createURI("urn:stikg:reached");
    private static final Node BUILD = NodeFactory.createURI("urn:stikg:build");

    /** Reads the record; the caller holds a transaction. Empty when the store was never synced. */
    static Optional<ReplicaState> read(DatasetGraph store, Node graph) {
        Node reached = one(store, graph, REACHED);
        Node build = one(store, graph, BUILD);
        if (reached == null || build == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReplicaState(PatchId.of(reached), build.getLiteralLexicalForm()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Replaces the record; the caller holds the write transaction that makes the change it records. */
    void write(DatasetGraph store, Node graph) {
        store.deleteAny(graph, SELF, Node.ANY, Node.ANY);
        store.add(graph, SELF, REACHED, reached.node());
        store.add(graph, SELF, BUILD, NodeFactory.createLiteralString(build));
    }

    private static Node one(DatasetGraph store, Node graph, Node property) {
        Iterator<Quad> it = store.find(graph, SELF, property, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
