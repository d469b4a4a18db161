package stikg.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the ontology says about its terms, as the builder needs it: which classes exist and what they
 * specialise, and for each property whether it links entities or holds literals, and its range and domain.
 */
public final class Schema {

    /** How a property's values are written. */
    public enum Kind { OBJECT, DATATYPE, ANNOTATION }

    /** A property's kind and declared range/domain (null when the ontology gives none). */
    public record PropertyInfo(Node property, Kind kind, Node range, Node domain) {
    }

    private final Set<Node> classes;
    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, PropertyInfo> properties;

    private Schema(Set<Node> classes, Map<Node, Set<Node>> superClasses, Map<Node, PropertyInfo> properties) {
        this.classes = Set.copyOf(classes);
        this.superClasses = Map.copyOf(superClasses);
        this.properties = Map.copyOf(properties);
    }

    /** Reads the schema from an ontology graph. */
    public static Schema of(Graph ontology) {
        Set<Node> classes = new HashSet<>();
        for (Node type : new Node[] {OWL2.Class.asNode(), RDFS.Class.asNode()}) {
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
                if (t.getSubject().isURI()) {
                    classes.add(t.getSubject());
                }
            });
        }
        Map<Node, Set<Node>> direct = new HashMap<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
                classes.add(t.getObject());
            }
        });
        Map<Node, Set<Node>> closure = new HashMap<>();
        for (Node c : classes) {
            closure.put(c, ancestors(c, direct));
        }
        Map<Node, PropertyInfo> props = new HashMap<>();
        declare(ontology, OWL2.ObjectProperty.asNode(), Kind.OBJECT, props);
        declare(ontology, OWL2.DatatypeProperty.asNode(), Kind.DATATYPE, props);
        declare(ontology, OWL2.AnnotationProperty.asNode(), Kind.ANNOTATION, props);
        return new Schema(classes, closure, props);
    }

    private static void declare(Graph g, Node type, Kind kind, Map<Node, PropertyInfo> into) {
        g.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
            Node p = t.getSubject();
            if (p.isURI() && !into.containsKey(p)) {
                into.put(p, new PropertyInfo(p, kind, single(g, p, RDFS.range.asNode()),
                        single(g, p, RDFS.domain.asNode())));
            }
        });
    }

    private static Node single(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            if (!it.hasNext()) {
                return null;
            }
            Triple t = it.next();
            return t.getObject().isURI() && !it.hasNext() ? t.getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Set<Node> ancestors(Node c, Map<Node, Set<Node>> direct) {
        Set<Node> seen = new HashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (seen.add(n)) {
                todo.addAll(direct.getOrDefault(n, Set.of()));
            }
        }
        return seen;
    }

    public boolean isClass(Node c) {
        return classes.contains(c);
    }

    public Optional<PropertyInfo> property(Node p) {
        return Optional.ofNullable(properties.get(p));
    }

    /** True when {@code sub} is {@code sup} or a subclass of it, as far as the ontology says. */
    public boolean isSubClassOf(Node sub, Node sup) {
        return superClasses.getOrDefault(sub, Set.of(sub)).contains(sup);
    }

    /** True when any of the given types falls under {@code sup}. */
    public boolean anyUnder(Set<Node> types, Node sup) {
        return types.stream().anyMatch(t -> isSubClassOf(t, sup));
    }
}
