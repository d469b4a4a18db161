package stikg.reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.impl.BindingVector;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A rule set bound to the schema of the data it will run over. A rule with a property variable, such as
 * {@code (?p rdfs:subPropertyOf ?q) (?x ?p ?y) -> (?x ?q ?y)}, makes Jena's forward engine keep every triple of the
 * data in that premise's memory, whatever its property; bound to the schema it becomes one rule per declared
 * property, {@code (sti:funds rdfs:subPropertyOf sti:runs) (?x sti:funds ?y) -> (?x sti:runs ?y)}, which the engine
 * only feeds the triples of that property. Same conclusions, with the schema premise kept (so explanations still
 * name it), for a fraction of the work.
 *
 * <p>A <em>schema premise</em> is a premise with a fixed property that mentions a variable used as a property
 * elsewhere in the rule. Its matches come from the <em>schema closure</em>: the data's triples that can match a schema
 * premise, with everything the whole rule set concludes from them alone. Binding is only sound if running the bound
 * rules concludes no schema triple outside that closure; {@link #isCompleteFor} checks this after the run, and the
 * caller falls back to the rules as written when it is not.
 */
final class SchemaBoundRules {

    private final List<Rule> rules;
    private final Set<Triple> schema;
    /** What the schema premises of all rules match, once each (many rules share a premise). */
    private final Set<Triple> schemaPremises;

    private SchemaBoundRules(List<Rule> rules, Set<Triple> schema, Set<Triple> schemaPremises) {
        this.rules = rules;
        this.schema = schema;
        this.schemaPremises = schemaPremises;
    }

    /** Binds {@code rules} to the schema found in {@code data}. */
    static SchemaBoundRules bind(List<Rule> rules, Graph data) {
        Set<Triple> premises = new LinkedHashSet<>();
        for (Rule r : rules) {
            schemaPremises(r).forEach(p -> premises.add(p.asTripleMatch()));
        }
        Set<Triple> schema = schemaClosure(rules, data, premises);
        Graph schemaGraph = GraphFactory.createDefaultGraph();
        schema.forEach(schemaGraph::add);
        List<Rule> bound = new ArrayList<>();
        for (Rule r : rules) {
            List<TriplePattern> own = schemaPremises(r);
            if (own.isEmpty() || !bindsEveryPropertyVariable(r, own)) {
                bound.add(r);
            } else {
                bound.addAll(instances(r, own, schemaGraph));
            }
        }
        return new SchemaBoundRules(List.copyOf(bound), Set.copyOf(schema), Set.copyOf(premises));
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * True when nothing in {@code asserted} or {@code concluded} matches a schema premise without being in the
     * schema closure the rules were bound to: the bound rules then concluded exactly what the rules as written
     * would.
     */
    boolean isCompleteFor(Graph asserted, Graph concluded) {
        for (Triple p : schemaPremises) {
            for (Graph g : List.of(asserted, concluded)) {
                var it = g.find(p);
                while (it.hasNext()) {
                    if (!schema.contains(it.next())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The data's triples that can match a schema premise, closed under the whole rule set. */
    private static Set<Triple> schemaClosure(List<Rule> rules, Graph data, Set<Triple> premises) {
        Graph slice = GraphFactory.createDefaultGraph();
        for (Triple p : premises) {
            data.find(p).forEachRemaining(slice::add);
        }
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph closed = reasoner.bind(slice);
        closed.prepare();
        Set<Triple> schema = new LinkedHashSet<>();
        for (Triple p : premises) {
            closed.find(p).forEachRemaining(schema::add);
        }
        return schema;
    }

    /** One copy of {@code rule} per match of its schema premises, their variables replaced by the match. */
    private static List<Rule> instances(Rule rule, List<TriplePattern> premises, Graph schema) {
        BasicPattern bgp = new BasicPattern();
        premises.forEach(p -> bgp.add(Triple.create(asVar(p.getSubject()), p.getPredicate(), asVar(p.getObject()))));
        List<Rule> out = new ArrayList<>();
        QueryIterator matches = Algebra.exec(new OpBGP(bgp), schema);
        try {
            while (matches.hasNext()) {
                Binding b = matches.next();
                Node[] values = new Node[rule.getNumVars()];
                for (Node_RuleVariable v : variables(premises)) {
                    values[v.getIndex()] = b.get(Var.alloc(name(v)));
                }
                out.add(rule.instantiate(new BindingVector(values)));
            }
        } finally {
            matches.close();
        }
        return out;
    }

    private static List<TriplePattern> schemaPremises(Rule rule) {
        Set<Node> propertyVariables = new HashSet<>();
        for (ClauseEntry c : rule.getBody()) {
            if (c instanceof TriplePattern p && p.getPredicate().isVariable()) {
                propertyVariables.add(p.getPredicate());
            }
        }
        List<TriplePattern> out = new ArrayList<>();
        for (ClauseEntry c : rule.getBody()) {
            if (c instanceof TriplePattern p && !p.getPredicate().isVariable()
                    && (propertyVariables.contains(p.getSubject()) || propertyVariables.contains(p.getObject()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean bindsEveryPropertyVariable(Rule rule, List<TriplePattern> premises) {
        Set<Node_RuleVariable> bound = variables(premises);
        for (ClauseEntry c : rule.getBody()) {
            if (c instanceof TriplePattern p && p.getPredicate().isVariable() && !bound.contains(p.getPredicate())) {
                return false;
            }
        }
        return true;
    }

    private static Set<Node_RuleVariable> variables(List<TriplePattern> premises) {
        Set<Node_RuleVariable> vars = new LinkedHashSet<>();
        for (TriplePattern p : premises) {
            for (Node n : List.of(p.getSubject(), p.getObject())) {
                if (n instanceof Node_RuleVariable v) {
                    vars.add(v);
                }
            }
        }
        return vars;
    }

    private static Node asVar(Node n) {
        return n instanceof Node_RuleVariable v ? Var.alloc(name(v)) : n;
    }

    private static String name(Node_RuleVariable v) {
        return "v" + v.getIndex();
    }
}
