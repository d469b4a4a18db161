package stikg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.BindingEnvironment;
import org.apache.jena.reasoner.rulesys.Builtin;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.RuleContext;
import org.apache.jena.reasoner.rulesys.impl.BindingVector;
import org.apache.jena.util.iterator.ClosableIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * Forward rules evaluated one firing at a time against a set of {@link Facts}, for following a change through
 * instead of running the whole rule set again: what a rule concludes when one given triple matches one of its
 * premises (the rest matched against the facts), and whether a given triple follows in one step.
 *
 * <p>It evaluates rules the way Jena's forward (RETE) engine fires them: the triple premises are joined first, then
 * the builtins of the body run in written order over the bindings, then every head triple is concluded. That is
 * exact for monotonic rules whose builtins only look at their arguments. A rule with a non-monotonic builtin
 * ({@code noValue}), one that reads the graph (the list builtins), a head action ({@code remove}, {@code drop},
 * a backward rule) or a functor term is reported by {@link #notFollowable()}; with such a rule in the set a change
 * cannot be followed through this way and the caller recomputes everything.
 */
final class DeltaRules {

    /** Builtins that read the graph rather than only their arguments: a change elsewhere can change their answer. */
    private static final Set<String> GRAPH_READING = Set.of("noValue", "listContains", "listNotContains",
            "listEntry", "listLength", "listEqual", "listNotEqual", "listMapAsObject", "listMapAsSubject",
            "table", "tableAll");

    /** A rule taken apart: its triple premises, its body builtins in written order, its head triples. */
    private record Compiled(Rule rule, List<TriplePattern> premises, List<Functor> tests, List<TriplePattern> heads) {
    }

    /** A premise (or head) of a compiled rule. */
    private record At(Compiled rule, int index) {
    }

    private final List<String> notFollowable = new ArrayList<>();
    /** Premises by their fixed property; premises whose property is a variable under {@code null}. */
    private final Map<Node, List<At>> premisesByProperty = new HashMap<>();
    private final Map<Node, List<At>> headsByProperty = new HashMap<>();

    DeltaRules(List<Rule> rules) {
        for (Rule r : rules) {
            String why = whyNotFollowable(r);
            if (why != null) {
                notFollowable.add((r.getName() == null ? r.toShortString() : r.getName()) + ": " + why);
                continue;
            }
            List<TriplePattern> premises = new ArrayList<>();
            List<Functor> tests = new ArrayList<>();
            for (ClauseEntry c : r.getBody()) {
                if (c instanceof TriplePattern p) {
                    premises.add(p);
                } else {
                    tests.add((Functor) c);
                }
            }
            List<TriplePattern> heads = new ArrayList<>();
            for (ClauseEntry c : r.getHead()) {
                heads.add((TriplePattern) c);
            }
            Compiled compiled = new Compiled(r, List.copyOf(premises), List.copyOf(tests), List.copyOf(heads));
            for (int i = 0; i < premises.size(); i++) {
                index(premisesByProperty, premises.get(i), new At(compiled, i));
            }
            for (int i = 0; i < heads.size(); i++) {
                index(headsByProperty, heads.get(i), new At(compiled, i));
            }
        }
    }

    private static void index(Map<Node, List<At>> into, TriplePattern p, At at) {
        Node key = p.getPredicate().isVariable() ? null : p.getPredicate();
        into.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
    }

    /** The rules that cannot be followed one change at a time, each with the reason; empty when all can. */
    List<String> notFollowable() {
        return List.copyOf(notFollowable);
    }

    private static String whyNotFollowable(Rule r) {
        for (ClauseEntry c : r.getHead()) {
            if (!(c instanceof TriplePattern p)) {
                return "its conclusion " + c + " is an action or a backward rule, not a triple";
            }
            if (hasFunctorTerm(p)) {
                return "its conclusion " + p + " has a functor term";
            }
        }
        for (ClauseEntry c : r.getBody()) {
            if (c instanceof TriplePattern p) {
                if (hasFunctorTerm(p)) {
                    return "its premise " + p + " has a functor term";
                }
            } else if (c instanceof Functor f) {
                Builtin b = f.getImplementor();
                if (b == null) {
                    return "'" + f.getName() + "' is not a builtin";
                }
                if (!b.isMonotonic()) {
                    return "'" + f.getName() + "' is not monotonic (a later fact can make it false)";
                }
                if (GRAPH_READING.contains(f.getName())) {
                    return "'" + f.getName() + "' reads the graph";
                }
            } else {
                return "its premise " + c + " is neither a triple nor a builtin";
            }
        }
        return null;
    }

    private static boolean hasFunctorTerm(TriplePattern p) {
        return Functor.isFunctor(p.getSubject()) || Functor.isFunctor(p.getPredicate()) || Functor.isFunctor(p.getObject());
    }

    /** Every conclusion of a rule firing in which {@code t} matches a premise and the others match {@code facts}. */
    void consequences(Triple t, Facts facts, Consumer<Triple> out) {
        for (List<At> candidates : List.of(premisesByProperty.getOrDefault(t.getPredicate(), List.of()),
                premisesByProperty.getOrDefault(null, List.of()))) {
            for (At at : candidates) {
                Compiled c = at.rule();
                BindingVector env = new BindingVector(new Node[c.rule().getNumVars()]);
                if (!unify(c.premises().get(at.index()), t, env)) {
                    continue;
                }
                List<TriplePattern> rest = new ArrayList<>(c.premises());
                rest.remove(at.index());
                solve(c, rest, env, facts, bound -> {
                    for (TriplePattern h : c.heads()) {
                        out.accept(bound.instantiate(h));
                    }
                    return false;
                });
            }
        }
    }

    /** Whether some rule concludes {@code t} from {@code facts} in one firing. */
    boolean derivable(Triple t, Facts facts) {
        for (List<At> candidates : List.of(headsByProperty.getOrDefault(t.getPredicate(), List.of()),
                headsByProperty.getOrDefault(null, List.of()))) {
            for (At at : candidates) {
                Compiled c = at.rule();
                BindingVector env = new BindingVector(new Node[c.rule().getNumVars()]);
                TriplePattern head = c.heads().get(at.index());
                if (unify(head, t, env)
                        && solve(c, new ArrayList<>(c.premises()), env, facts, bound -> t.equals(bound.instantiate(head)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Joins {@code remaining} premises against the facts, most bound premise first, then runs the body builtins;
     * hands each complete binding to {@code sink}, stopping as soon as it returns true (the result).
     */
    private boolean solve(Compiled c, List<TriplePattern> remaining, BindingVector env, Facts facts,
            Predicate<BindingVector> sink) {
        if (remaining.isEmpty()) {
            BindingVector complete = new BindingVector(env);
            Context context = new Context(complete, c.rule(), facts);
            for (Functor f : c.tests()) {
                if (!f.evalAsBodyClause(context)) {
                    return false;
                }
            }
            return sink.test(complete);
        }
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < remaining.size(); i++) {
            int score = boundPositions(remaining.get(i), env);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        TriplePattern p = remaining.get(best);
        List<TriplePattern> rest = new ArrayList<>(remaining);
        rest.remove(best);
        for (Triple m : facts.find(ground(p.getSubject(), env), ground(p.getPredicate(), env), ground(p.getObject(), env))) {
            BindingVector next = new BindingVector(env);
            if (unify(p, m, next) && solve(c, rest, next, facts, sink)) {
                return true;
            }
        }
        return false;
    }

    private static int boundPositions(TriplePattern p, BindingVector env) {
        int n = 0;
        for (Node x : List.of(p.getSubject(), p.getPredicate(), p.getObject())) {
            if (ground(x, env) != Node.ANY) {
                n++;
            }
        }
        return n;
    }

    /** The term a pattern position stands for under {@code env}, or {@link Node#ANY} while it is unbound. */
    private static Node ground(Node n, BindingVector env) {
        if (n instanceof Node_RuleVariable v) {
            Node value = env.getEnvironment()[v.getIndex()];
            return value == null ? Node.ANY : value;
        }
        return n.isVariable() ? Node.ANY : n;
    }

    /** Binds the pattern's variables to the triple's terms; false when a fixed or bound term differs. */
    private static boolean unify(TriplePattern p, Triple t, BindingVector env) {
        return unify(p.getSubject(), t.getSubject(), env) && unify(p.getPredicate(), t.getPredicate(), env)
                && unify(p.getObject(), t.getObject(), env);
    }

    private static boolean unify(Node pattern, Node value, BindingVector env) {
        if (pattern instanceof Node_RuleVariable v) {
            Node[] values = env.getEnvironment();
            Node current = values[v.getIndex()];
            if (current == null) {
                values[v.getIndex()] = value;
                return true;
            }
            return current.sameValueAs(value);
        }
        if (pattern.isVariable() || pattern == Node.ANY) {
            return true;
        }
        return pattern.sameValueAs(value);
    }

    /** What a builtin sees while it runs: the bindings, the rule, and the facts (read only). */
    private static final class Context implements RuleContext {
        private final BindingEnvironment env;
        private Rule rule;
        private final Facts facts;

        Context(BindingEnvironment env, Rule rule, Facts facts) {
            this.env = env;
            this.rule = rule;
            this.facts = facts;
        }

        @Override
        public BindingEnvironment getEnv() {
            return env;
        }

        @Override
        public InfGraph getGraph() {
            return null;
        }

        @Override
        public Rule getRule() {
            return rule;
        }

        @Override
        public void setRule(Rule rule) {
            this.rule = rule;
        }

        @Override
        public boolean contains(Triple t) {
            return facts.contains(t);
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            return !facts.find(s, p, o).isEmpty();
        }

        @Override
        public ClosableIterator<Triple> find(Node s, Node p, Node o) {
            return WrappedIterator.create(facts.find(s, p, o).iterator());
        }

        @Override
        public void silentAdd(Triple t) {
            throw new UnsupportedOperationException("a rule body cannot add triples");
        }

        @Override
        public void add(Triple t) {
            throw new UnsupportedOperationException("a rule body cannot add triples");
        }

        @Override
        public void remove(Triple t) {
            throw new UnsupportedOperationException("a rule body cannot remove triples");
        }
    }
}
