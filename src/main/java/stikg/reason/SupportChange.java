package stikg.reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import stikg.vocab.Sti;

/**
 * Areas and technologies whose support changed between two editions of a plan.
 *
 * <p>For a concept of a later edition and the same concept of an earlier one ({@code sti:sameAcrossEditions}: a
 * curator's match, never the heuristic match by label), the supporters of each are the programmes and measures that
 * contribute to it ({@code sti:contributesTo}). A supporter of the later concept that neither contributes to the
 * earlier one nor is the same as one that does is new ({@code b sti:newSupporter s}); a supporter of the earlier
 * concept that nothing the same contributes to the later one is dropped ({@code b sti:droppedSupporter s}).
 * {@code b sti:supportChangedSince a} says that either happened. The absence of a supporter in an edition cannot be
 * a forward rule's premise, so this is a step; each conclusion rests on the edition match and on the support it
 * names.
 */
public final class SupportChange implements ComputedStep {

    static final String NAME = "supportChange";
    private static final Node SAME = Sti.term("sameAcrossEditions");
    private static final Node CONTRIBUTES = Sti.term("contributesTo");
    private static final Node IN_PLAN = Sti.term("inPlan");
    private static final Node EDITION = Sti.term("edition");
    private static final Node CHANGED_SINCE = Sti.term("supportChangedSince");

    @Override
    public String name() {
        return NAME;
    }

    /** Edition matches, contributions, and the plan and edition of a concept. */
    @Override
    public boolean reads(Triple t) {
        Node p = t.getPredicate();
        return p.equals(SAME) || p.equals(CONTRIBUTES) || p.equals(IN_PLAN) || p.equals(EDITION);
    }

    @Override
    public void derive(Graph closure, Conclusions out) {
        closure.find(Node.ANY, SAME, Node.ANY).forEachRemaining(match -> conclude(closure, match, out));
    }

    /**
     * Every conclusion is about the later concept of a match. A write can change those about a concept whose
     * supporters, edition or matches it changes, about the partners of such a concept, and about the concepts a
     * supporter whose own matches it changes contributes to; the others stand.
     */
    @Override
    public Optional<Scope> scope(Graph closure, Set<Triple> changed, Graph previous) {
        Set<Node> touched = new HashSet<>();
        for (Triple t : changed) {
            Node p = t.getPredicate();
            if (p.equals(CONTRIBUTES)) {
                touched.add(t.getObject());
            } else if (p.equals(SAME)) {
                for (Node x : new Node[] {t.getSubject(), t.getObject()}) {
                    touched.add(x);
                    closure.find(x, CONTRIBUTES, Node.ANY).forEachRemaining(c -> touched.add(c.getObject()));
                }
            } else if (p.equals(IN_PLAN)) {
                touched.add(t.getSubject());
            } else {
                closure.find(Node.ANY, IN_PLAN, t.getSubject()).forEachRemaining(c -> touched.add(c.getSubject()));
            }
        }
        Set<Node> about = new HashSet<>(touched);
        for (Node x : touched) {
            closure.find(x, SAME, Node.ANY).forEachRemaining(m -> about.add(m.getObject()));
            closure.find(Node.ANY, SAME, x).forEachRemaining(m -> about.add(m.getSubject()));
            previous.find(x, CHANGED_SINCE, Node.ANY).forEachRemaining(m -> about.add(m.getObject()));
            previous.find(Node.ANY, CHANGED_SINCE, x).forEachRemaining(m -> about.add(m.getSubject()));
        }
        return Optional.of(new Scope() {
            @Override
            public Set<Triple> earlier() {
                Set<Triple> out = new HashSet<>();
                about.forEach(b -> previous.find(b, Node.ANY, Node.ANY).forEachRemaining(out::add));
                return out;
            }

            @Override
            public void derive(Graph now, Conclusions out) {
                for (Node b : about) {
                    now.find(Node.ANY, SAME, b).forEachRemaining(match -> conclude(now, match, out));
                }
            }
        });
    }

    /** The conclusions of one edition match about its later concept. */
    private static void conclude(Graph closure, Triple match, Conclusions out) {
        Node a = match.getSubject();
        Node b = match.getObject();
        Optional<Integer> ea = edition(closure, a);
        Optional<Integer> eb = edition(closure, b);
        if (ea.isEmpty() || eb.isEmpty() || ea.get() >= eb.get()) {
            return; // b must be of the later edition
        }
        Set<Node> before = supporters(closure, a);
        Set<Node> after = supporters(closure, b);
        List<Triple> changes = new ArrayList<>();
        List<Triple> premises = new ArrayList<>(List.of(match));
        for (Node s : after) {
            if (!continues(closure, s, before)) {
                changes.add(Triple.create(b, Sti.term("newSupporter"), s));
                premises.add(Triple.create(s, CONTRIBUTES, b));
            }
        }
        for (Node s : before) {
            if (!continues(closure, s, after)) {
                changes.add(Triple.create(b, Sti.term("droppedSupporter"), s));
                premises.add(Triple.create(s, CONTRIBUTES, a));
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        String detail = b.getURI() + " (edition " + eb.get() + ") is " + a.getURI() + " (edition " + ea.get()
                + "): " + changes.size() + " programmes or measures contribute to only one of them";
        changes.add(Triple.create(b, CHANGED_SINCE, a));
        for (Triple t : changes) {
            List<Triple> why = t.getPredicate().equals(CHANGED_SINCE) ? premises
                    : List.of(match, t.getPredicate().equals(Sti.term("newSupporter"))
                            ? Triple.create(t.getObject(), CONTRIBUTES, b) : Triple.create(t.getObject(), CONTRIBUTES, a));
            out.add(t, NAME, detail, why);
        }
    }

    /** A supporter of one edition's concept carries on in the other when it, or one the same, supports that. */
    private static boolean continues(Graph closure, Node s, Set<Node> others) {
        if (others.contains(s)) {
            return true;
        }
        Set<Node> same = new HashSet<>();
        closure.find(s, SAME, Node.ANY).forEachRemaining(t -> same.add(t.getObject()));
        return same.stream().anyMatch(others::contains);
    }

    private static Set<Node> supporters(Graph closure, Node concept) {
        Set<Node> out = new TreeSet<>(CoSupport.Nodes.ORDER);
        closure.find(Node.ANY, CONTRIBUTES, concept).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** The edition of the plan a concept appears in, when it appears in exactly one. */
    private static Optional<Integer> edition(Graph closure, Node concept) {
        Set<Integer> editions = new HashSet<>();
        closure.find(concept, IN_PLAN, Node.ANY).forEachRemaining(p -> closure.find(p.getObject(), EDITION, Node.ANY)
                .forEachRemaining(e -> {
                    if (e.getObject().isLiteral() && e.getObject().getLiteralValue() instanceof Number n) {
                        editions.add(n.intValue());
                    }
                }));
        return editions.size() == 1 ? Optional.of(editions.iterator().next()) : Optional.empty();
    }
}
