package stikg.replica;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import stikg.vocab.Graphs;

/**
 * Which graphs are user graphs (written through the service, shipped to replicas) and which are built (made by a
 * build from the sources, rebuilt by each replica). Follows the state model's definition (built: ontology,
 * lexicon, metadata, inferred, source/*, provenance/*, linked/*; everything else is a user graph). The replication
 * graph, where each server records the patch it reached, is neither: it belongs to the server.
 */
public final class UserGraphs {

    private final Graphs graphs;
    private final Node replication;

    public UserGraphs(Graphs graphs) {
        this.graphs = graphs;
        this.replication = NodeFactory.createURI(replicationGraph(graphs));
    }

    /** The graph in which a server records the log and the patch its user graphs have reached. */
    public static String replicationGraph(Graphs graphs) {
        return graphs.replication();
    }

    public Node replication() {
        return replication;
    }

    public boolean isUser(Node graph) {
        if (graph == null || graph.equals(replication)) {
            return false;
        }
        return !graph.isURI() || !graphs.isBuilt(graph.getURI());
    }
}
