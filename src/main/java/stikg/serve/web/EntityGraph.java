package stikg.serve.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/**
 * The entity as data: every triple about it (asserted and inferred), the triples that point at it, the names
 * of the entities on the other ends, and the provenance of its own facts (statements and their passages).
 */
final class EntityGraph {

    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI(Namespaces.PROV + "wasDerivedFrom");

    private final DatasetGraph dataset;
    private final String provenancePrefix;
    private final String idBase;

    EntityGraph(DatasetGraph dataset, Graphs graphs, String idBase) {
        this.dataset = dataset;
        this.provenancePrefix = graphs.provenance("");
        this.idBase = idBase;
    }

    Graph describe(String iri) {
        Node x = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> {
            List<Node> neighbours = new ArrayList<>();
            List<Node> statements = new ArrayList<>();
            dataset.find(Node.ANY, x, Node.ANY, Node.ANY).forEachRemaining(q -> {
                g.add(q.asTriple());
                neighbours.add(q.getObject());
            });
            dataset.find(Node.ANY, Node.ANY, Node.ANY, x).forEachRemaining(q -> {
                Node p = q.getPredicate();
                if (p.equals(RDF.object.asNode())) {
                    return;
                }
                if (p.equals(RDF.subject.asNode())) {
                    if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(provenancePrefix)) {
                        statements.add(q.getSubject());
                    }
                    return;
                }
                g.add(q.asTriple());
                neighbours.add(q.getSubject());
            });
            for (Node n : neighbours) {
                if (n.isURI() && n.getURI().startsWith(idBase)) {
                    dataset.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
                }
            }
            for (Node st : statements) {
                dataset.find(Node.ANY, st, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    g.add(q.asTriple());
                    if (q.getPredicate().equals(WAS_DERIVED_FROM)) {
                        dataset.find(Node.ANY, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(p -> g.add(p.asTriple()));
                    }
                });
            }
        });
        usedPrefixes(g);
        return g;
    }

    /** Declares only the prefixes the graph uses, so that the Turtle starts with what matters. */
    private void usedPrefixes(Graph g) {
        Map<String, String> all = new LinkedHashMap<>(Namespaces.PREFIXES);
        all.put("id", idBase);
        Set<String> iris = new HashSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    iris.add(n.getURI());
                } else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) {
                    iris.add(n.getLiteralDatatypeURI());
                }
            }
        });
        all.forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(i -> i.startsWith(ns))) {
                g.getPrefixMapping().setNsPrefix(prefix, ns);
            }
        });
    }
}
