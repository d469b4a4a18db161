package stikg.reason;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** The triples rules match against while a change is being followed through. */
interface Facts {

    /** The distinct triples matching a pattern ({@link Node#ANY} for any term). */
    List<Triple> find(Node s, Node p, Node o);

    boolean contains(Triple t);
}
