package stikg.reason;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.sparql.graph.GraphFactory;
import stikg.vocab.Sti;

/**
 * A materializer that runs the rule set forward over the asserted graphs and returns only what is new. Rules
 * that conclude {@code sti:inconsistency} mark a contradiction; such conclusions are returned as problems.
 */
public final class Materializer {

    private final RuleSet rules;

    public Materializer(RuleSet rules) {
        this.rules = rules;
    }

    /** What follows from {@code asserted}, without what it already states. */
    public Inference infer(Graph asserted) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules.rules());
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(asserted);
        inf.prepare();
        Graph deductions = GraphFactory.createDefaultGraph();
        List<String> contradictions = new ArrayList<>();
        inf.getDeductionsGraph().find().forEachRemaining(t -> {
            if (t.getPredicate().equals(Sti.inconsistency)) {
                contradictions.add(describe(t));
            } else if (!asserted.contains(t)) {
                deductions.add(t);
            }
        });
        contradictions.sort(null);
        return new Inference(deductions, contradictions);
    }

    private static String describe(Triple t) {
        Node o = t.getObject();
        String why = o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
        return "<" + t.getSubject().getURI() + ">: " + why;
    }

    /** The inferred triples and any contradictions found. */
    public record Inference(Graph graph, List<String> contradictions) {
        public Inference {
            contradictions = List.copyOf(contradictions);
        }
    }
}
