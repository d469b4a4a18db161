package stikg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    private static final Node RELATES = Sti.term("relates");
    private static final Node EVIDENCE = Sti.term("evidence");

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
            if (of.size() < 2 || coversAGroup(of, t -> groupsOf.getOrDefault(t, List.of()))) {
                continue;
            }
            List<Node> list = new ArrayList<>(of);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    shared.computeIfAbsent(List.of(list.get(i), list.get(j)), k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        shared.forEach((pair, supporters) -> conclude(pair.get(0), pair.get(1), supporters, targets::get, out));
    }

    /**
     * The pairs a write can change are those with an end among the targets, before or after the write, of a
     * supporter whose targets or whose specificity it can change: the supporter of a changed {@code supports} or
     * {@code concerns}, the supporters of a node whose type changed, and the supporters of every member of a group
     * that gained or lost a member. Every other pair keeps its supporters, their weights and its strength.
     */
    @Override
    public Optional<Scope> scope(Graph closure, Set<Triple> changed, Graph previous) {
        Set<Node> ends = new HashSet<>();
        Set<Node> supporters = new HashSet<>();
        for (Triple t : changed) {
            Node p = t.getPredicate();
            if (p.equals(SUPPORTS) || p.equals(CONCERNS)) {
                supporters.add(t.getSubject());
                ends.add(t.getObject());
            } else if (p.equals(RDF.type.asNode())) {
                ends.add(t.getSubject());
                supporters.addAll(supportersOf(closure, t.getSubject()));
                for (Node g : new Node[] {IN_CATEGORY, IN_SCHEME, AREA_OF}) {
                    closure.find(t.getSubject(), g, Node.ANY).forEachRemaining(m -> membersOf(closure, g, m.getObject())
                            .forEach(member -> supporters.addAll(supportersOf(closure, member))));
                }
            } else {
                ends.add(t.getSubject());
                supporters.addAll(supportersOf(closure, t.getSubject()));
                membersOf(closure, p, t.getObject()).forEach(member -> supporters.addAll(supportersOf(closure, member)));
            }
        }
        for (Node s : supporters) {
            for (Node p : new Node[] {SUPPORTS, CONCERNS}) {
                closure.find(s, p, Node.ANY).forEachRemaining(t -> ends.add(t.getObject()));
            }
        }
        Set<Node> relations = new HashSet<>();
        ends.forEach(e -> previous.find(Node.ANY, RELATES, e).forEachRemaining(r -> relations.add(r.getSubject())));
        return Optional.of(new Scope() {
            @Override
            public Set<Triple> earlier() {
                Set<Triple> out = new HashSet<>();
                relations.forEach(r -> previous.find(r, Node.ANY, Node.ANY).forEachRemaining(out::add));
                for (Node e : ends) {
                    previous.find(e, Node.ANY, Node.ANY).forEachRemaining(out::add);
                    previous.find(Node.ANY, Node.ANY, e).forEachRemaining(out::add);
                }
                return out;
            }

            @Override
            public void derive(Graph now, Conclusions out) {
                deriveAround(now, ends, out);
            }
        });
    }

    /** The conclusions for every pair with an end in {@code ends}, as {@link #derive} concludes them. */
    private static void deriveAround(Graph closure, Set<Node> ends, Conclusions out) {
        Local local = new Local(closure);
        Map<List<Node>, Set<Node>> shared = new TreeMap<>(PAIR_ORDER);
        for (Node a : ends) {
            if (!local.isConcept(a)) {
                continue;
            }
            for (Node s : supportersOf(closure, a)) {
                Map<Node, List<Triple>> of = local.targets(s);
                if (!of.containsKey(a) || !local.specific(s)) {
                    continue;
                }
                for (Node b : of.keySet()) {
                    if (!b.equals(a)) {
                        List<Node> pair = Nodes.ORDER.compare(a, b) < 0 ? List.of(a, b) : List.of(b, a);
                        shared.computeIfAbsent(pair, k -> new TreeSet<>(Nodes.ORDER)).add(s);
                    }
                }
            }
        }
        shared.forEach((pair, supporters) -> conclude(pair.get(0), pair.get(1), new ArrayList<>(supporters),
                local::targets, out));
    }

    private static final java.util.Comparator<List<Node>> PAIR_ORDER = java.util.Comparator
            .comparing((List<Node> p) -> p.get(0), Nodes.ORDER).thenComparing(p -> p.get(1), Nodes.ORDER);

    /** What {@link #derive} reads about the supporters and concepts near a change, looked up as needed. */
    private static final class Local {
        private final Graph closure;
        private final Map<Node, Boolean> concepts = new HashMap<>();
        private final Map<Node, Map<Node, List<Triple>>> targets = new HashMap<>();
        private final Map<Node, Boolean> specific = new HashMap<>();
        private final Map<String, Set<Node>> groups = new HashMap<>();

        Local(Graph closure) {
            this.closure = closure;
        }

        boolean isConcept(Node n) {
            return concepts.computeIfAbsent(n, k -> closure.contains(k, RDF.type.asNode(), TECHNOLOGY_AREA)
                    || closure.contains(k, RDF.type.asNode(), TECHNOLOGY));
        }

        Map<Node, List<Triple>> targets(Node s) {
            return targets.computeIfAbsent(s, k -> {
                Map<Node, List<Triple>> of = new TreeMap<>(Nodes.ORDER);
                for (Node p : new Node[] {SUPPORTS, CONCERNS}) {
                    closure.find(k, p, Node.ANY).forEachRemaining(t -> {
                        if (isConcept(t.getObject()) && !t.getSubject().equals(t.getObject())) {
                            of.computeIfAbsent(t.getObject(), x -> new ArrayList<>()).add(t);
                        }
                    });
                }
                return of;
            });
        }

        boolean specific(Node s) {
            return specific.computeIfAbsent(s, k -> {
                Set<Node> of = targets(k).keySet();
                return of.size() >= 2 && !coversAGroup(of, this::groupsOf);
            });
        }

        /** The groups (two members or more) that hold {@code concept}, as {@link CoSupport#groups} forms them. */
        private List<Set<Node>> groupsOf(Node concept) {
            boolean area = closure.contains(concept, RDF.type.asNode(), TECHNOLOGY_AREA);
            List<Set<Node>> out = new ArrayList<>();
            for (Node p : new Node[] {IN_CATEGORY, IN_SCHEME, AREA_OF}) {
                closure.find(concept, p, Node.ANY).forEachRemaining(t -> {
                    Set<Node> g = groups.computeIfAbsent(p + " " + t.getObject() + " " + area, k -> {
                        Set<Node> members = new HashSet<>();
                        closure.find(Node.ANY, p, t.getObject()).forEachRemaining(m -> {
                            if (isConcept(m.getSubject())
                                    && closure.contains(m.getSubject(), RDF.type.asNode(), TECHNOLOGY_AREA) == area) {
                                members.add(m.getSubject());
                            }
                        });
                        return members;
                    });
                    if (g.size() >= 2) {
                        out.add(g);
                    }
                });
            }
            return out;
        }
    }

    private static Set<Node> supportersOf(Graph closure, Node target) {
        Set<Node> out = new HashSet<>();
        for (Node p : new Node[] {SUPPORTS, CONCERNS}) {
            closure.find(Node.ANY, p, target).forEachRemaining(t -> {
                if (!t.getSubject().equals(target)) {
                    out.add(t.getSubject());
                }
            });
        }
        return out;
    }

    private static List<Node> membersOf(Graph closure, Node groupProperty, Node group) {
        List<Node> out = new ArrayList<>();
        closure.find(Node.ANY, groupProperty, group).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static boolean coversAGroup(Set<Node> targets, java.util.function.Function<Node, List<Set<Node>>> groupsOf) {
        Set<Node> members = new HashSet<>(targets);
        for (Node t : targets) {
            for (Set<Node> g : groupsOf.apply(t)) {
                if (members.containsAll(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void conclude(Node a, Node b, List<Node> supporters,
            java.util.function.Function<Node, Map<Node, List<Triple>>> targets, Conclusions out) {
        double strength = 0;
        List<Triple> premises = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Node s : supporters) {
            Map<Node, List<Triple>> of = targets.apply(s);
            int n = of.size();
            strength += 1.0 / n;
            premises.addAll(of.get(a));
            premises.addAll(of.get(b));
            why.add(s.getURI() + " (supports " + n + " areas or technologies, weight 1/" + n + ")");
        }
        String detail = "strength " + RelationNodes.text(strength) + ", the sum of the weights of the specific "
                + "supporters they share: " + String.join("; ", why);
        Node relation = RelationNodes.iri("co-support", a, b);
        List<Triple> conclusions = new ArrayList<>(List.of(
                Triple.create(a, Sti.term("coSupportedWith"), b), Triple.create(b, Sti.term("coSupportedWith"), a),
                Triple.create(a, Sti.term("relatedTechnology"), b), Triple.create(b, Sti.term("relatedTechnology"), a),
                Triple.create(relation, RDF.type.asNode(), Sti.term("CoSupport")),
                Triple.create(relation, RELATES, a), Triple.create(relation, RELATES, b),
                Triple.create(relation, Sti.term("strength"), RelationNodes.strength(strength))));
        supporters.forEach(s -> conclusions.add(Triple.create(relation, EVIDENCE, s)));
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
