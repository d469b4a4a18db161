package stikg.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesNoOp;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import stikg.vocab.Graphs;

/**
 * Keeps the inferred graph of a TDB2 store up to date with a write at a cost that follows the write, not the
 * store: what a write adds, and what follows from it, is added (semi-naive forward chaining from the new triples);
 * what it removes is taken back with delete-and-rederive scoped to the removal: every conclusion that one of the
 * removed triples helped derive is taken back, then each of those that still follows in one step from what is
 * left is put back, and what follows from those again. The result is exactly what {@link Materializer#refresh}
 * would leave: the same conclusions, the same filtering (asserted triples, working memory, noise and
 * contradictions are not in the inferred graph), the same contradictions.
 *
 * <p>The conclusions the inferred graph leaves out (the rules' working memory, contradictions) are still premises
 * of later rules, so they are kept in memory for the store. They are made by one full run on the first write it
 * sees, and kept in step with the store's transactions (TDB2 tells when a write commits or aborts): an aborted
 * write's changes are taken back, and a write committed without passing through here (another writer, a bulk
 * load) makes the next write start again from a full run.
 *
 * <p>Falls back to a full {@link Materializer#refresh} for every write when a rule cannot be followed one change at
 * a time ({@link #notIncremental()}: a non-monotonic builtin such as {@code noValue}, a head action), or when the
 * store is not a TDB2 store {@link #attach attached} beforehand (no way to learn whether a write committed).
 */
public final class IncrementalInference implements InferenceMaintainer {

    private final Materializer materializer;
    private final Set<String> leaveOut;
    private final DeltaRules rules;
    private final Object lock = new Object();
    /** The databases whose transactions this follows: true once the listener is in place, false while it is added. */
    private final Map<TransactionCoordinator, Boolean> listening = Collections.synchronizedMap(new IdentityHashMap<>());
    private State state;
    private long fullRuns;

    /** The conclusions kept out of the inferred graph for one store, and the write in progress over them. */
    private static final class State {
        final DatasetGraph base;
        final TransactionCoordinator coordinator;
        final Graphs graphs;
        final Graph extras;
        /**
         * What each derivation step that counts or weighs concluded last, as written in the inferred graph; changed
         * in place by a write, which leaves how to take its changes back in {@link #undo}.
         */
        Map<String, Graph> computed = Map.of();
        boolean valid = true;
        /** The writer whose changes are not committed yet, and how to take them back. */
        Thread writer;
        boolean madeByWriter;
        final List<Runnable> undo = new ArrayList<>();

        State(DatasetGraph base, TransactionCoordinator coordinator, Graphs graphs, Graph extras) {
            this.base = base;
            this.coordinator = coordinator;
            this.graphs = graphs;
            this.extras = extras;
        }
    }

    public IncrementalInference(Materializer materializer) {
        this(materializer, Set.of());
    }

    /** @param leaveOut graphs the rules do not read (those imported with {@code stikg link import}) */
    public IncrementalInference(Materializer materializer, Set<String> leaveOut) {
        this.materializer = materializer;
        this.leaveOut = Set.copyOf(leaveOut);
        this.rules = new DeltaRules(materializer.rules().rules());
    }

    /** The rules that make every write a full recompute, each with the reason; empty when none does. */
    public List<String> notIncremental() {
        return rules.notFollowable();
    }

    /** How many writes were answered with a full run (the first write for a store, and the fallbacks). */
    public long fullRuns() {
        synchronized (lock) {
            return fullRuns;
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The graph returned is the store's inferred graph itself (read it inside the transaction), not a copy: at
     * 10^6 triples a copy would cost more than the change. When the store holds contradictions, describing them costs
     * a full explanation run, as in {@link Materializer#refresh}.
     */
    @Override
    public Materializer.Inference maintain(DatasetGraph store, Graphs graphs, RDFPatch change) {
        DatasetGraph base = unwrap(store);
        if (!rules.notFollowable().isEmpty() || !TDBInternal.isTDB2(base)) {
            synchronized (lock) {
                fullRuns++;
            }
            return materializer.refresh(store, graphs, leaveOut);
        }
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(base);
        if (!Boolean.TRUE.equals(listening.get(coordinator))) {
            // not attached (or the database was switched, as compaction and a rebuild do): no way to learn this
            // write's outcome, so a full recompute; attached once this write is over, the next writes follow
            attachLater(coordinator);
            synchronized (lock) {
                fullRuns++;
            }
            return materializer.refresh(store, graphs, leaveOut);
        }
        synchronized (lock) {
            if (state == null || state.base != base || state.coordinator != coordinator || !state.valid
                    || !state.graphs.equals(graphs)) {
                return fullRun(store, graphs, base, coordinator);
            }
            state.writer = Thread.currentThread();
            StoreClosure closure = new StoreClosure(store, graphs, leaveOut, state.extras, state.undo);
            Change followed = Change.of(change, graphs, leaveOut);
            follow(closure, followed);
            recompute(store, graphs, closure, followed);
            return new Materializer.Inference(closure.inferredGraph(),
                    describe(store, graphs, closure.contradictions()));
        }
    }

    private Materializer.Inference fullRun(DatasetGraph store, Graphs graphs, DatasetGraph base,
            TransactionCoordinator coordinator) {
        fullRuns++;
        Node inferred = NodeFactory.createURI(graphs.inferred());
        Graph asserted = Materializer.asserted(store, graphs, leaveOut);
        Graph concluded = materializer.concluded(asserted);
        Map<String, Graph> byStep = new LinkedHashMap<>();
        Graph computed = GraphFactory.createDefaultGraph();
        for (ComputedStep step : materializer.steps()) {
            Graph of = Materializer.computed(asserted, concluded, List.of(step));
            byStep.put(step.name(), of);
            of.find().forEachRemaining(computed::add);
        }
        Graph extras = GraphFactory.createDefaultGraph();
        Graph deductions = GraphFactory.createDefaultGraph();
        concluded.find().forEachRemaining(t -> {
            if (StoreClosure.isExtra(t)) {
                extras.add(t);
            } else if (!asserted.contains(t)) {
                deductions.add(t);
            }
        });
        computed.find().forEachRemaining(deductions::add);
        // only the difference is written: the store's inferred graph is usually right already (built by the same
        // rules), and rewriting a large graph in a journalled transaction costs more than the run itself
        List<Triple> stale = new ArrayList<>();
        store.find(inferred, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!deductions.contains(q.asTriple())) {
                stale.add(q.asTriple());
            }
        });
        stale.forEach(t -> store.delete(inferred, t.getSubject(), t.getPredicate(), t.getObject()));
        deductions.find().forEachRemaining(t -> {
            if (!store.contains(inferred, t.getSubject(), t.getPredicate(), t.getObject())) {
                store.add(inferred, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
        state = new State(base, coordinator, graphs, extras);
        state.computed = byStep;
        state.writer = Thread.currentThread();
        state.madeByWriter = true;
        List<Triple> contradictions = extras.find(Node.ANY, stikg.vocab.Sti.inconsistency, Node.ANY).toList();
        return new Materializer.Inference(store.getGraph(inferred),
                materializer.describeContradictions(asserted, contradictions));
    }

    /**
     * Brings the conclusions of the derivation steps that count or weigh ({@link Materializer#steps()}) in line with
     * the store as it now is, and writes only the difference. They cannot follow one triple at a time (a
     * supporter's weight depends on everything it supports); a step runs again only when the write changed
     * (asserted, or concluded by the rules) a triple it reads ({@link ComputedStep#reads}), and then, when it can
     * say which of its conclusions the change can touch ({@link ComputedStep#scope}), only around the change;
     * otherwise over the whole store, through live views of it, not a copy. What they read excludes their own
     * earlier conclusions, as in a full run.
     */
    private void recompute(DatasetGraph store, Graphs graphs, StoreClosure closure, Change change) {
        Map<ComputedStep, Set<Triple>> again = new LinkedHashMap<>();
        for (ComputedStep step : materializer.steps()) {
            Set<Triple> read = new LinkedHashSet<>();
            for (Set<Triple> changed : List.of(change.added(), change.removed(), closure.changedConclusions())) {
                changed.stream().filter(step::reads).forEach(read::add);
            }
            if (!read.isEmpty()) {
                again.put(step, read);
            }
        }
        if (again.isEmpty()) {
            return;
        }
        Graph asserted = new AssertedView(store, graphs, leaveOut);
        Map<String, Graph> computed = state.computed;
        Graph earlier = new MultiUnion(computed.values().iterator());
        Graph reached = new Difference(store.getGraph(NodeFactory.createURI(graphs.inferred())), earlier);
        Graph reads = new Union(asserted, reached);
        // every step that runs again reads the store as the rules left it, before any of them changes
        Map<String, Set<Triple>> was = new LinkedHashMap<>();
        Map<String, Set<Triple>> now = new LinkedHashMap<>();
        for (Map.Entry<ComputedStep, Set<Triple>> e : again.entrySet()) {
            ComputedStep step = e.getKey();
            Graph previous = computed.getOrDefault(step.name(), GraphFactory.createDefaultGraph());
            Optional<ComputedStep.Scope> scope = step.scope(reads, e.getValue(), previous);
            Conclusions out = new Conclusions();
            Set<Triple> before = new LinkedHashSet<>();
            if (scope.isPresent()) {
                scope.get().derive(reads, out);
                before.addAll(scope.get().earlier());
            } else {
                step.derive(reads, out);
                previous.find().forEachRemaining(before::add);
            }
            Set<Triple> after = new LinkedHashSet<>();
            out.graph().find().forEachRemaining(t -> {
                if (!asserted.contains(t)) {
                    after.add(t);
                }
            });
            was.put(step.name(), before);
            now.put(step.name(), after);
        }
        State current = state;
        for (String name : was.keySet()) {
            Graph of = computed.computeIfAbsent(name, k -> GraphFactory.createDefaultGraph());
            Set<Triple> gone = new LinkedHashSet<>(was.get(name));
            gone.removeAll(now.get(name));
            Set<Triple> come = new LinkedHashSet<>(now.get(name));
            come.removeAll(was.get(name));
            gone.forEach(of::delete);
            come.forEach(of::add);
            current.undo.add(() -> {
                come.forEach(of::delete);
                gone.forEach(of::add);
            });
        }
        for (String name : was.keySet()) {
            for (Triple t : was.get(name)) {
                if (!now.get(name).contains(t) && computed.values().stream().noneMatch(other -> other.contains(t))
                        && !rules.derivable(t, closure)) {
                    closure.removeConclusion(t);
                }
            }
            for (Triple t : now.get(name)) {
                if (!was.get(name).contains(t)) {
                    closure.addConclusion(t);
                }
            }
        }
    }

    private boolean concludedByAStep(Triple t) {
        return state.computed.values().stream().anyMatch(of -> of.contains(t));
    }

    private static boolean readsAny(ComputedStep step, Set<Triple> triples) {
        for (Triple t : triples) {
            if (step.reads(t)) {
                return true;
            }
        }
        return false;
    }

    /** Brings the conclusions in line with the change: removals first (delete and rederive), then additions. */
    private void follow(StoreClosure closure, Change change) {
        Set<Triple> added = new LinkedHashSet<>();
        for (Triple t : change.added()) {
            if (closure.isAsserted(t)) {
                added.add(t);
                closure.removeConclusion(t); // stated now: no longer a conclusion of its own
            }
        }
        Deque<Triple> toFollow = new ArrayDeque<>(added);
        Set<Triple> removed = new LinkedHashSet<>();
        for (Triple t : change.removed()) {
            if (!closure.isAsserted(t)) {
                removed.add(t);
            }
        }
        if (!removed.isEmpty()) {
            // 1. over-delete: everything one of the removed triples helped conclude, judged on the state before
            closure.overlay(removed);
            Set<Triple> lost = new LinkedHashSet<>(removed);
            Deque<Triple> queue = new ArrayDeque<>(removed);
            while (!queue.isEmpty()) {
                rules.consequences(queue.poll(), closure, c -> {
                    if (!lost.contains(c) && closure.isConcluded(c)) {
                        lost.add(c);
                        queue.add(c);
                    }
                });
            }
            closure.clearOverlay();
            lost.forEach(closure::removeConclusion);
            // 2. re-derive: what still follows in one step from what is left comes back, and is followed below
            for (Triple t : lost) {
                if (rules.derivable(t, closure) && closure.addConclusion(t)) {
                    toFollow.add(t);
                }
            }
            // a conclusion of a counting step that a user had also stated, and no longer does, is that step's
            // conclusion again (rules do not build on those, so it is not followed)
            for (Triple t : removed) {
                if (!closure.isAsserted(t) && concludedByAStep(t)) {
                    closure.addConclusion(t);
                }
            }
        }
        // 3. add: what follows from the new (and the re-derived) triples, until nothing new follows
        while (!toFollow.isEmpty()) {
            rules.consequences(toFollow.poll(), closure, c -> {
                if (closure.addConclusion(c)) {
                    toFollow.add(c);
                }
            });
        }
    }

    private List<String> describe(DatasetGraph store, Graphs graphs, List<Triple> contradictions) {
        if (contradictions.isEmpty()) {
            return List.of();
        }
        return materializer.describeContradictions(Materializer.asserted(store, graphs, leaveOut), contradictions);
    }

    /**
     * Follows the writes of a TDB2 store from now on: learns from its transactions whether a write committed or
     * aborted. Call it once per store before the writes, outside any transaction (it waits until none is active);
     * writes to a store not attached are answered with a full recompute. Does nothing for other stores.
     */
    public void attach(DatasetGraph store) {
        DatasetGraph base = unwrap(store);
        if (!TDBInternal.isTDB2(base)) {
            return;
        }
        attach(TDBInternal.getTransactionCoordinator(base));
    }

    /** Whether this follows the writes of {@code store} (after {@link #attach}, or after a first write to it). */
    public boolean attached(DatasetGraph store) {
        DatasetGraph base = unwrap(store);
        return TDBInternal.isTDB2(base)
                && Boolean.TRUE.equals(listening.get(TDBInternal.getTransactionCoordinator(base)));
    }

    /** Attaches from another thread, which waits until no transaction runs (the caller's write among them). */
    private void attachLater(TransactionCoordinator coordinator) {
        if (!listening.containsKey(coordinator)) {
            Thread t = new Thread(() -> attach(coordinator), "stikg-inference-attach");
            t.setDaemon(true);
            t.start();
        }
    }

    private void attach(TransactionCoordinator coordinator) {
        if (listening.putIfAbsent(coordinator, Boolean.FALSE) != null) {
            return; // attached, or being attached
        }
        TransactionListener listener = new TransactionListener() {
            @Override
            public void notifyCommitFinish(Transaction txn) {
                if (txn.isWriteTxn()) {
                    committed(coordinator);
                }
            }

            @Override
            public void notifyAbortFinish(Transaction txn) {
                if (txn.isWriteTxn()) {
                    aborted(coordinator);
                }
            }
        };
        // the coordinator's listeners may only change while no transaction runs
        coordinator.modifyConfig(() -> coordinator.addListener(listener));
        listening.put(coordinator, Boolean.TRUE); // only now are the outcomes of writes known
    }

    private void committed(TransactionCoordinator coordinator) {
        synchronized (lock) {
            if (state == null || state.coordinator != coordinator) {
                return;
            }
            if (state.writer != Thread.currentThread()) {
                state.valid = false; // the store changed without this seeing it
            }
            state.writer = null;
            state.madeByWriter = false;
            state.undo.clear();
        }
    }

    private void aborted(TransactionCoordinator coordinator) {
        synchronized (lock) {
            if (state == null || state.coordinator != coordinator || state.writer != Thread.currentThread()) {
                return;
            }
            if (state.madeByWriter) {
                state.valid = false;
            } else {
                for (int i = state.undo.size() - 1; i >= 0; i--) {
                    state.undo.get(i).run();
                }
            }
            state.writer = null;
            state.madeByWriter = false;
            state.undo.clear();
        }
    }

    private static DatasetGraph unwrap(DatasetGraph store) {
        DatasetGraph d = store;
        while (d instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(d)) {
            d = w.getWrapped();
        }
        return d;
    }

    /**
     * The triples a patch adds to and removes from the asserted graphs, by the last thing it does to each quad
     * (changes to the inferred graph, provenance, left-out graphs and the default graph do not count).
     */
    record Change(Set<Triple> added, Set<Triple> removed) {

        static Change of(RDFPatch patch, Graphs graphs, Set<String> leaveOut) {
            Map<Quad, Boolean> last = new LinkedHashMap<>();
            patch.apply(new RDFChangesNoOp() {
                @Override
                public void add(Node g, Node s, Node p, Node o) {
                    note(g, s, p, o, true);
                }

                @Override
                public void delete(Node g, Node s, Node p, Node o) {
                    note(g, s, p, o, false);
                }

                private void note(Node g, Node s, Node p, Node o, boolean add) {
                    if (g != null && g.isURI() && !Quad.isDefaultGraph(g)
                            && Materializer.isAssertedGraph(g.getURI(), graphs, leaveOut)) {
                        Quad q = Quad.create(g, s, p, o);
                        last.remove(q);
                        last.put(q, add);
                    }
                }
            });
            Set<Triple> added = new LinkedHashSet<>();
            Set<Triple> removed = new LinkedHashSet<>();
            last.forEach((q, add) -> (add ? added : removed).add(q.asTriple()));
            return new Change(added, removed);
        }
    }
}
