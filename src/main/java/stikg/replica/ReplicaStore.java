package stikg.replica;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import stikg.reason.Materializer;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * A replica's store as the follower changes it: each patch (or a whole snapshot) in one write transaction that
 * also brings the inferred graph up to date and records the patch reached, so data and record commit together.
 */
final class ReplicaStore {

    private final GraphStore store;
    private final Graphs graphs;
    private final UserGraphs userGraphs;
    private final Materializer materializer;

    ReplicaStore(GraphStore store, Graphs graphs, Materializer materializer) {
        this.store = store;
        this.graphs = graphs;
        this.userGraphs = new UserGraphs(graphs);
        this.materializer = materializer;
    }

    GraphStore store() {
        return store;
    }

    /** The build the store was built from (its fingerprint). */
    String build() {
        return store.fingerprint().orElse("unknown");
    }

    /**
     * The patch the user graphs reached, when recorded over the build the store holds now; a record carried over
     * by a rebuild names the build before it and counts as none (the replica loads the user graphs again).
     */
    Optional<ReplicaState> state() {
        DatasetGraph dsg = store.datasetGraph();
        String build = build();
        return Txn.calculateRead(dsg, () -> ReplicaState.read(dsg, userGraphs.replication()))
                .filter(s -> s.build().equals(build));
    }

    /**
     * Applies one patch whose place was checked, and records it as reached. {@code infer}: bring the inferred graph
     * up to date in the same transaction; a replica catching up with many patches does it with the last of a
     * delivery only (the writer itself recomputes it just after each write's own transaction).
     */
    void apply(ReceivedPatches.Received patch, boolean infer) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (ReceivedPatches.Change c : patch.changes()) {
                Quad q = c.quad();
                if (!userGraphs.isUser(q.getGraph())) {
                    throw new ReceivedPatches.RefusedPatchException("patch " + patch.id() + " changes a graph that is not a "
                            + "user graph: " + q.getGraph());
                }
                if (c.add()) {
                    dsg.add(q);
                } else {
                    dsg.delete(q);
                }
            }
            finish(dsg, new ReplicaState(patch.id(), build()), infer);
        });
    }

    /** Replaces every user graph with the snapshot's, and records the snapshot's id as reached. */
    void replaceUserGraphs(ReceivedPatches.Received snapshot) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.add(Quad.defaultGraphIRI);
            for (Node g : names) {
                if (userGraphs.isUser(g)) {
                    dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                }
            }
            for (ReceivedPatches.Change c : snapshot.changes()) {
                if (!c.add() || !userGraphs.isUser(c.quad().getGraph())) {
                    throw new ReceivedPatches.RefusedPatchException("a snapshot only adds user-graph quads");
                }
                dsg.add(c.quad());
            }
            finish(dsg, new ReplicaState(snapshot.id(), build()), true);
        });
    }

    private void finish(DatasetGraph dsg, ReplicaState state, boolean infer) {
        if (infer) {
            // the same inference the writer runs after each write, over the same asserted graphs
            materializer.refresh(dsg, graphs, Set.of(userGraphs.replication().getURI()));
        }
        state.write(dsg, userGraphs.replication());
    }
}
