package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Rules bound to the data's schema conclude exactly what the rules as written conclude, including when the data
 * declares schema of its own or a rule concludes schema from the data.
 */
class SchemaBoundRulesTest {

    private static final String RULES = """
            @prefix ex:   <http://example.org/> .
            @prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            [subProperty:      (?p rdfs:subPropertyOf ?q) (?x ?p ?y) -> (?x ?q ?y)]
            [subPropertyChain: (?a rdfs:subPropertyOf ?b) (?b rdfs:subPropertyOf ?c) -> (?a rdfs:subPropertyOf ?c)]
            [inverse:          (?p owl:inverseOf ?q) (?x ?p ?y) -> (?y ?q ?x)]
            [transitive:       (?p rdf:type owl:TransitiveProperty) (?x ?p ?y) (?y ?p ?z) -> (?x ?p ?z)]
            [declared:         (?x ex:declaresTransitive ?p) -> (?p rdf:type owl:TransitiveProperty)]
            [funds:            (?x ex:funds ?y) -> (?y ex:fundedBy ?x)]
            """;

    private static final String DATA = """
            @prefix ex:   <http://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            ex:funds rdfs:subPropertyOf ex:supports .
            ex:supports rdfs:subPropertyOf ex:relatesTo .
            ex:partOf owl:inverseOf ex:hasPart .
            ex:agency ex:funds ex:programme .
            ex:programme ex:partOf ex:initiative .
            ex:a ex:within ex:b .
            ex:b ex:within ex:c .
            """;

    @Test
    void bindsEachRuleWithAPropertyVariableToTheDeclaredPropertiesAndKeepsTheOthersAsWritten() {
        List<Rule> rules = RuleSet.parse("test.rules", RULES).rules();
        SchemaBoundRules bound = SchemaBoundRules.bind(rules, turtle(DATA));

        // subProperty: funds ⊑ supports, supports ⊑ relatesTo and (by the chain) funds ⊑ relatesTo
        assertEquals(3, named(bound, "subProperty").size());
        assertEquals(1, named(bound, "inverse").size());
        assertEquals(0, named(bound, "transitive").size(), "no property is declared transitive");
        assertEquals(1, named(bound, "funds").size());
        for (String name : List.of("subProperty", "inverse")) {
            for (Rule r : named(bound, name)) {
                for (var clause : r.getBody()) {
                    assertFalse(((TriplePattern) clause).getPredicate().isVariable(), r.toString());
                }
            }
        }
    }

    @Test
    void concludesWhatTheRulesAsWrittenConclude() {
        Graph data = turtle(DATA);
        assertEquals(asWritten(RULES, data), byMaterializer(RULES, data));
    }

    @Test
    void fallsBackToTheRulesAsWrittenWhenARuleConcludesSchemaFromTheData() {
        // ex:within becomes transitive only through the rule 'declared': the binding cannot foresee it
        Graph data = turtle(DATA + "ex:registry ex:declaresTransitive ex:within .\n");
        List<Rule> rules = RuleSet.parse("test.rules", RULES).rules();
        SchemaBoundRules bound = SchemaBoundRules.bind(rules, data);
        Graph concluded = deductions(bound.rules(), data);
        assertFalse(bound.isCompleteFor(data, concluded));

        Set<String> expected = asWritten(RULES, data);
        assertTrue(expected.contains("http://example.org/a @http://example.org/within http://example.org/c"));
        assertEquals(expected, byMaterializer(RULES, data));
    }

    @Test
    void isCompleteWhenTheDataItselfDeclaresTheSchema() {
        Graph data = turtle(DATA + "ex:within a owl:TransitiveProperty .\n");
        List<Rule> rules = RuleSet.parse("test.rules", RULES).rules();
        SchemaBoundRules bound = SchemaBoundRules.bind(rules, data);
        assertEquals(1, named(bound, "transitive").size());
        assertTrue(bound.isCompleteFor(data, deductions(bound.rules(), data)));
        assertEquals(asWritten(RULES, data), byMaterializer(RULES, data));
    }

    private static List<Rule> named(SchemaBoundRules bound, String name) {
        return bound.rules().stream().filter(r -> name.equals(r.getName())).toList();
    }

    private static Set<String> byMaterializer(String rules, Graph data) {
        return texts(new Materializer(RuleSet.parse("test.rules", rules)).infer(data).graph());
    }

    private static Set<String> asWritten(String rules, Graph data) {
        Graph concluded = deductions(RuleSet.parse("test.rules", rules).rules(), data);
        Graph out = GraphFactory.createDefaultGraph();
        concluded.find().filterDrop(data::contains).forEachRemaining(out::add);
        return texts(out);
    }

    private static Graph deductions(List<Rule> rules, Graph data) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(rules);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(data);
        inf.prepare();
        return inf.getDeductionsGraph();
    }

    private static Set<String> texts(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining((Triple t) -> out.add(t.getSubject() + " @" + t.getPredicate().getURI() + " "
                + t.getObject()));
        return out;
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }
}
