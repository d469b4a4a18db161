package stikg.reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import stikg.vocab.Graphs;
import stikg.vocab.Sti;

/**
 * Everything the rules see in a store while a change is followed through: the asserted graphs, the inferred
 * graph, and the conclusions kept out of the inferred graph ({@code extras}: the rules' working memory,
 * contradictions, noise), which live in memory. Conclusions are written to the inferred graph or to the extras;
 * every change to the extras is logged so that an aborted write can take it back.
 */
final class StoreClosure implements Facts {

    private final DatasetGraph store;
    private final Graphs graphs;
    private final Set<String> leaveOut;
    private final Node inferred;
    private final Graph extras;
    private final List<Runnable> undo;
    /** Conclusions this write added or took back (taken back: every call, whether or not it was held). */
    private final Set<Triple> changed = new HashSet<>();
    /** Triples that count as present although the store no longer has them (the state before a removal). */
    private final Set<Triple> overlay = new HashSet<>();

    StoreClosure(DatasetGraph store, Graphs graphs, Set<String> leaveOut, Graph extras, List<Runnable> undo) {
        this.store = store;
        this.graphs = graphs;
        this.leaveOut = leaveOut;
        this.inferred = NodeFactory.createURI(graphs.inferred());
        this.extras = extras;
        this.undo = undo;
    }

    /** Conclusions the inferred graph leaves out: working memory, contradictions, noise. */
    static boolean isExtra(Triple t) {
        return t.getPredicate().equals(Sti.inconsistency) || Materializer.isWorkingMemory(t) || Materializer.isNoise(t);
    }

    void overlay(Set<Triple> before) {
        overlay.addAll(before);
    }

    void clearOverlay() {
        overlay.clear();
    }

    @Override
    public List<Triple> find(Node s, Node p, Node o) {
        Set<Triple> out = new LinkedHashSet<>();
        Iterator<Quad> it = store.findNG(Node.ANY, s, p, o);
        while (it.hasNext()) {
            Quad q = it.next();
            if (readable(q.getGraph())) {
                out.add(q.asTriple());
            }
        }
        extras.find(s, p, o).forEachRemaining(out::add);
        if (!overlay.isEmpty()) {
            Triple pattern = Triple.createMatch(s, p, o);
            for (Triple t : overlay) {
                if (pattern.matches(t)) {
                    out.add(t);
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Override
    public boolean contains(Triple t) {
        return extras.contains(t) || overlay.contains(t) || inGraphs(t, true);
    }

    /** Whether an asserted graph states {@code t}. */
    boolean isAsserted(Triple t) {
        return inGraphs(t, false);
    }

    /** Whether {@code t} is held as a conclusion (in the inferred graph or the extras). */
    boolean isConcluded(Triple t) {
        return extras.contains(t) || store.contains(inferred, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** Adds a conclusion; true when it was not there before (asserted or concluded). */
    boolean addConclusion(Triple t) {
        // Jena's forward engine drops what is not an RDF triple (a literal subject, a predicate that is no IRI),
        // which a rule can build from a write's literal where an IRI belongs; so does this
        if (isAsserted(t) || t.getSubject().isLiteral() || !t.getPredicate().isURI()) {
            return false;
        }
        if (isExtra(t)) {
            if (extras.contains(t)) {
                return false;
            }
            extras.add(t);
            undo.add(() -> extras.delete(t));
            changed.add(t);
            return true;
        }
        if (store.contains(inferred, t.getSubject(), t.getPredicate(), t.getObject())) {
            return false;
        }
        store.add(inferred, t.getSubject(), t.getPredicate(), t.getObject());
        changed.add(t);
        return true;
    }

    /** Takes a conclusion back (an asserted triple stays). */
    void removeConclusion(Triple t) {
        changed.add(t);
        if (extras.contains(t)) {
            extras.delete(t);
            undo.add(() -> extras.add(t));
        }
        store.delete(inferred, t.getSubject(), t.getPredicate(), t.getObject());
    }

    /** The conclusions added or taken back so far in this write (a superset: see {@link #removeConclusion}). */
    Set<Triple> changedConclusions() {
        return changed;
    }

    /** The contradictions the rules concluded. */
    List<Triple> contradictions() {
        return extras.find(Node.ANY, Sti.inconsistency, Node.ANY).toList();
    }

    Graph inferredGraph() {
        return store.getGraph(inferred);
    }

    private boolean inGraphs(Triple t, boolean withInferred) {
        Iterator<Quad> it = store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (withInferred ? readable(g) : asserted(g)) {
                return true;
            }
        }
        return false;
    }

    private boolean readable(Node g) {
        return g.equals(inferred) || asserted(g);
    }

    private boolean asserted(Node g) {
        return g.isURI() && Materializer.isAssertedGraph(g.getURI(), graphs, leaveOut);
    }
}
