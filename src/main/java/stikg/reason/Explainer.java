package stikg.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.RuleDerivation;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.vocab.Graphs;

/**
 * Explains why a triple holds. It runs the rules again over the asserted graphs, as the build does, but with
 * Jena's derivation logging on, and follows the logged derivations from the triple down to asserted facts,
 * whose sources it looks up in the provenance graphs. Where a triple can be derived in several ways, the
 * explanation is the shallowest (fewest rule steps on its longest path), ties going to the rule written first.
 *
 * <p>An explainer holds the whole asserted graph and its closure in memory: make one per question or batch of
 * questions. Over a store, create it inside a read transaction.
 */
public final class Explainer {

    private final RuleSet rules;
    private final Graph asserted;
    private final ProvenanceIndex sources;
    private final Graph storedInferred;
    private final InfGraph inf;
    private final Map<Triple, Derivation> explained = new HashMap<>();
    private final List<ComputedStep> steps;
    private Conclusions computed;

    /**
     * @param asserted the asserted triples the build infers from (every graph but the inferred and provenance graphs)
     * @param sources where asserted triples come from
     * @param storedInferred the inferred graph a store holds, to notice when it no longer matches; or null
     */
    public Explainer(RuleSet rules, Graph asserted, ProvenanceIndex sources, Graph storedInferred) {
        this(rules, asserted, sources, storedInferred, ComputedStep.standard());
    }

    /** @param steps the derivation steps the build runs after the rules ({@link Materializer#steps()}) */
    public Explainer(RuleSet rules, Graph asserted, ProvenanceIndex sources, Graph storedInferred,
            List<ComputedStep> steps) {
        this.steps = List.copyOf(steps);
        this.rules = rules;
        this.asserted = asserted;
        this.sources = sources;
        this.storedInferred = storedInferred;
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules.rules());
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        reasoner.setDerivationLogging(true);
        this.inf = reasoner.bind(asserted);
        this.inf.prepare();
    }

    /**
     * An explainer over the named graphs of a store, read as the build wrote them: the asserted graphs are all but
     * the inferred graph, the provenance graphs and {@code leaveOut} (such as graphs imported after the build,
     * which the build did not infer from). Call inside a read transaction.
     */
    public static Explainer ofStore(RuleSet rules, DatasetGraph store, Graphs graphs, Set<String> leaveOut,
            String lexiconDocument) {
        Map<String, Graph> assertedGraphs = new LinkedHashMap<>();
        List<Graph> provenance = new ArrayList<>();
        String provenancePrefix = graphs.provenance("");
        store.listGraphNodes().forEachRemaining(name -> {
            String iri = name.getURI();
            if (iri.startsWith(provenancePrefix)) {
                provenance.add(store.getGraph(name));
            } else if (!iri.equals(graphs.inferred()) && !leaveOut.contains(iri)) {
                assertedGraphs.put(iri, store.getGraph(name));
            }
        });
        Graph union = Materializer.union(assertedGraphs.values());
        Graph stored = store.getGraph(org.apache.jena.graph.NodeFactory.createURI(graphs.inferred()));
        return new Explainer(rules, union, new ProvenanceIndex(assertedGraphs, provenance, lexiconDocument), stored);
    }

    /** An explainer over graphs by name, as {@link stikg.pipeline.GraphCompiler} compiles them. */
    public static Explainer ofGraphs(RuleSet rules, Map<String, Graph> named, Graphs graphs, String lexiconDocument) {
        Map<String, Graph> assertedGraphs = new LinkedHashMap<>();
        List<Graph> provenance = new ArrayList<>();
        named.forEach((iri, g) -> {
            if (iri.startsWith(graphs.provenance(""))) {
                provenance.add(g);
            } else if (!iri.equals(graphs.inferred())) {
                assertedGraphs.put(iri, g);
            }
        });
        return new Explainer(rules, Materializer.union(assertedGraphs.values()),
                new ProvenanceIndex(assertedGraphs, provenance, lexiconDocument), named.get(graphs.inferred()));
    }

    /** True when {@code t} is asserted or follows from the rules. */
    public boolean holds(Triple t) {
        return asserted.contains(t) || inf.contains(t) || computed().contains(t);
    }

    /** What the derivation steps conclude over the closure, computed once when first asked. */
    private Conclusions computed() {
        if (computed == null) {
            computed = Conclusions.of(steps, inf);
        }
        return computed;
    }

    /** Why {@code t} holds, down to asserted facts; with notes when the store's inferred graph disagrees. */
    public Explanation explain(Triple t) {
        Optional<Derivation> d = derivation(t);
        List<String> notes = new ArrayList<>();
        if (storedInferred != null) {
            boolean stored = storedInferred.contains(t);
            if (d.isPresent() && !(d.get() instanceof Derivation.Asserted) && !stored) {
                notes.add("the store's inferred graph lacks this triple: it was built from other rules or data "
                        + "(run ./stikg build)");
            } else if (d.isEmpty() && stored) {
                notes.add("the store's inferred graph holds this triple, but the current rules and asserted graphs "
                        + "do not derive it: it was built from other rules or data (run ./stikg build)");
            }
        }
        return new Explanation(t, d, notes);
    }

    /** Why {@code t} holds, or empty when it neither is asserted nor follows from the rules. */
    public Optional<Derivation> derivation(Triple t) {
        if (asserted.contains(t)) {
            return Optional.of(leaf(t));
        }
        if (!inf.contains(t)) {
            Optional<Conclusions.Reason> reason = computed().reason(t);
            if (reason.isEmpty()) {
                return Optional.empty();
            }
            List<Derivation> premises = new ArrayList<>();
            for (Triple p : reason.get().premises()) {
                derivation(p).ifPresent(premises::add);
            }
            return Optional.of(new Derivation.Computed(t, reason.get().step(), reason.get().detail(), premises));
        }
        Map<Triple, List<RuleDerivation>> logged = reachable(t);
        Map<Triple, Integer> rank = ranks(logged);
        if (!rank.containsKey(t)) {
            return Optional.empty(); // only circular derivations were logged: cannot happen for a forward closure
        }
        return Optional.of(build(t, logged, rank));
    }

    /** Every derived triple the derivations of {@code goal} lead to, with its logged derivations. */
    private Map<Triple, List<RuleDerivation>> reachable(Triple goal) {
        Map<Triple, List<RuleDerivation>> logged = new LinkedHashMap<>();
        Deque<Triple> todo = new ArrayDeque<>();
        todo.push(goal);
        while (!todo.isEmpty()) {
            Triple t = todo.pop();
            if (logged.containsKey(t) || asserted.contains(t) || explained.containsKey(t)) {
                continue;
            }
            List<RuleDerivation> ds = new ArrayList<>();
            inf.getDerivation(t).forEachRemaining(d -> {
                if (d instanceof RuleDerivation rd && rd.getMatches().stream().allMatch(m -> m != null)) {
                    ds.add(rd);
                }
            });
            logged.put(t, ds);
            ds.forEach(d -> d.getMatches().forEach(todo::push));
        }
        return logged;
    }

    /**
     * The fewest rule steps on the longest path from each derived triple down to asserted facts, found by
     * relaxing until nothing changes (circular derivations never get a rank).
     */
    private Map<Triple, Integer> ranks(Map<Triple, List<RuleDerivation>> logged) {
        Map<Triple, Integer> rank = new HashMap<>();
        explained.forEach((t, d) -> rank.put(t, d.depth()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Triple, List<RuleDerivation>> e : logged.entrySet()) {
                for (RuleDerivation d : e.getValue()) {
                    int r = rankOf(d, rank);
                    if (r < rank.getOrDefault(e.getKey(), Integer.MAX_VALUE)) {
                        rank.put(e.getKey(), r);
                        changed = true;
                    }
                }
            }
        }
        return rank;
    }

    private int rankOf(RuleDerivation d, Map<Triple, Integer> rank) {
        int worst = 0;
        for (Triple m : d.getMatches()) {
            int r = asserted.contains(m) ? 0 : rank.getOrDefault(m, Integer.MAX_VALUE);
            if (r == Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
            worst = Math.max(worst, r);
        }
        return worst + 1;
    }

    private Derivation build(Triple t, Map<Triple, List<RuleDerivation>> logged, Map<Triple, Integer> rank) {
        if (asserted.contains(t)) {
            return leaf(t);
        }
        Derivation done = explained.get(t);
        if (done != null) {
            return done;
        }
        int target = rank.get(t);
        RuleDerivation best = logged.get(t).stream()
                .filter(d -> rankOf(d, rank) == target)
                .min(Comparator.comparingInt((RuleDerivation d) -> ruleOrder(d))
                        .thenComparing(d -> d.getMatches().toString()))
                .orElseThrow();
        List<Derivation> premises = new ArrayList<>();
        for (Triple m : best.getMatches()) {
            premises.add(build(m, logged, rank));
        }
        Derivation d = new Derivation.Inferred(t, best.getRule().getName(), premises);
        explained.put(t, d);
        return d;
    }

    private int ruleOrder(RuleDerivation d) {
        int i = rules.indexOf(d.getRule().getName());
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private Derivation leaf(Triple t) {
        return explained.computeIfAbsent(t, x -> new Derivation.Asserted(x, sources.graphsHolding(x), sources.locate(x)));
    }

    /** The asserted graph the rules ran over. */
    Graph asserted() {
        return asserted;
    }
}
