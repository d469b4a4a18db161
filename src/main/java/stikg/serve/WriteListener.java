package stikg.serve;

import org.apache.jena.rdfpatch.RDFPatch;

/**
 * Told of every write the service committed, after the commit, in commit order: the change to the user graphs as
 * an RDF Patch (the inferred graph's follow-up is not in it: a replica recomputes it) and the build id of the
 * database it was applied to. A listener that throws does not undo the write; it is logged.
 */
public interface WriteListener {

    void committed(RDFPatch userChange, String buildId);
}
