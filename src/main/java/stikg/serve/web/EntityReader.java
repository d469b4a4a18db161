package stikg.serve.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Reads what the store says about one entity: its types, its facts in both directions with the graph each
 * comes from, the source locator of every fact from the provenance graphs, and the names of everything
 * mentioned.
 */
final class EntityReader {

    /** Incoming facts beyond this many are counted, not listed (a document is the target of every passage). */
    static final int INCOMING_SHOWN = 200;

    private static final String SOURCES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX sti: <%s>
            SELECT ?s ?p ?o ?passage ?doc ?section ?secNum ?table ?tableNum ?row ?from ?to ?curated ?evidence WHERE {
              GRAPH ?pg {
                { ?st rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?o . BIND(?x AS ?s) }
                UNION
                { ?st rdf:object ?x ; rdf:subject ?s ; rdf:predicate ?p . BIND(?x AS ?o) }
                OPTIONAL { ?st sti:curatedFile ?curatedFile ; sti:curatedLine ?curatedLine
                           BIND(CONCAT(?curatedFile, ":", STR(?curatedLine)) AS ?curated) }
                OPTIONAL { ?st sti:linkEvidence ?evidence }
                OPTIONAL {
                  ?st prov:wasDerivedFrom ?passage .
                  OPTIONAL { ?passage sti:inDocument ?doc }
                  OPTIONAL { ?passage sti:lineStart ?from }
                  OPTIONAL { ?passage sti:lineEnd ?to }
                  OPTIONAL { ?passage sti:inSection ?section OPTIONAL { ?section sti:number ?secNum } }
                  OPTIONAL { ?passage sti:inTable ?table OPTIONAL { ?table sti:number ?tableNum } }
                  OPTIONAL { ?passage sti:tableRow ?row }
                }
              }
              FILTER(STRSTARTS(STR(?pg), "%s"))
            }""";

    private static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), Sti.title);

    private final DatasetGraph dataset;
    private final Node inferredGraph;
    private final String provenancePrefix;
    private final String sourcesQuery;

    EntityReader(DatasetGraph dataset, Graphs graphs) {
        this.dataset = dataset;
        this.inferredGraph = NodeFactory.createURI(graphs.inferred());
        this.provenancePrefix = graphs.provenance("");
        this.sourcesQuery = SOURCES.formatted(Namespaces.STI, provenancePrefix);
    }

    /** Whether any graph mentions the IRI as subject or object. */
    boolean exists(String iri) {
        Node x = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> has(dataset.find(Node.ANY, x, Node.ANY, Node.ANY))
                || has(dataset.find(Node.ANY, Node.ANY, Node.ANY, x)));
    }

    private static boolean has(Iterator<Quad> it) {
        return it.hasNext();
    }

    Optional<Entity> read(String iri) {
        Node x = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> readInTransaction(x));
    }

    private Optional<Entity> readInTransaction(Node x) {
        // (property, other) -> the graphs stating it
        Map<List<Node>, Set<Node>> out = new LinkedHashMap<>();
        dataset.find(Node.ANY, x, Node.ANY, Node.ANY).forEachRemaining(q ->
                out.computeIfAbsent(List.of(q.getPredicate(), q.getObject()), k -> new LinkedHashSet<>()).add(q.getGraph()));
        Map<List<Node>, Set<Node>> in = new LinkedHashMap<>();
        dataset.find(Node.ANY, Node.ANY, Node.ANY, x).forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (!p.equals(RDF.subject.asNode()) && !p.equals(RDF.object.asNode())) {
                in.computeIfAbsent(List.of(p, q.getSubject()), k -> new LinkedHashSet<>()).add(q.getGraph());
            }
        });
        if (out.isEmpty() && in.isEmpty() && !has(dataset.find(Node.ANY, Node.ANY, Node.ANY, x))) {
            return Optional.empty();
        }
        Map<Triple, List<Entity.Source>> sources = sources(x);

        List<Node> types = new ArrayList<>();
        List<Node> inferredTypes = new ArrayList<>();
        List<Entity.Fact> outgoing = new ArrayList<>();
        out.forEach((po, graphs) -> {
            boolean inferred = graphs.stream().allMatch(inferredGraph::equals);
            if (po.get(0).equals(RDF.type.asNode())) {
                (inferred ? inferredTypes : types).add(po.get(1));
            } else {
                outgoing.add(new Entity.Fact(po.get(0), po.get(1), inferred, inProvenance(graphs),
                        sources.getOrDefault(Triple.create(x, po.get(0), po.get(1)), List.of())));
            }
        });
        List<Entity.Fact> incoming = new ArrayList<>();
        in.forEach((ps, graphs) -> {
            if (incoming.size() < INCOMING_SHOWN) {
                boolean inferred = graphs.stream().allMatch(inferredGraph::equals);
                incoming.add(new Entity.Fact(ps.get(0), ps.get(1), inferred, inProvenance(graphs),
                        sources.getOrDefault(Triple.create(ps.get(1), ps.get(0), x), List.of())));
            }
        });

        Set<Node> mentioned = new LinkedHashSet<>();
        mentioned.add(x);
        mentioned.addAll(types);
        mentioned.addAll(inferredTypes);
        for (Entity.Fact f : outgoing) {
            mentioned.add(f.property());
            mentioned.add(f.other());
        }
        for (Entity.Fact f : incoming) {
            mentioned.add(f.property());
            mentioned.add(f.other());
        }
        sources.values().forEach(list -> list.forEach(s -> {
            mentioned.add(s.document());
            mentioned.add(s.section());
            mentioned.add(s.table());
        }));
        Labels labels = new Labels();
        for (Node n : mentioned) {
            if (n == null || !n.isURI()) {
                continue;
            }
            for (Node p : NAME_PROPERTIES) {
                dataset.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> {
                    Node l = q.getObject();
                    if (l.isLiteral()) {
                        labels.add(n, l.getLiteralLanguage(), l.getLiteralLexicalForm());
                    }
                });
            }
            dataset.find(Node.ANY, n, stikg.vocab.Sti.order, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && q.getObject().getLiteralValue() instanceof Number number) {
                    labels.position(n, number.intValue());
                }
            });
        }
        return Optional.of(new Entity(x, types, inferredTypes, outgoing, incoming, in.size(), labels));
    }

    private boolean inProvenance(Set<Node> graphs) {
        return graphs.stream().allMatch(g -> g.isURI() && g.getURI().startsWith(provenancePrefix));
    }

    /** The locators of every fact with the entity at either end, by fact. */
    private Map<Triple, List<Entity.Source>> sources(Node x) {
        Map<Triple, List<Entity.Source>> out = new HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dataset).query(sourcesQuery)
                .substitution("x", x).build()) {
            qe.select().forEachRemaining(b -> {
                Triple t = Triple.create(b.get("s"), b.get("p"), b.get("o"));
                Entity.Source s = new Entity.Source(b.get("passage"), b.get("doc"), b.get("section"), text(b, "secNum"),
                        b.get("table"), text(b, "tableNum"), text(b, "row"), integer(b, "from"), integer(b, "to"),
                        text(b, "curated"), text(b, "evidence"));
                List<Entity.Source> list = out.computeIfAbsent(t, k -> new ArrayList<>());
                if (!list.contains(s)) {
                    list.add(s);
                }
            });
        }
        return out;
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static Integer integer(Binding b, String var) {
        String t = text(b, var);
        try {
            return t == null ? null : Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
