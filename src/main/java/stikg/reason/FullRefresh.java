package stikg.reason;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.vocab.Graphs;

/**
 * The plain inference maintainer: whatever changed, recomputes the whole inferred graph from the asserted graphs
 * of the store (joining the caller's write transaction).
 *
 * @param materializer the rules
 * @param leaveOut graphs the build does not reason over (those kept from {@code stikg link import}), asked at
 *        each change because an import adds one
 */
public record FullRefresh(Materializer materializer, Supplier<Set<String>> leaveOut) implements InferenceMaintainer {

    @Override
    public Materializer.Inference maintain(DatasetGraph store, Graphs graphs, RDFPatch change) {
        return materializer.refresh(store, graphs, leaveOut.get());
    }
}
