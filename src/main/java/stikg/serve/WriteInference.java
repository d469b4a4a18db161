package stikg.serve;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import stikg.reason.InferenceMaintainer;
import stikg.reason.Materializer;
import stikg.vocab.Graphs;

/**
 * Whether the service's writes keep the inferred graph in step. Always {@link #KEPT_IN_STEP} when serving: with
 * {@link #OFF_FOR_BENCHMARK} the inferred graph no longer follows from the asserted graphs after a write. The write
 * benchmark ({@code stikg bench}, part {@code write}) uses it to measure what the same write costs without inference
 * (SHACL check, commit, HTTP), the figure the cost of inference on a write is compared with.
 */
public enum WriteInference {
    /** Each write brings the inferred graph in step, inside its transaction (incremental inference). */
    KEPT_IN_STEP,
    /** Writes leave the inferred graph as it is and see no contradiction: for the write benchmark only. */
    OFF_FOR_BENCHMARK;

    /** A maintainer that changes nothing: the stored inferred graph, no contradiction. */
    static InferenceMaintainer frozen(Graphs graphs) {
        return (store, g, change) -> new Materializer.Inference(
                store.getGraph(NodeFactory.createURI(graphs.inferred())), List.of());
    }
}
