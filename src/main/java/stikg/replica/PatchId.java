package stikg.replica;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The place of a patch in one writer's log: the log's own id (a log that is started again gets a new one, so a
 * number is never mistaken for the same number of another log) and its number, 1 for the first patch. Number 0
 * names the empty history before the first patch.
 *
 * @param log the log's id
 * @param number the patch's number in the log
 */
public record PatchId(String log, long number) {

    private static final String PREFIX = "urn:stikg:patch:";
    private static final Pattern IRI = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f-]{36}):(\\d{1,18})");

    public PatchId {
        if (!log.matches("[0-9a-f-]{36}") || number < 0) {
            throw new IllegalArgumentException("not a patch id: " + log + ":" + number);
        }
    }

    /** The id as it stands in a patch header ({@code H id <urn:stikg:patch:LOG:N>}). */
    public Node node() {
        return NodeFactory.createURI(PREFIX + log + ":" + number);
    }

    public PatchId previous() {
        return new PatchId(log, number - 1);
    }

    public PatchId next() {
        return new PatchId(log, number + 1);
    }

    /** Reads a header value; fails on anything that is not a patch id of this form. */
    public static PatchId of(Node node) {
        if (node == null || !node.isURI()) {
            throw new IllegalArgumentException("not a patch id: " + node);
        }
        Matcher m = IRI.matcher(node.getURI());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a patch id: " + node.getURI());
        }
        return new PatchId(m.group(1), Long.parseLong(m.group(2)));
    }

    @Override
    public String toString() {
        return log + ":" + number;
    }
}
