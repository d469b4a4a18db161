package stikg.replica;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.JenaException;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFPatchReaderText;
import org.apache.jena.sparql.core.Quad;

/**
 * Patches as a replica receives them: RDF Patch text, one or more patches one after the other, read whole and
 * checked for form before anything is applied. Each patch must have its headers, then exactly one transaction
 * ({@code TX} … {@code TC}); a patch cut short (no {@code TC}), an aborted one ({@code TA}), a change outside a
 * transaction or text that is not RDF Patch refuses the whole delivery. Jena's reader does not notice a missing
 * {@code TC} on its own: that check is here.
 */
final class ReceivedPatches {

    /** A change of one quad. */
    record Change(boolean add, Quad quad) {
    }

    /** One patch whose form was checked; its place in the log is checked by the follower. */
    record Received(Map<String, Node> header, List<Change> changes) {

        PatchId id() {
            return PatchId.of(header.get(RDFPatchConst.ID));
        }

        PatchId previous() {
            return PatchId.of(header.get(RDFPatchConst.PREV));
        }

        String build() {
            Node b = header.get(PatchLog.BUILD);
            if (b == null || !b.isLiteral()) {
                throw new RefusedPatchException("patch " + header.get(RDFPatchConst.ID) + " names no build");
            }
            return b.getLiteralLexicalForm();
        }
    }

    /** A delivery that is not a well-formed sequence of whole patches; nothing of it was applied. */
    static final class RefusedPatchException extends RuntimeException {
        RefusedPatchException(String message) {
            super(message);
        }
    }

    private ReceivedPatches() {
    }

    static List<Received> parse(byte[] text) {
        Splitter splitter = new Splitter();
        try {
            new RDFPatchReaderText(new ByteArrayInputStream(text)).apply(splitter);
        } catch (JenaException e) {
            throw new RefusedPatchException("not RDF Patch: " + e.getMessage());
        }
        return splitter.end();
    }

    /** Cuts the reader's stream of events into patches and checks each is whole. */
    private static final class Splitter extends RDFChangesBase {

        private enum State { BETWEEN, HEADER, BODY }

        private final List<Received> patches = new ArrayList<>();
        private State state = State.BETWEEN;
        private Map<String, Node> header = new LinkedHashMap<>();
        private List<Change> changes = new ArrayList<>();

        @Override
        public void header(String field, Node value) {
            if (state == State.BODY) {
                throw new RefusedPatchException("a header inside a transaction: the patch before it is cut short");
            }
            state = State.HEADER;
            header.put(field, value);
        }

        @Override
        public void txnBegin() {
            if (state != State.HEADER) {
                throw new RefusedPatchException(state == State.BODY ? "a transaction inside a transaction"
                        : "a patch without a header");
            }
            state = State.BODY;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            change(true, g, s, p, o);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            change(false, g, s, p, o);
        }

        private void change(boolean add, Node g, Node s, Node p, Node o) {
            if (state != State.BODY) {
                throw new RefusedPatchException("a change outside a transaction");
            }
            changes.add(new Change(add, Quad.create(g == null ? Quad.defaultGraphIRI : g, s, p, o)));
        }

        @Override
        public void addPrefix(Node gn, String prefix, String uriStr) {
            // prefixes are not replicated: no stikg answer depends on them
        }

        @Override
        public void deletePrefix(Node gn, String prefix) {
        }

        @Override
        public void txnCommit() {
            if (state != State.BODY) {
                throw new RefusedPatchException("a commit outside a transaction");
            }
            patches.add(new Received(header, changes));
            header = new LinkedHashMap<>();
            changes = new ArrayList<>();
            state = State.BETWEEN;
        }

        @Override
        public void txnAbort() {
            // Jena's reader also ends a transaction the text leaves open with an abort
            throw new RefusedPatchException("a patch cut short or aborted (TA): the writer logs only whole commits");
        }

        List<Received> end() {
            if (state != State.BETWEEN) {
                throw new RefusedPatchException("the last patch is cut short (no TC)");
            }
            return patches;
        }
    }
}
