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
        closure.find(Node.ANY, SAME, Node.ANY).forEachRemaining(match -> {
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
            changes.add(Triple.create(b, Sti.term("supportChangedSince"), a));
            for (Triple t : changes) {
                List<Triple> why = t.getPredicate().equals(Sti.term("supportChangedSince")) ? premises
                        : List.of(match, t.getPredicate().equals(Sti.term("newSupporter"))
                                ? Triple.create(t.getObject(), CONTRIBUTES, b) : Triple.create(t.getObject(), CONTRIBUTES, a));
                out.add(t, NAME, detail, why);
            }
        });
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
