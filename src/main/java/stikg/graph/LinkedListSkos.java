package stikg.graph;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import stikg.vocab.Sti;

/**
 * The SKOS statements SKOS tools look for, completed in a curated list written in Turtle (data/links): every
 * concept and scheme gets its labels as skos:prefLabel, every concept its list position as skos:notation, and
 * every concept of a scheme that has no broader concept in it is that scheme's top concept, both ways. The
 * lexicon and the sources get the same from {@link FactWriter}, with their provenance.
 */
public final class LinkedListSkos {

    private LinkedListSkos() {
    }

    /** Adds the missing statements to {@code g} and returns it. */
    public static Graph complete(Graph g) {
        Node concept = SKOS.Concept.asNode();
        List<Node> concepts = g.find(Node.ANY, RDF.type.asNode(), concept).mapWith(Triple::getSubject).toList();
        List<Node> schemes = g.find(Node.ANY, RDF.type.asNode(), SKOS.ConceptScheme.asNode()).mapWith(Triple::getSubject)
                .toList();
        for (Node n : concepts) {
            prefLabels(g, n);
            g.find(n, Sti.order, Node.ANY).toList().forEach(t -> g.add(Triple.create(n, SKOS.notation.asNode(), t.getObject())));
            for (Triple in : g.find(n, SKOS.inScheme.asNode(), Node.ANY).toList()) {
                Node scheme = in.getObject();
                boolean hasBroaderInScheme = g.find(n, SKOS.broader.asNode(), Node.ANY).toList().stream()
                        .anyMatch(b -> g.contains(b.getObject(), SKOS.inScheme.asNode(), scheme));
                if (!hasBroaderInScheme) {
                    g.add(Triple.create(n, SKOS.topConceptOf.asNode(), scheme));
                    g.add(Triple.create(scheme, SKOS.hasTopConcept.asNode(), n));
                }
            }
        }
        schemes.forEach(s -> prefLabels(g, s));
        return g;
    }

    private static void prefLabels(Graph g, Node n) {
        g.find(n, RDFS.label.asNode(), Node.ANY).toList()
                .forEach(t -> g.add(Triple.create(n, SKOS.prefLabel.asNode(), t.getObject())));
    }
}
