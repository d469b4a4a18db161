package stikg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.bench.CorpusGenerator;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.vocab.Graphs;

/**
 * Incremental inference is exact: after every write of a random sequence of inserts and deletes (new facts that
 * the rules join on, facts already concluded, removals of curated facts and of the ontology's own axioms, writes
 * that are aborted), the inferred graph and the contradictions are what a full recompute gives over the same data.
 * Seeds are fixed, so a failure repeats.
 */
class IncrementalInferenceTest {

    private static final Graphs GRAPHS = Graphs.standard();
    private static final Node USER = NodeFactory.createURI("urn:ex:user-writes");
    private static final Node INFERRED = NodeFactory.createURI(GRAPHS.inferred());

    @TempDir
    Path tmp;

    @Test
    void givenTheShippedGraph_whenRandomWritesAreMaintainedIncrementally_thenEachStepEqualsAFullRecompute() {
        BuildConfig config = BuildConfig.standard(ReasonFixtures.PROJECT);
        Materializer materializer = new Materializer(RuleSet.read(config.rulesDir()));
        DatasetGraph store = load(new GraphCompiler(config, Clock.systemUTC()).compile().graphs());
        runRandomWrites(store, materializer, new Random(19), 40, true);
    }

    @Test
    void givenACorpusOfAHundredThousandTriples_whenRandomWritesAreMaintainedIncrementally_thenEachStepEqualsAFullRecompute() {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(42).write(tmp.resolve("corpus"), 100_000);
        BuildConfig config = BuildConfig.standard(ReasonFixtures.PROJECT).withSources(corpus.sources())
                .withLexicon(corpus.lexicon());
        Materializer materializer = new Materializer(RuleSet.read(config.rulesDir()));
        DatasetGraph store = load(new GraphCompiler(config, Clock.systemUTC()).compile().graphs());
        runRandomWrites(store, materializer, new Random(1905), 6, false);
    }

    @Test
    void givenARuleWithNoValue_thenEveryWriteIsAFullRecomputeAndStillExact() {
        RuleSet rules = RuleSet.parse("t.rules", """
                @prefix ex: <urn:ex:> .
                [lonely: (?x ex:p ?y) noValue(?y, ex:p) -> (?x ex:q ?y)]
                """);
        Materializer materializer = new Materializer(rules);
        IncrementalInference maintainer = new IncrementalInference(materializer);
        assertEquals(1, maintainer.notIncremental().size(), maintainer.notIncremental().toString());
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Node a = NodeFactory.createURI("urn:ex:a");
        Node b = NodeFactory.createURI("urn:ex:b");
        Node c = NodeFactory.createURI("urn:ex:c");
        Node p = NodeFactory.createURI("urn:ex:p");
        write(store, maintainer, List.of(Quad.create(USER, a, p, b)), List.of(), false);
        assertTrue(Txn.calculateRead(store, () -> store.contains(INFERRED, a, NodeFactory.createURI("urn:ex:q"), b)));
        write(store, maintainer, List.of(Quad.create(USER, b, p, c)), List.of(), false);
        assertEquals(List.of(), mismatch(store, materializer));
        assertEquals(2, maintainer.fullRuns());
    }

    @Test
    void givenAStoreNotAttached_whenWritten_thenTheFirstWriteIsAFullRecomputeAndLaterWritesFollowIncrementally()
            throws InterruptedException {
        Materializer materializer = new Materializer(ReasonFixtures.rules());
        DatasetGraph store = load(ReasonFixtures.compile("editions").graphs());
        IncrementalInference maintainer = new IncrementalInference(materializer);
        Random random = new Random(7);
        Terms terms = Txn.calculateRead(store, () -> Terms.of(store, ruleProperties(materializer.rules())));
        Terms stepTerms = Txn.calculateRead(store, () -> Terms.of(store, stepProperties(store, materializer)));

        write(store, maintainer, List.of(Quad.create(USER, terms.newFact(random))), List.of(), false);
        for (int i = 0; i < 200 && !maintainer.attached(store); i++) {
            Thread.sleep(50); // attaching waits until the write above has ended
        }
        assertTrue(maintainer.attached(store));
        for (int i = 0; i < 4; i++) {
            write(store, maintainer, List.of(Quad.create(USER, terms.newFact(random))), List.of(), false);
        }

        assertEquals(List.of(), mismatch(store, materializer));
        assertEquals(2, maintainer.fullRuns(), "the unattached write, then the start of the incremental state");
    }

    @Test
    void givenAWriteCommittedWithoutTheMaintainer_whenTheNextWriteComes_thenItStartsAgainFromAFullRun() {
        Materializer materializer = new Materializer(ReasonFixtures.rules());
        DatasetGraph store = load(ReasonFixtures.compile("editions").graphs());
        IncrementalInference maintainer = new IncrementalInference(materializer);
        maintainer.attach(store);
        Random random = new Random(8);
        Terms terms = Txn.calculateRead(store, () -> Terms.of(store, ruleProperties(materializer.rules())));
        Terms stepTerms = Txn.calculateRead(store, () -> Terms.of(store, stepProperties(store, materializer)));
        write(store, maintainer, List.of(Quad.create(USER, terms.newFact(random))), List.of(), false);
        write(store, maintainer, List.of(Quad.create(USER, terms.newFact(random))), List.of(), false);
        assertEquals(1, maintainer.fullRuns());

        Triple behindItsBack = terms.newFact(random);
        Txn.executeWrite(store, () -> store.add(Quad.create(USER, behindItsBack)));
        write(store, maintainer, List.of(Quad.create(USER, terms.newFact(random))), List.of(), false);

        assertEquals(2, maintainer.fullRuns());
        assertEquals(List.of(), mismatch(store, materializer));
    }

    @Test
    void givenACycleWrittenAndTakenBack_thenTheContradictionIsReportedAndThenGoneAsAFullRunWouldSay() {
        Materializer materializer = new Materializer(ReasonFixtures.rules());
        DatasetGraph store = load(ReasonFixtures.compile("editions").graphs());
        IncrementalInference maintainer = new IncrementalInference(materializer);
        maintainer.attach(store);
        Quad cycle = Quad.create(USER, ReasonFixtures.triple("rx-lab sti:partOf rx-lab"));

        List<String> with = write(store, maintainer, List.of(cycle), List.of(), false);
        List<String> without = write(store, maintainer, List.of(), List.of(cycle), false);

        assertEquals(1, with.size(), with.toString());
        assertTrue(with.get(0).contains("is part of itself"), with.get(0));
        assertEquals(Txn.calculateRead(store, () -> materializer.infer(Materializer.asserted(store, GRAPHS, Set.of()))
                .contradictions()), without);
        assertEquals(List.of(), mismatch(store, materializer));
    }

    /** Loads a build's graphs into an in-memory TDB2 store. */
    private static DatasetGraph load(Map<String, Graph> graphs) {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> graphs.forEach((name, g) -> {
            Node gn = NodeFactory.createURI(name);
            g.find().forEachRemaining(t -> store.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
        return store;
    }

    /**
     * @param axioms whether to remove statements of the ontology too (each takes back and re-derives a large part
     *     of the store: kept to the smaller graph, where it stays fast)
     */
    private void runRandomWrites(DatasetGraph store, Materializer materializer, Random random, int steps,
            boolean axioms) {
        IncrementalInference maintainer = new IncrementalInference(materializer);
        maintainer.attach(store);
        assertEquals(List.of(), maintainer.notIncremental(), "the shipped rules can all be followed incrementally");
        Terms terms = Txn.calculateRead(store, () -> Terms.of(store, ruleProperties(materializer.rules())));
        Terms stepTerms = Txn.calculateRead(store, () -> Terms.of(store, stepProperties(store, materializer)));
        List<Quad> mine = new ArrayList<>();
        int aborted = 0;
        int contradicted = 0;
        for (int step = 0; step < steps; step++) {
            List<Quad> adds = new ArrayList<>();
            List<Quad> deletes = new ArrayList<>();
            int ops = 1 + random.nextInt(3);
            for (int i = 0; i < ops; i++) {
                int kind = random.nextInt(10);
                if (kind < 3) {
                    adds.add(Quad.create(USER, terms.newFact(random))); // a fact the rules join on
                } else if (kind < 4) {
                    adds.add(Quad.create(USER, stepTerms.newFact(random))); // a fact a counting step reads
                } else if (kind < 5) {
                    Triple concluded = Txn.calculateRead(store, () -> pick(store.getGraph(INFERRED), random));
                    if (concluded != null) {
                        adds.add(Quad.create(USER, concluded)); // state what was concluded
                    }
                } else if (kind < 7 && !mine.isEmpty()) {
                    deletes.add(mine.remove(random.nextInt(mine.size()))); // take back an earlier write
                } else if (kind < 9 || !axioms) {
                    deletes.add(Txn.calculateRead(store, () -> pickAsserted(store, random, false)));
                } else {
                    deletes.add(Txn.calculateRead(store, () -> pickAsserted(store, random, true))); // an axiom
                }
            }
            boolean abort = step > 0 && step % 7 == 3;
            String what = "step " + step + (abort ? " (aborted)" : "") + ": add " + adds + " delete " + deletes;
            List<String> reported = write(store, maintainer, adds, deletes, abort);
            if (abort) {
                aborted++;
            } else {
                adds.stream().filter(q -> q.getGraph().equals(USER)).forEach(mine::add);
                contradicted += reported.isEmpty() ? 0 : 1;
            }
            List<String> wrong = new ArrayList<>(mismatch(store, materializer));
            List<String> expected = Txn.calculateRead(store, () ->
                    materializer.infer(Materializer.asserted(store, GRAPHS, Set.of())).contradictions());
            if (!abort && !reported.equals(expected)) {
                wrong.add("contradictions reported " + reported + " but a full run finds " + expected);
            }
            if (!wrong.isEmpty()) {
                fail(what + "\n" + String.join("\n", wrong));
            }
        }
        assertTrue(aborted > 0 || steps < 4);
        System.out.printf("%d random writes, %d aborted, %d left the store with contradictions%n", steps, aborted,
                contradicted);
        assertEquals(1, maintainer.fullRuns(), "only the first write starts from a full run");
    }

    /** One write transaction: the change applied and recorded as a patch, the maintainer called, then commit or abort. */
    private static List<String> write(DatasetGraph store, InferenceMaintainer maintainer, List<Quad> adds,
            List<Quad> deletes, boolean abort) {
        store.begin(TxnType.WRITE);
        try {
            RDFChangesCollector collector = new RDFChangesCollector();
            DatasetGraph tracked = RDFPatchOps.changes(store, collector);
            deletes.forEach(tracked::delete);
            adds.forEach(tracked::add);
            RDFPatch patch = collector.getRDFPatch();
            List<String> contradictions = maintainer.maintain(store, GRAPHS, patch).contradictions();
            if (abort) {
                store.abort();
            } else {
                store.commit();
            }
            return contradictions;
        } catch (RuntimeException | Error e) {
            store.abort();
            throw e;
        } finally {
            store.end();
        }
    }

    /** What differs between the store's inferred graph and contradictions and those of a full recompute. */
    private static List<String> mismatch(DatasetGraph store, Materializer materializer) {
        return Txn.calculateRead(store, () -> {
            Graph asserted = Materializer.asserted(store, GRAPHS, Set.of());
            Materializer.Inference expected = materializer.infer(asserted);
            Graph actual = store.getGraph(INFERRED);
            List<String> wrong = new ArrayList<>();
            expected.graph().find().forEachRemaining(t -> {
                if (!actual.contains(t)) {
                    wrong.add("missing " + t);
                }
            });
            actual.find().forEachRemaining(t -> {
                if (!expected.graph().contains(t)) {
                    wrong.add("extra " + t);
                }
            });
            // the contradictions, recomputed incrementally the same way a write would report them
            if (wrong.size() > 20) {
                return wrong.subList(0, 20);
            }
            return wrong;
        });
    }

    private static Triple pick(Graph g, Random random) {
        List<Triple> all = g.find().toList();
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    /** A curated fact (or, with {@code axiom}, a statement of the ontology graph) to delete. */
    private static Quad pickAsserted(DatasetGraph store, Random random, boolean axiom) {
        List<Quad> candidates = new ArrayList<>();
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String g = q.getGraph().getURI();
            boolean ontology = g.equals(GRAPHS.ontology());
            if (ontology == axiom && Materializer.isAssertedGraph(g, GRAPHS, Set.of())
                    && (random.nextInt(4) == 0 || axiom)) {
                candidates.add(q);
            }
        });
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** The properties the rules join on. */
    private static Set<Node> ruleProperties(RuleSet rules) {
        Set<Node> properties = new LinkedHashSet<>();
        for (Rule r : rules.rules()) {
            for (ClauseEntry c : r.getBody()) {
                if (c instanceof TriplePattern p && p.getPredicate().isURI()) {
                    properties.add(p.getPredicate());
                }
            }
        }
        return properties;
    }

    /** The properties of the store's triples that a derivation step reads (supports, groups, edition matches…). */
    private static Set<Node> stepProperties(DatasetGraph store, Materializer materializer) {
        Set<Node> properties = new LinkedHashSet<>();
        store.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (materializer.steps().stream().anyMatch(step -> step.reads(q.asTriple()))) {
                properties.add(q.getPredicate());
            }
        });
        return properties;
    }

    /** Terms of the data, by property, to make new facts of the given properties. */
    private record Terms(List<Node> properties, Map<Node, List<Node>> subjects, Map<Node, List<Node>> objects) {

        static Terms of(DatasetGraph store, Set<Node> properties) {
            Map<Node, List<Node>> subjects = new HashMap<>();
            Map<Node, List<Node>> objects = new HashMap<>();
            for (Node p : properties) {
                Set<Node> s = new LinkedHashSet<>();
                Set<Node> o = new LinkedHashSet<>();
                store.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    s.add(q.getSubject());
                    o.add(q.getObject());
                });
                subjects.put(p, new ArrayList<>(s));
                objects.put(p, new ArrayList<>(o));
            }
            return new Terms(new ArrayList<>(properties), subjects, objects);
        }

        /** A property the rules use, with a subject and an object found with it (or with another such property). */
        Triple newFact(Random random) {
            Node p = properties.get(random.nextInt(properties.size()));
            Node s = any(subjects.get(p), random);
            Node o = any(objects.get(p), random);
            return Triple.create(s, p, o);
        }

        private Node any(List<Node> candidates, Random random) {
            if (candidates.isEmpty() || random.nextInt(5) == 0) {
                Node q = properties.get(random.nextInt(properties.size()));
                List<Node> other = random.nextBoolean() ? subjects.get(q) : objects.get(q);
                if (!other.isEmpty()) {
                    return other.get(random.nextInt(other.size()));
                }
                return NodeFactory.createURI("urn:ex:fresh-" + random.nextInt(1000));
            }
            return candidates.get(random.nextInt(candidates.size()));
        }
    }
}
