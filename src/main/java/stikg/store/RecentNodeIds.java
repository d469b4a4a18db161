package stikg.store;

import org.apache.jena.graph.Node;

/**
 * The node ids a load looked up lately, in a fixed table of {@value #SLOTS} slots chosen by the node's hash (a
 * newer node takes the slot of an older one): a load asks for the id of the same graph name and the same few
 * predicates at nearly every quad, and the node table's own cache, shared and concurrent, costs several times more
 * per lookup than this array. Bounded: it never holds more than {@value #SLOTS} nodes.
 */
final class RecentNodeIds {

    private static final int SLOTS = 1 << 14;

    private final Node[] nodes = new Node[SLOTS];
    private final long[] ids = new long[SLOTS];

    /** Whether the slot of {@code n} ({@link #slot(Node)}) holds its id. */
    boolean holds(int slot, Node n) {
        Node held = nodes[slot];
        return held == n || (held != null && held.equals(n));
    }

    long id(int slot) {
        return ids[slot];
    }

    void put(int slot, Node n, long id) {
        nodes[slot] = n;
        ids[slot] = id;
    }

    static int slot(Node n) {
        int h = n.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
