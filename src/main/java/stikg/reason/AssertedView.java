package stikg.reason;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.UniqueFilter;
import org.apache.jena.util.iterator.WrappedIterator;
import stikg.vocab.Graphs;

/**
 * The asserted graphs of a store ({@link Materializer#isAssertedGraph}) as one live graph, not a copy: each lookup
 * is one lookup in the store's quad indexes over all named graphs, keeping the quads of asserted graphs. A union of
 * the graphs one by one ({@code MultiUnion}) costs one lookup per graph for every pattern, and a store has more
 * named graphs the more sources it holds (two per source file), so checks and derivation steps that read the
 * asserted graphs through it cost more the larger the store, even for a one-triple write.
 */
public final class AssertedView extends GraphBase {

    private final DatasetGraph store;
    private final Graphs graphs;
    private final Set<String> leaveOut;
    private final Map<Node, Boolean> asserted = new ConcurrentHashMap<>();

    /** @param leaveOut graphs the rules do not read (those imported with {@code stikg link import}) */
    public AssertedView(DatasetGraph store, Graphs graphs, Set<String> leaveOut) {
        this.store = store;
        this.graphs = graphs;
        this.leaveOut = Set.copyOf(leaveOut);
    }

    private boolean isAsserted(Node graph) {
        return asserted.computeIfAbsent(graph, g -> g.isURI() && Materializer.isAssertedGraph(g.getURI(), graphs,
                leaveOut));
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Iterator<Quad> quads = store.findNG(Node.ANY, pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
        // the same triple stated in two graphs is one triple of the union
        return WrappedIterator.create(quads).filterKeep(q -> isAsserted(q.getGraph())).mapWith(Quad::asTriple)
                .filterKeep(new UniqueFilter<>());
    }

    @Override
    public boolean graphBaseContains(Triple t) {
        Iterator<Quad> quads = store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (quads.hasNext()) {
            if (isAsserted(quads.next().getGraph())) {
                return true;
            }
        }
        return false;
    }
}
