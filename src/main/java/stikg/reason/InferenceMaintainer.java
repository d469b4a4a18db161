package stikg.reason;

import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.vocab.Graphs;

/**
 * Keeps a store's inferred graph in step with its asserted graphs after a change. Called inside the caller's write
 * transaction, after {@code change} has been applied to {@code store}; when it returns, {@code graphs.inferred()}
 * holds exactly what a full {@link Materializer#refresh} would give, and nothing is committed (the caller commits
 * or aborts the whole).
 */
public interface InferenceMaintainer {

    Materializer.Inference maintain(DatasetGraph store, Graphs graphs, RDFPatch change);
}
