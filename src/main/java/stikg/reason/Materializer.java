package stikg.reason;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Runs the rule set forward over the asserted graphs and returns only what is new: the inferred graph. Rules
 * that conclude {@code sti:inconsistency} mark a contradiction; those conclusions are not part of the inferred
 * graph but are returned as messages, each with the asserted facts behind it.
 */
public final class Materializer {

    private final RuleSet rules;
    private final TermFormat format;
    private final List<ComputedStep> steps;

    public Materializer(RuleSet rules) {
        this(rules, TermFormat.standard());
    }

    /** @param format how messages write entities (instances as bare ids under the build's id base) */
    public Materializer(RuleSet rules, TermFormat format) {
        this(rules, format, ComputedStep.standard());
    }

    /** @param steps the derivation steps run after the rules, over what they concluded ({@link ComputedStep}) */
    public Materializer(RuleSet rules, TermFormat format, List<ComputedStep> steps) {
        this.rules = rules;
        this.format = format;
        this.steps = List.copyOf(steps);
    }

    /** The derivation steps run after the rules. */
    public List<ComputedStep> steps() {
        return steps;
    }

    public RuleSet rules() {
        return rules;
    }

    /** What follows from {@code asserted}, without what it already states, and any contradictions found. */
    public Inference infer(Graph asserted) {
        Result r = run(asserted);
        return new Inference(r.deductions(), describeContradictions(asserted, r.contradictions()));
    }

    /**
     * Each contradiction ({@code sti:inconsistency} conclusion) described with the asserted facts behind it, in
     * the order of their text; explaining them costs a second run, with derivation logging.
     */
    List<String> describeContradictions(Graph asserted, Collection<Triple> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        TreeMap<String, Triple> sorted = new TreeMap<>();
        found.forEach(t -> sorted.put(format.triple(t), t));
        Explainer explainer = new Explainer(rules, asserted, new ProvenanceIndex(java.util.Map.of(), List.of(), ""), null, steps);
        List<String> contradictions = new ArrayList<>();
        for (Triple t : sorted.values()) {
            contradictions.add(describe(t, explainer.derivation(t).orElse(null)).message());
        }
        return contradictions;
    }

    /**
     * The build's step: the inferred graph, or an {@link InvalidInputException} with one problem per
     * contradiction, placed at the curated file and line of the first asserted fact behind it, listing every fact
     * behind it with where it is written. The provenance (asked for only on failure) gives those places.
     */
    public Graph inferConsistent(Graph asserted, Supplier<Graph> provenanceOnFailure) {
        Result r = run(asserted);
        if (r.contradictions().isEmpty()) {
            return r.deductions();
        }
        Explainer explainer = new Explainer(rules, asserted,
                new ProvenanceIndex(java.util.Map.of(), List.of(provenanceOnFailure.get()), ""), null, steps);
        List<Problem> problems = new ArrayList<>();
        for (Triple t : r.contradictions()) {
            Described d = describe(t, explainer.derivation(t).orElse(null));
            problems.add(new Problem(d.where(), d.message()));
        }
        throw new InvalidInputException(problems);
    }

    /**
     * Recomputes the inferred graph of a store from its asserted graphs and puts it in place of the old one, in
     * one write transaction (joining the caller's write transaction if one is open; call it outside any read
     * transaction). The asserted graphs are every named graph but the inferred graph, the provenance graphs and
     * {@code leaveOut}: pass the graphs imported with {@code stikg link import}
     * ({@link stikg.store.StoreLocation#importedGraphs()}) to infer from exactly what the build infers from.
     * Contradictions do not stop the write (what was written is already committed): they are returned.
     */
    public Inference refresh(DatasetGraph store, Graphs graphs, Set<String> leaveOut) {
        Node inferredName = NodeFactory.createURI(graphs.inferred());
        return Txn.calculateWrite(store, () -> {
            Inference inference = infer(asserted(store, graphs, leaveOut));
            store.deleteAny(inferredName, Node.ANY, Node.ANY, Node.ANY);
            inference.graph().find().forEachRemaining(t ->
                    store.add(inferredName, t.getSubject(), t.getPredicate(), t.getObject()));
            return inference;
        });
    }

    /** {@link #refresh(DatasetGraph, Graphs, Set)} leaving no graph out. */
    public Inference refresh(DatasetGraph store, Graphs graphs) {
        return refresh(store, graphs, Set.of());
    }

    /**
     * The union of a store's asserted graphs, copied into memory: every named graph but the inferred graph, the
     * provenance graphs and {@code leaveOut}. Call inside a transaction.
     */
    public static Graph asserted(DatasetGraph store, Graphs graphs, Set<String> leaveOut) {
        List<Graph> parts = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(name -> {
            if (isAssertedGraph(name.getURI(), graphs, leaveOut)) {
                parts.add(store.getGraph(name));
            }
        });
        return union(parts);
    }

    /**
     * Whether the rules read a named graph of a store: all but the inferred graph, provenance, the servers' own
     * records ({@link Graphs#replication}) and {@code leaveOut}.
     */
    public static boolean isAssertedGraph(String iri, Graphs graphs, Set<String> leaveOut) {
        return !iri.equals(graphs.inferred()) && !iri.startsWith(graphs.provenance("")) && !iri.equals(graphs.replication())
                && !leaveOut.contains(iri);
    }

    /** The triples of all {@code graphs}, copied into one in-memory graph. */
    static Graph union(Collection<Graph> graphs) {
        Graph g = GraphFactory.createDefaultGraph();
        graphs.forEach(part -> part.find().forEachRemaining(g::add));
        return g;
    }

    private record Result(Graph deductions, List<Triple> contradictions) {
    }

    /**
     * Everything the rules conclude from {@code asserted} that it does not state, before any filtering: working
     * memory, contradictions and noise included.
     */
    Graph concluded(Graph asserted) {
        // bound to the data's schema the rules conclude the same, much faster; checked, with the rules as
        // written as the fallback when the run itself concluded schema the binding did not foresee
        SchemaBoundRules bound = SchemaBoundRules.bind(rules.rules(), asserted);
        Graph concluded = deduce(bound.rules(), asserted);
        if (!bound.isCompleteFor(asserted, concluded)) {
            concluded = deduce(rules.rules(), asserted);
        }
        return concluded;
    }

    /**
     * What the derivation steps that count or weigh conclude over everything the rules reached (rules do not build
     * on them), without what {@code asserted} states.
     */
    Graph computed(Graph asserted, Graph concluded) {
        return computed(asserted, concluded, steps);
    }

    /** As {@link #computed(Graph, Graph)}, for some of the steps only. */
    static Graph computed(Graph asserted, Graph concluded, List<ComputedStep> steps) {
        Graph out = GraphFactory.createDefaultGraph();
        if (steps.isEmpty()) {
            return out;
        }
        Conclusions.of(steps, new org.apache.jena.graph.compose.Union(asserted, concluded)).graph().find()
                .forEachRemaining(t -> {
                    if (!asserted.contains(t)) {
                        out.add(t);
                    }
                });
        return out;
    }

    private Result run(Graph asserted) {
        Graph concluded = concluded(asserted);
        Graph computed = computed(asserted, concluded);
        Graph deductions = GraphFactory.createDefaultGraph();
        TreeMap<String, Triple> contradictions = new TreeMap<>();
        computed.find().forEachRemaining(t -> {
            if (!asserted.contains(t)) {
                deductions.add(t);
            }
        });
        concluded.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(Sti.inconsistency)) {
                contradictions.put(format.triple(t), t);
            } else if (!asserted.contains(t) && !isNoise(t) && !isWorkingMemory(t)) {
                deductions.add(t);
            }
        });
        return new Result(deductions, List.copyOf(contradictions.values()));
    }

    private static Graph deduce(List<org.apache.jena.reasoner.rulesys.Rule> rules, Graph asserted) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(asserted);
        inf.prepare();
        return inf.getDeductionsGraph();
    }

    /**
     * Typing everything rdfs:Resource or owl:Thing says nothing; the rules do not conclude it, but a rules file
     * that includes one of Jena's RDFS or OWL rule sets would.
     */
    static boolean isNoise(Triple t) {
        return t.getPredicate().equals(RDF.type.asNode())
                && (t.getObject().equals(RDFS.Resource.asNode()) || t.getObject().equals(OWL2.Thing.asNode()));
    }

    /** Keys and other helpers rules conclude for later rules to join on: not facts about the world. */
    static boolean isWorkingMemory(Triple t) {
        return t.getPredicate().isURI() && t.getPredicate().getURI().startsWith(RuleSet.WORKING_NAMESPACE);
    }

    private record Described(Location where, String message) {
    }

    /** "subject: why (rule r; from: fact [file:line]; fact [file:line])", placed where the first fact is written. */
    private Described describe(Triple contradiction, Derivation why) {
        Node o = contradiction.getObject();
        String reason = format.text(o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
        StringBuilder sb = new StringBuilder("inconsistent: ").append(format.node(contradiction.getSubject()))
                .append(' ').append(reason);
        Location where = Location.wholeFile("(inference)");
        if (why instanceof Derivation.Inferred inferred) {
            // the facts behind it, in the order they are written (those without a place last, by their text)
            List<Fact> behind = new ArrayList<>();
            for (Derivation.Asserted leaf : inferred.assertedLeaves()) {
                if (leaf.sources().isEmpty() && isVocabulary(leaf.triple().getSubject())) {
                    continue; // an axiom of the ontology, such as "sti:edition a owl:FunctionalProperty"
                }
                List<Location> at = leaf.sources().stream().flatMap(s -> s.curatedAt().stream()).distinct()
                        .sorted(Comparator.comparing(Location::file).thenComparingInt(Location::line)).toList();
                behind.add(new Fact(format.triple(leaf.triple()), at.isEmpty() ? null : at.get(0),
                        at.stream().map(Location::toString).toList()));
            }
            behind.sort(Comparator.comparing((Fact f) -> f.first() == null)
                    .thenComparing(f -> f.first() == null ? "" : f.first().file())
                    .thenComparingInt(f -> f.first() == null ? 0 : f.first().line())
                    .thenComparing(Fact::text));
            List<String> facts = new ArrayList<>();
            for (Fact f : behind) {
                facts.add(f.text() + (f.at().isEmpty() ? "" : " [" + String.join(", ", f.at()) + "]"));
                if (where.line() == 0 && f.first() != null) {
                    where = f.first();
                }
            }
            sb.append(" (rule ").append(inferred.rule());
            if (!facts.isEmpty()) {
                sb.append("; from: ").append(String.join("; ", facts));
            }
            sb.append(')');
        }
        return new Described(where, sb.toString());
    }

    private record Fact(String text, Location first, List<String> at) {
    }

    private static boolean isVocabulary(Node n) {
        return n.isURI() && Namespaces.PREFIXES.values().stream().anyMatch(ns -> n.getURI().startsWith(ns));
    }

    /** The inferred triples and any contradictions found, each described with the facts behind it. */
    public record Inference(Graph graph, List<String> contradictions) {
        public Inference {
            contradictions = List.copyOf(contradictions);
        }
    }
}
