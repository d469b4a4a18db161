package stikg.replica;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.changes.RDFChangesWrapper;

/**
 * Passes on the quad changes of a patch and nothing else: whatever headers or transaction marks the change came
 * with, the logged patch has its own. Counts the quads.
 */
final class QuadsOnly extends RDFChangesWrapper {

    private final int[] quads;

    QuadsOnly(RDFChanges target, int[] quads) {
        super(target);
        this.quads = quads;
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        quads[0]++;
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        quads[0]++;
        super.delete(g, s, p, o);
    }

    @Override
    public void header(String field, Node value) {
    }

    @Override
    public void addPrefix(Node gn, String prefix, String uriStr) {
    }

    @Override
    public void deletePrefix(Node gn, String prefix) {
    }

    @Override
    public void txnBegin() {
    }

    @Override
    public void txnCommit() {
    }

    @Override
    public void txnAbort() {
    }

    @Override
    public void segment() {
    }

    @Override
    public void start() {
    }

    @Override
    public void finish() {
    }
}
