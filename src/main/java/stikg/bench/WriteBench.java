package stikg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import stikg.reason.IncrementalInference;
import stikg.reason.InferenceMaintainer;
import stikg.vocab.Graphs;
import stikg.vocab.Sti;

/**
 * Latency of one-triple writes, insert and delete, with one and with several concurrent writers, with the inferred
 * graph kept up to date and without (the cost of the write alone). Each write is "programme P supports technology
 * T" for a programme and a technology of the data that were not linked: a write that the rules follow far (what P
 * contributes to and its broader areas, what the agencies running P are engaged in, related technologies).
 *
 * <p>Writes go through a {@link Target}: today one write transaction on the store that records the change as an
 * RDF Patch and calls an {@link InferenceMaintainer} before committing, which is what the service's write path
 * does; a target that sends SPARQL updates to a running service measures the same through HTTP.
 */
public final class WriteBench {

    /** Where a one-triple write goes; {@code inference} says whether the inferred graph is kept up to date. */
    public interface Target {
        /** @return the milliseconds the write spent on inference, when the target can tell (else NaN) */
        double write(Quad quad, boolean insert, boolean inference);
    }

    /** Writes in one transaction on a store, with the change recorded as a patch and handed to {@code maintainer}. */
    public static Target onStore(DatasetGraph store, Graphs graphs, InferenceMaintainer maintainer) {
        return (quad, insert, inference) -> {
            store.begin(TxnType.WRITE);
            try {
                RDFChangesCollector changes = new RDFChangesCollector();
                DatasetGraph tracked = RDFPatchOps.changes(store, changes);
                if (insert) {
                    tracked.add(quad);
                } else {
                    tracked.delete(quad);
                }
                double ms = 0;
                if (inference) {
                    long t0 = System.nanoTime();
                    maintainer.maintain(store, graphs, changes.getRDFPatch());
                    ms = (System.nanoTime() - t0) / 1e6;
                }
                store.commit();
                return ms;
            } catch (RuntimeException | Error e) {
                store.abort();
                throw e;
            } finally {
                store.end();
            }
        };
    }

    private static final Node SUPPORTS = Sti.term("supports");
    private static final Node USER = NodeFactory.createURI("urn:stikg:bench:writes");
    private static final int[] WRITERS = {1, 8};

    private final Progress progress;
    private final int writes;

    /** @param writes one-triple inserts (and as many deletes) per configuration */
    public WriteBench(Progress progress, int writes) {
        this.progress = progress;
        this.writes = writes;
    }

    /**
     * Measures a store: first every configuration without inference, then (after one write that primes the
     * maintainer, a full run) the same with it. The store is left as it was (each insert is deleted again).
     */
    public List<Measurements.Write> run(String dataset, DatasetGraph store, Graphs graphs, IncrementalInference maintainer) {
        List<Quad> candidates = Txn.calculateRead(store, () -> candidates(store, 8 * writes, new Random(19)));
        if (candidates.isEmpty()) {
            return List.of();
        }
        Target target = onStore(store, graphs, maintainer);
        List<Measurements.Write> out = new ArrayList<>();
        List<double[][]> off = new ArrayList<>();
        for (int w : WRITERS) {
            progress.say("dataset %s: %d one-triple inserts and deletes, %d writer(s), inference off", dataset, writes, w);
            off.add(round(target, candidates, w, false));
        }
        progress.say("dataset %s: priming the incremental inference (one full run)", dataset);
        long t0 = System.nanoTime();
        target.write(candidates.get(0), true, true);
        target.write(candidates.get(0), false, true);
        double primeMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < WRITERS.length; i++) {
            int w = WRITERS[i];
            progress.say("dataset %s: %d one-triple inserts and deletes, %d writer(s), inference on", dataset, writes, w);
            double[][] on = round(target, candidates, w, true);
            out.add(figures(dataset, w, "insert", on[0], off.get(i)[0], on[2], primeMs));
            out.add(figures(dataset, w, "delete", on[1], off.get(i)[1], on[3], primeMs));
        }
        return out;
    }

    private static Measurements.Write figures(String dataset, int writers, String op, double[] on, double[] off,
            double[] inference, double primeMs) {
        double[] a = on.clone();
        double[] b = off.clone();
        double[] c = inference.clone();
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        java.util.Arrays.sort(c);
        return new Measurements.Write(dataset, writers, op, a.length, Summary.percentile(a, 50), Summary.percentile(a, 99),
                Summary.percentile(b, 50), Summary.percentile(b, 99), Summary.percentile(c, 50),
                Summary.percentile(c, 99), primeMs);
    }

    /** {@code writes} inserts then deletes spread over {@code writers} threads; latencies (ms) of each kind. */
    private double[][] round(Target target, List<Quad> candidates, int writers, boolean inference) {
        List<Double> inserts = Collections.synchronizedList(new ArrayList<>());
        List<Double> deletes = Collections.synchronizedList(new ArrayList<>());
        List<Double> insertInference = Collections.synchronizedList(new ArrayList<>());
        List<Double> deleteInference = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int first = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = first; i < writes; i += writers) {
                        Quad q = candidates.get(i % candidates.size());
                        long t0 = System.nanoTime();
                        insertInference.add(target.write(q, true, inference));
                        long t1 = System.nanoTime();
                        deleteInference.add(target.write(q, false, inference));
                        long t2 = System.nanoTime();
                        inserts.add((t1 - t0) / 1e6);
                        deletes.add((t2 - t1) / 1e6);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("write benchmark failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new double[][] {toArray(inserts), toArray(deletes), toArray(insertInference), toArray(deleteInference)};
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Pairs (programme that supports something, technology some other programme supports) not yet linked. */
    static List<Quad> candidates(DatasetGraph store, int n, Random random) {
        List<Node> programmes = new ArrayList<>();
        List<Node> technologies = new ArrayList<>();
        Set<Node> seenP = new java.util.HashSet<>();
        Set<Node> seenT = new java.util.HashSet<>();
        store.findNG(Node.ANY, Node.ANY, SUPPORTS, Node.ANY).forEachRemaining(q -> {
            if (seenP.add(q.getSubject())) {
                programmes.add(q.getSubject());
            }
            if (seenT.add(q.getObject())) {
                technologies.add(q.getObject());
            }
        });
        List<Quad> out = new ArrayList<>();
        Set<Quad> chosen = new java.util.HashSet<>();
        for (int tries = 0; out.size() < n && tries < 20 * n && !programmes.isEmpty(); tries++) {
            Node p = programmes.get(random.nextInt(programmes.size()));
            Node t = technologies.get(random.nextInt(technologies.size()));
            Quad q = Quad.create(USER, p, SUPPORTS, t);
            if (!store.findNG(Node.ANY, p, SUPPORTS, t).hasNext() && chosen.add(q)) {
                out.add(q);
            }
        }
        return out;
    }
}
