package stikg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Technology areas and technologies related because a specific programme or measure supports them together.
 *
 * <p>A supporter's targets are what it {@code sti:supports} or {@code sti:concerns} among technology areas and
 * technologies. A supporter whose targets include every member of a group (a technology category, a plan's
 * technology scheme, the example technologies of one area) says nothing about how its targets relate: it supports
 * them as that group, all alike, and relates none of them. Every other supporter with two targets or more relates
 * each two of them with weight 1/n, n its number of targets (one supporting two things says more about them than
 * one supporting five). The strength of a relation is the sum of the weights of the supporters behind it.
 *
 * <p>Each pair is concluded as {@code a sti:coSupportedWith b} and {@code a sti:relatedTechnology b} (both ways),
 * and as a relation node: {@code r a sti:CoSupport ; sti:relates a, b ; sti:strength s ; sti:evidence supporter}.
 */
public final class CoSupport implements ComputedStep {

    static final String NAME = "coSupport";
    private static final Node SUPPORTS = Sti.term("supports");
    private static final Node CONCERNS = Sti.term("concerns");
    private static final Node TECHNOLOGY_AREA = Sti.term("TechnologyArea");
    private static final Node TECHNOLOGY = Sti.term("Technology");
    private static final Node IN_CATEGORY = Sti.term("inCategory");
    private static final Node AREA_OF = Sti.term("technologyArea");
    private static final Node IN_SCHEME = Nodes.skos("inScheme");

    @Override
    public String name() {
        return NAME;
    }

    /** Supporters' targets, the types of areas and technologies, and the groups (categories, schemes, areas). */
    @Override
    public boolean reads(Triple t) {
        Node p = t.getPredicate();
        if (p.equals(RDF.type.asNode())) {
            return t.getObject().equals(TECHNOLOGY_AREA) || t.getObject().equals(TECHNOLOGY);
        }
        return p.equals(SUPPORTS) || p.equals(CONCERNS) || p.equals(IN_CATEGORY) || p.equals(IN_SCHEME)
                || p.equals(AREA_OF);
    }

    @Override
    public void derive(Graph closure, Conclusions out) {
        Set<Node> concepts = new HashSet<>();
        closure.find(Node.ANY, RDF.type.asNode(), TECHNOLOGY_AREA).forEachRemaining(t -> concepts.add(t.getSubject()));
        closure.find(Node.ANY, RDF.type.asNode(), TECHNOLOGY).forEachRemaining(t -> concepts.add(t.getSubject()));

        // each supporter's targets, with the triple that states each
        Map<Node, Map<Node, List<Triple>>> targets = new TreeMap<>(Nodes.ORDER);
        for (Node p : new Node[] {SUPPORTS, CONCERNS}) {
            closure.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (concepts.contains(t.getObject()) && !t.getSubject().equals(t.getObject())) {
                    targets.computeIfAbsent(t.getSubject(), k -> new TreeMap<>(Nodes.ORDER))
                            .computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t);
                }
            });
        }
        List<Set<Node>> groups = groups(closure, concepts);
        // the groups each concept belongs to: a supporter covers a group whole only if the group holds one of its
        // targets, so only those are checked (checking every group for every supporter grew with the square of
        // the store)
        Map<Node, List<Set<Node>>> groupsOf = new HashMap<>();
        for (Set<Node> g : groups) {
            g.forEach(member -> groupsOf.computeIfAbsent(member, k -> new ArrayList<>()).add(g));
        }

        // pairs (a, b), a before b, with their specific supporters
        Map<List<Node>, List<Node>> shared = new LinkedHashMap<>();
        for (Map.Entry<Node, Map<Node, List<Triple>>> e : targets.entrySet()) {
            Set<Node> of = e.getValue().keySet();
            if (of.size() < 2 || coversAGroup(of, groupsOf)) {
                continue;
            }
            List<Node> list = new ArrayList<>(of);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    shared.computeIfAbsent(List.of(list.get(i), list.get(j)), k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        shared.forEach((pair, supporters) -> conclude(pair.get(0), pair.get(1), supporters, targets, out));
    }

    private static boolean coversAGroup(Set<Node> targets, Map<Node, List<Set<Node>>> groupsOf) {
        Set<Node> members = new HashSet<>(targets);
        for (Node t : targets) {
            for (Set<Node> g : groupsOf.getOrDefault(t, List.of())) {
                if (members.containsAll(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void conclude(Node a, Node b, List<Node> supporters, Map<Node, Map<Node, List<Triple>>> targets,
            Conclusions out) {
        double strength = 0;
        List<Triple> premises = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Node s : supporters) {
            int n = targets.get(s).size();
            strength += 1.0 / n;
            premises.addAll(targets.get(s).get(a));
            premises.addAll(targets.get(s).get(b));
            why.add(s.getURI() + " (supports " + n + " areas or technologies, weight 1/" + n + ")");
        }
        String detail = "strength " + RelationNodes.text(strength) + ", the sum of the weights of the specific "
                + "supporters they share: " + String.join("; ", why);
        Node relation = RelationNodes.iri("co-support", a, b);
        List<Triple> conclusions = new ArrayList<>(List.of(
                Triple.create(a, Sti.term("coSupportedWith"), b), Triple.create(b, Sti.term("coSupportedWith"), a),
                Triple.create(a, Sti.term("relatedTechnology"), b), Triple.create(b, Sti.term("relatedTechnology"), a),
                Triple.create(relation, RDF.type.asNode(), Sti.term("CoSupport")),
                Triple.create(relation, Sti.term("relates"), a), Triple.create(relation, Sti.term("relates"), b),
                Triple.create(relation, Sti.term("strength"), RelationNodes.strength(strength))));
        supporters.forEach(s -> conclusions.add(Triple.create(relation, Sti.term("evidence"), s)));
        conclusions.forEach(t -> out.add(t, NAME, detail, premises));
    }

    /** The groups a supporter may cover whole: categories, technology schemes, the technologies of one area. */
    private static List<Set<Node>> groups(Graph closure, Set<Node> concepts) {
        // areas and technologies apart: a category holds both (technologies inherit their area's categories),
        // and a supporter of all its areas supports the category as a whole whatever its technologies
        Map<String, Set<Node>> groups = new HashMap<>();
        for (Node p : new Node[] {IN_CATEGORY, IN_SCHEME, AREA_OF}) {
            closure.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (concepts.contains(t.getSubject())) {
                    boolean area = closure.contains(t.getSubject(), RDF.type.asNode(), TECHNOLOGY_AREA);
                    groups.computeIfAbsent(p + " " + t.getObject() + " " + area, k -> new HashSet<>()).add(t.getSubject());
                }
            });
        }
        return groups.values().stream().filter(g -> g.size() >= 2).toList();
    }

    /** Nodes and their order, shared by the steps. */
    static final class Nodes {
        static final java.util.Comparator<Node> ORDER = java.util.Comparator.comparing(Node::toString);

        private Nodes() {
        }

        static Node skos(String local) {
            return org.apache.jena.graph.NodeFactory.createURI(Namespaces.SKOS + local);
        }
    }
}
