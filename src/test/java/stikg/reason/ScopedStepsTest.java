package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Sti;

/**
 * A derivation step that tells which of its conclusions a change can touch derives, around the change, exactly what
 * a run over the whole closure derives: its earlier conclusions outside the scope, with those it derives inside,
 * are the conclusions of a full run after the change. Checked with random changes to what the steps read (on the
 * shipped graph, and on two editions of a plan; fixed seeds, so a failure repeats), and on the cases a random
 * change rarely makes.
 */
class ScopedStepsTest {

    private static Graph shipped;
    private static Graph editions;

    @BeforeAll
    static void compileTheShippedGraphAndTwoEditions() {
        shipped = union(new GraphCompiler(BuildConfig.standard(ReasonFixtures.PROJECT), Clock.systemUTC()).compile()
                .graphs());
        editions = union(ReasonFixtures.compile("editions").graphs());
    }

    private static Graph union(Map<String, Graph> graphs) {
        Graph all = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(all::add));
        return all;
    }

    @Test
    void givenRandomChangesToWhatCoSupportReads_whenDerivedAroundThem_thenTheConclusionsAreThoseOfAFullRun() {
        assertRandomChangesAgree(new CoSupport(), shipped, new Random(7), 60);
    }

    @Test
    void givenRandomChangesToWhatSupportChangeReadsInTwoEditions_whenDerivedAroundThem_thenTheConclusionsAreThoseOfAFullRun() {
        assertRandomChangesAgree(new SupportChange(), editions, new Random(11), 60);
    }

    @Test
    void givenAGroupThatLosesAnUnsupportedMember_whenASupporterNowCoversItWhole_thenItsPairIsTakenBack() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String area : List.of("a", "b", "c", "d")) {
            g.add(Triple.create(ex(area), RDF.type.asNode(), Sti.term("TechnologyArea")));
        }
        for (String area : List.of("a", "b", "c")) {
            g.add(Triple.create(ex(area), Sti.term("inCategory"), ex("category")));
        }
        g.add(Triple.create(ex("programme"), Sti.term("supports"), ex("a")));
        g.add(Triple.create(ex("programme"), Sti.term("supports"), ex("b")));
        g.add(Triple.create(ex("other"), Sti.term("supports"), ex("a")));
        g.add(Triple.create(ex("other"), Sti.term("supports"), ex("d")));
        Triple leaves = Triple.create(ex("c"), Sti.term("inCategory"), ex("category"));
        Set<Triple> agreed = assertAgrees(new CoSupport(), g, List.of(), List.of(leaves));
        assertTrue(agreed.stream().noneMatch(t -> t.getSubject().equals(ex("a")) && t.getObject().equals(ex("b"))),
                "the programme now supports the whole category: a and b are no longer related through it");
    }

    @Test
    void givenAnAreaThatStopsBeingOne_whenDerivedAroundIt_thenThePairsOfItsSupportersAreDerivedAgain() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String area : List.of("a", "b", "c")) {
            g.add(Triple.create(ex(area), RDF.type.asNode(), Sti.term("TechnologyArea")));
            g.add(Triple.create(ex("programme"), Sti.term("supports"), ex(area)));
        }
        Triple untyped = Triple.create(ex("c"), RDF.type.asNode(), Sti.term("TechnologyArea"));
        Set<Triple> agreed = assertAgrees(new CoSupport(), g, List.of(), List.of(untyped));
        assertTrue(agreed.stream().anyMatch(t -> t.getPredicate().equals(Sti.term("strength"))
                && t.getObject().getLiteralLexicalForm().equals("0.5")),
                "a and b share a supporter of two areas now: weight 1/2");
    }

    @Test
    void givenAPlanWhoseEditionIsCorrected_whenDerivedAroundIt_thenTheSupportChangesOfItsConceptsFollow() {
        Graph g = twoEditionsOfAnArea(8, "old", "new");
        Triple misprinted = Triple.create(ex("plan6"), Sti.term("edition"), NodeFactory.createLiteralByValue(8));
        Triple corrected = Triple.create(ex("plan6"), Sti.term("edition"), NodeFactory.createLiteralByValue(6));
        Set<Triple> agreed = assertAgrees(new SupportChange(), g, List.of(corrected), List.of(misprinted));
        assertTrue(agreed.contains(Triple.create(ex("area7"), Sti.term("supportChangedSince"), ex("area6"))),
                "with its edition corrected, the plan's area is the earlier one: " + agreed);
    }

    @Test
    void givenTwoProgrammesMatchedAcrossEditions_whenDerivedAroundTheMatch_thenTheLaterIsNoLongerANewSupporter() {
        Graph g = twoEditionsOfAnArea(6, "programme6", "programme7");
        Triple renamed = Triple.create(ex("programme7"), Sti.term("sameAcrossEditions"), ex("programme6"));
        Set<Triple> agreed = assertAgrees(new SupportChange(), g, List.of(renamed), List.of());
        assertTrue(!agreed.contains(Triple.create(ex("area7"), Sti.term("newSupporter"), ex("programme7"))),
                "the 7th plan's programme carries on the 6th's, so it is not new: " + agreed);
    }

    /**
     * An area of plan6 matched with an area of plan7 (edition 7), each with one contributor; plan6's edition as
     * given (a later one than 7 makes plan6's area the later).
     */
    private static Graph twoEditionsOfAnArea(int plan6Edition, String contributor6, String contributor7) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(ex("plan6"), Sti.term("edition"), NodeFactory.createLiteralByValue(plan6Edition)));
        g.add(Triple.create(ex("plan7"), Sti.term("edition"), NodeFactory.createLiteralByValue(7)));
        g.add(Triple.create(ex("area6"), Sti.term("inPlan"), ex("plan6")));
        g.add(Triple.create(ex("area7"), Sti.term("inPlan"), ex("plan7")));
        g.add(Triple.create(ex("area6"), Sti.term("sameAcrossEditions"), ex("area7")));
        g.add(Triple.create(ex(contributor6), Sti.term("contributesTo"), ex("area6")));
        g.add(Triple.create(ex(contributor7), Sti.term("contributesTo"), ex("area7")));
        return g;
    }

    /** Random changes of one to three triples the step reads, each undone after it is checked. */
    private static void assertRandomChangesAgree(ComputedStep step, Graph closure, Random random, int changes) {
        Map<Node, List<Node>> subjects = new HashMap<>();
        Map<Node, List<Node>> objects = new HashMap<>();
        List<Triple> read = new ArrayList<>();
        closure.find().forEachRemaining(t -> {
            if (step.reads(t)) {
                read.add(t);
                subjects.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
                objects.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        List<Node> predicates = subjects.keySet().stream().sorted(CoSupport.Nodes.ORDER).toList();
        assertTrue(read.size() > 10, "the graph holds what " + step.name() + " reads");
        int changedSomething = 0;
        for (int i = 0; i < changes; i++) {
            List<Triple> added = new ArrayList<>();
            List<Triple> removed = new ArrayList<>();
            for (int op = 0; op < 1 + random.nextInt(3); op++) {
                if (random.nextBoolean()) {
                    removed.add(read.get(random.nextInt(read.size())));
                } else {
                    Node p = predicates.get(random.nextInt(predicates.size()));
                    Node s = pick(subjects.get(random.nextInt(4) == 0 ? pick(predicates, random) : p), random);
                    Node o = pick(objects.get(p), random);
                    added.add(Triple.create(s, p, o));
                }
            }
            changedSomething += assertAgrees(step, closure, added, removed).isEmpty() ? 0 : 1;
        }
        assertTrue(changedSomething > 0, "some changes leave conclusions to compare");
    }

    /**
     * Applies the change to {@code closure}, checks that the conclusions derived around it equal a full run's, undoes
     * it, and returns the conclusions after the change.
     */
    private static Set<Triple> assertAgrees(ComputedStep step, Graph closure, List<Triple> add, List<Triple> remove) {
        Graph previous = derive(step, closure);
        Set<Triple> changed = new LinkedHashSet<>();
        List<Triple> undoAdd = new ArrayList<>();
        List<Triple> undoRemove = new ArrayList<>();
        for (Triple t : remove) {
            if (closure.contains(t)) {
                closure.delete(t);
                undoRemove.add(t);
                changed.add(t);
            }
        }
        for (Triple t : add) {
            if (!closure.contains(t)) {
                closure.add(t);
                undoAdd.add(t);
                changed.add(t);
            }
        }
        try {
            Set<Triple> expected = derive(step, closure).find().toSet();
            Set<Triple> around = previous.find().toSet();
            changed.removeIf(t -> !step.reads(t));
            if (!changed.isEmpty()) {
                ComputedStep.Scope scope = step.scope(closure, changed, previous).orElseThrow();
                around.removeAll(scope.earlier());
                Conclusions out = new Conclusions();
                scope.derive(closure, out);
                out.graph().find().forEachRemaining(around::add);
            }
            assertEquals(sorted(expected), sorted(around), () -> step.name() + " around the change: add " + undoAdd
                    + ", remove " + undoRemove);
            return expected;
        } finally {
            undoAdd.forEach(closure::delete);
            undoRemove.forEach(closure::add);
        }
    }

    private static Graph derive(ComputedStep step, Graph closure) {
        Conclusions out = new Conclusions();
        step.derive(closure, out);
        return out.graph();
    }

    private static Set<String> sorted(Set<Triple> triples) {
        Set<String> out = new TreeSet<>();
        triples.forEach(t -> out.add(t.toString()));
        return out;
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static Node ex(String local) {
        return NodeFactory.createURI("https://example.org/id/" + local);
    }
}
