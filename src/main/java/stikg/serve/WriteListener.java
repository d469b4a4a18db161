package stikg.serve;

import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Told of every write the service commits, in commit order (the write gate holds its order lock from a write's
 * begin to its end, so one write's stages never interleave with another's): the change to the user graphs as an
 * RDF Patch (the inferred graph's follow-up is not in it: a replica recomputes it) and the build id of the database
 * it is applied to. A write-ahead listener does its part in {@link #beforeCommit}, inside the write's transaction;
 * {@link #committed} follows the commit, {@link #commitFailed} a commit that failed after {@code beforeCommit}.
 */
public interface WriteListener {

    /**
     * Inside the write's transaction, after its checks passed, just before its commit. {@code store} is the store
     * itself (not the service's view: what is written to it is not part of the user's change and is not refused as
     * a write to a built graph), so that a record written here commits, or not, with the change. Throwing refuses
     * the write: the transaction is aborted and the store stays as it was. Nothing by default.
     */
    default void beforeCommit(DatasetGraph store, RDFPatch userChange, String buildId) {
    }

    /** After the commit. A listener that throws here does not undo the write; it is logged. */
    void committed(RDFPatch userChange, String buildId);

    /**
     * The commit failed after {@link #beforeCommit} returned (a later listener refused, or the store's commit threw:
     * then whether it committed is not known to the caller). Nothing by default.
     */
    default void commitFailed() {
    }
}
