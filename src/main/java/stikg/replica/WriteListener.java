package stikg.replica;

import org.apache.jena.rdfpatch.RDFPatch;

/**
 * Told of every committed write through the service: the change it made to user graphs (built graphs never
 * appear in it), and the build the store held. Called after the commit and before the next write commits, in the
 * thread that made the write, so that what listeners see is in commit order.
 */
public interface WriteListener {

    void committed(RDFPatch userChange, String buildId);
}
