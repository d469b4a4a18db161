package stikg.reason;

import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.vocab.Graphs;

/**
 * Keeps a store's inferred graph up to date with a write. The service's write path calls it inside the write's
 * transaction, after the change is applied and before it commits; afterwards {@code graphs.inferred()} holds
 * exactly what {@link Materializer#refresh} would put there.
 */
public interface InferenceMaintainer {

    /**
     * @param store the store, in the caller's WRITE transaction, with {@code change} already applied
     * @param change what the write added and removed (quads of the asserted graphs; others are ignored)
     * @return the inferred graph and the contradictions the store now holds
     */
    Materializer.Inference maintain(DatasetGraph store, Graphs graphs, RDFPatch change);
}
