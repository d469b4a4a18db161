package stikg.reason;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * The counterparts of a plan's technology areas in the technology lists (the US and EU lists of data/links),
 * through chains of SKOS mappings, and the lists in which an area has none.
 *
 * <p>A chain starts at an area of a plan's technology scheme and takes up to {@value #MAX_STEPS} steps: a SKOS
 * mapping (exact 1.0, close 0.75, broad or narrow 0.5, related 0.25), from an area to one of its example
 * technologies (0.5: a part stands for the whole only in part), or to the same area in another edition of the
 * plan (1.0). Its strength is the product of its steps; an area's counterpart in a list is each list concept a
 * chain reaches, with the strength of its strongest chain, whose mappings are the evidence.
 *
 * <p>Concluded: {@code a sti:counterpart x} and a relation node {@code r a sti:Counterpart ; sti:relates a, x ;
 * sti:strength s ; sti:evidence m} (m the curators' mapping statements with their rationale), and
 * {@code a sti:noCounterpartIn list} for each list that some area of the same scheme reaches but {@code a} does not.
 */
public final class Counterparts implements ComputedStep {

    static final String NAME = "counterpart";
    static final int MAX_STEPS = 3;
    private static final Map<String, Double> MAPPING = new LinkedHashMap<>();

    static {
        MAPPING.put("exactMatch", 1.0);
        MAPPING.put("closeMatch", 0.75);
        MAPPING.put("broadMatch", 0.5);
        MAPPING.put("narrowMatch", 0.5);
        MAPPING.put("relatedMatch", 0.25);
    }

    private static final double TO_TECHNOLOGY = 0.5;
    private static final Node TECHNOLOGY_AREA = Sti.term("TechnologyArea");
    private static final Node TECHNOLOGY_LIST = Sti.term("TechnologyList");
    private static final Node AREA_OF = Sti.term("technologyArea");
    private static final Node SAME_ACROSS_EDITIONS = Sti.term("sameAcrossEditions");
    private static final Node IN_SCHEME = NodeFactory.createURI(Namespaces.SKOS + "inScheme");

    @Override
    public String name() {
        return NAME;
    }

    /** One step of a chain: the triple followed and its factor. */
    private record Step(Triple triple, double factor, Node to) {
    }

    /** The strongest chain found to a node. */
    private record Path(double strength, List<Triple> triples) {
    }

    /**
     * The types of lists and areas, scheme membership, the mappings, an area's technologies, the same area across
     * editions, and the curators' statement nodes (the evidence).
     */
    @Override
    public boolean reads(Triple t) {
        Node p = t.getPredicate();
        if (p.equals(RDF.type.asNode())) {
            return t.getObject().equals(TECHNOLOGY_LIST) || t.getObject().equals(TECHNOLOGY_AREA);
        }
        return p.equals(IN_SCHEME) || p.equals(AREA_OF) || p.equals(SAME_ACROSS_EDITIONS)
                || p.equals(RDF.subject.asNode()) || p.equals(RDF.predicate.asNode()) || p.equals(RDF.object.asNode())
                || p.isURI() && p.getURI().startsWith(Namespaces.SKOS) && MAPPING.containsKey(p.getLocalName());
    }

    @Override
    public void derive(Graph closure, Conclusions out) {
        Map<Node, Node> listOf = new HashMap<>();
        Set<Node> lists = new HashSet<>();
        closure.find(Node.ANY, RDF.type.asNode(), TECHNOLOGY_LIST).forEachRemaining(t -> lists.add(t.getSubject()));
        closure.find(Node.ANY, IN_SCHEME, Node.ANY).forEachRemaining(t -> {
            if (lists.contains(t.getObject())) {
                listOf.put(t.getSubject(), t.getObject());
            }
        });
        // the areas of plans' schemes, by scheme
        Map<Node, Set<Node>> areasByScheme = new TreeMap<>(CoSupport.Nodes.ORDER);
        closure.find(Node.ANY, RDF.type.asNode(), TECHNOLOGY_AREA).forEachRemaining(t -> {
            Node a = t.getSubject();
            if (a.isURI() && !listOf.containsKey(a)) {
                closure.find(a, IN_SCHEME, Node.ANY).forEachRemaining(s ->
                        areasByScheme.computeIfAbsent(s.getObject(), k -> new TreeSet<>(CoSupport.Nodes.ORDER)).add(a));
            }
        });
        for (Set<Node> areas : areasByScheme.values()) {
            Map<Node, Map<Node, Path>> found = new LinkedHashMap<>();
            Set<Node> listsReached = new TreeSet<>(CoSupport.Nodes.ORDER);
            for (Node a : areas) {
                Map<Node, Path> reached = new TreeMap<>(CoSupport.Nodes.ORDER);
                chains(closure, a).forEach((x, path) -> {
                    if (listOf.containsKey(x)) {
                        reached.put(x, path);
                        listsReached.add(listOf.get(x));
                    }
                });
                found.put(a, reached);
            }
            found.forEach((a, reached) -> {
                reached.forEach((x, path) -> concludeCounterpart(closure, a, x, listOf.get(x), path, out));
                for (Node list : listsReached) {
                    if (reached.keySet().stream().noneMatch(x -> list.equals(listOf.get(x)))) {
                        out.add(Triple.create(a, Sti.term("noCounterpartIn"), list), NAME,
                                "no chain of up to " + MAX_STEPS + " steps (SKOS mappings of the area, of its example "
                                        + "technologies or of the same area in another edition) reaches a concept of "
                                        + list.getURI() + ", which other areas of its scheme reach", List.of());
                    }
                }
            });
        }
    }

    private static void concludeCounterpart(Graph closure, Node a, Node x, Node list, Path path, Conclusions out) {
        String detail = "strength " + RelationNodes.text(path.strength()) + ", the product of the steps of the "
                + "strongest chain of mappings (exact 1, close 0.75, broad or narrow 0.5, related 0.25, "
                + "to an example technology 0.5)";
        Node relation = RelationNodes.iri("counterpart", a, x);
        List<Triple> conclusions = new ArrayList<>(List.of(
                Triple.create(a, Sti.term("counterpart"), x),
                Triple.create(relation, RDF.type.asNode(), Sti.term("Counterpart")),
                Triple.create(relation, Sti.term("relates"), a), Triple.create(relation, Sti.term("relates"), x),
                Triple.create(relation, Sti.term("inList"), list),
                Triple.create(relation, Sti.term("strength"), RelationNodes.strength(path.strength()))));
        for (Triple step : path.triples()) {
            for (Node st : statementsOf(closure, step)) {
                conclusions.add(Triple.create(relation, Sti.term("evidence"), st));
            }
        }
        conclusions.forEach(t -> out.add(t, NAME, detail, path.triples()));
    }

    /** The strongest chain from {@code start} to every node it reaches in up to MAX_STEPS steps. */
    private static Map<Node, Path> chains(Graph closure, Node start) {
        Map<Node, Path> best = new HashMap<>();
        best.put(start, new Path(1.0, List.of()));
        Deque<Node> frontier = new ArrayDeque<>(List.of(start));
        for (int depth = 0; depth < MAX_STEPS && !frontier.isEmpty(); depth++) {
            Deque<Node> next = new ArrayDeque<>();
            Set<Node> queued = new HashSet<>();
            while (!frontier.isEmpty()) {
                Node n = frontier.poll();
                Path here = best.get(n);
                for (Step s : steps(closure, n)) {
                    double strength = here.strength() * s.factor();
                    Path there = best.get(s.to());
                    List<Triple> triples = new ArrayList<>(here.triples());
                    triples.add(s.triple());
                    // chains of equal strength: the one whose statements come first wins, so the evidence does not
                    // depend on the order in which a store happens to list them
                    if (there == null || strength > there.strength()
                            || strength == there.strength() && key(triples).compareTo(key(there.triples())) < 0) {
                        best.put(s.to(), new Path(strength, triples));
                        if (queued.add(s.to())) {
                            next.add(s.to());
                        }
                    }
                }
            }
            frontier = next;
        }
        best.remove(start);
        return best;
    }

    private static String key(List<Triple> triples) {
        StringBuilder k = new StringBuilder();
        triples.forEach(t -> k.append(t).append('\n'));
        return k.toString();
    }

    private static List<Step> steps(Graph closure, Node n) {
        List<Step> out = new ArrayList<>();
        MAPPING.forEach((p, factor) -> closure.find(n, NodeFactory.createURI(Namespaces.SKOS + p), Node.ANY)
                .forEachRemaining(t -> out.add(new Step(t, factor, t.getObject()))));
        closure.find(Node.ANY, AREA_OF, n).forEachRemaining(t -> out.add(new Step(t, TO_TECHNOLOGY, t.getSubject())));
        closure.find(n, SAME_ACROSS_EDITIONS, Node.ANY).forEachRemaining(t -> out.add(new Step(t, 1.0, t.getObject())));
        out.removeIf(s -> !s.to().isURI());
        return out;
    }

    /** The curators' statement nodes (rdf:Statement with a rationale) that describe {@code t}, if any. */
    private static List<Node> statementsOf(Graph closure, Triple t) {
        List<Node> out = new ArrayList<>();
        closure.find(Node.ANY, RDF.subject.asNode(), t.getSubject()).forEachRemaining(s -> {
            Node st = s.getSubject();
            if (closure.contains(st, RDF.predicate.asNode(), t.getPredicate())
                    && closure.contains(st, RDF.object.asNode(), t.getObject())) {
                out.add(st);
            }
        });
        return out;
    }
}
