package stikg.reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** What derivation steps concluded, each triple with why: the step, a one-line reason and the triples it rests on. */
public final class Conclusions {

    /**
     * Why a computed triple holds.
     *
     * @param step the step's name
     * @param detail a one-line reason, full IRIs in it (printers shorten them)
     * @param premises the triples it rests on, each asserted or inferred
     */
    public record Reason(String step, String detail, List<Triple> premises) {
        public Reason {
            premises = List.copyOf(premises);
        }
    }

    private final Map<Triple, Reason> reasons = new LinkedHashMap<>();

    /** Records {@code t}; the first reason given for a triple is kept, later premises are added to it. */
    public void add(Triple t, String step, String detail, List<Triple> premises) {
        Reason earlier = reasons.get(t);
        if (earlier == null) {
            reasons.put(t, new Reason(step, detail, premises));
        } else if (!premises.isEmpty()) {
            Set<Triple> all = new LinkedHashSet<>(earlier.premises());
            all.addAll(premises);
            reasons.put(t, new Reason(earlier.step(), earlier.detail(), new ArrayList<>(all)));
        }
    }

    public Optional<Reason> reason(Triple t) {
        return Optional.ofNullable(reasons.get(t));
    }

    public boolean contains(Triple t) {
        return reasons.containsKey(t);
    }

    /** Every computed triple, in one graph. */
    public Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        reasons.keySet().forEach(g::add);
        return g;
    }

    /** Every step's conclusions over {@code closure}, in the order of the steps. */
    public static Conclusions of(List<ComputedStep> steps, Graph closure) {
        Conclusions out = new Conclusions();
        steps.forEach(s -> s.derive(closure, out));
        return out;
    }
}
