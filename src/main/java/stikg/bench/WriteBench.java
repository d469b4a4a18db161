package stikg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import stikg.vocab.Sti;

/**
 * Latency of one-triple writes, insert and delete, sent as SPARQL updates ({@code INSERT DATA}, {@code DELETE DATA})
 * over HTTP by an authorised writer to a running stikg service, with one and with several concurrent writers; once
 * to a service whose writes keep the inferred graph in step (as {@code stikg serve} does) and once to a service over
 * the same store with inference off (the cost of the write alone: HTTP, the update, the shapes check, the commit).
 * Each write is "programme P supports technology T" for a programme and a technology of the data that were not
 * linked: a write that the rules follow far (what P contributes to and its broader areas, what the agencies running
 * P are engaged in, related technologies).
 */
public final class WriteBench {

    /** A running service taking writes; closing it stops it. */
    public interface Service extends AutoCloseable {
        /** The SPARQL update endpoint. */
        String updateUrl();

        /** The value of the {@code Authorization} header of an authorised writer. */
        String authorization();

        @Override
        void close();
    }

    /** Starts a service over the store measured, with or without inference on writes. */
    public interface Services {
        Service start(boolean inference);
    }

    /** The graph the benchmark writes into: a user graph, outside the built ones. */
    static final Node GRAPH = NodeFactory.createURI("urn:stikg:bench:writes");
    private static final Node SUPPORTS = Sti.term("supports");
    private static final int[] WRITERS = {1, 8};
    /** Writes (each an insert and its delete) sent before measuring, so that neither side pays the JIT's warm-up. */
    private static final int WARM_UP = 5;

    private final Progress progress;
    private final int writes;

    /** @param writes one-triple inserts (and as many deletes) per configuration */
    public WriteBench(Progress progress, int writes) {
        this.progress = progress;
        this.writes = writes;
    }

    /**
     * Measures a store through {@code services}: every configuration without inference first, then (after one write
     * that primes the incremental inference, a full run over the store, timed apart) the same with it. The store is
     * left as it was: each insert is deleted again.
     *
     * @param candidates quads to write ({@link #candidates}), at least one
     */
    public List<Measurements.Write> run(String dataset, List<Quad> candidates, Services services) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<double[][]> off = new ArrayList<>();
        try (Service s = services.start(false)) {
            warmUp(s, candidates);
            for (int w : WRITERS) {
                progress.say("dataset %s: %d one-triple inserts and deletes over HTTP, %d writer(s), inference off",
                        dataset, writes, w);
                off.add(round(s, candidates, w));
            }
        }
        List<Measurements.Write> out = new ArrayList<>();
        try (Service s = services.start(true)) {
            progress.say("dataset %s: priming the incremental inference (one full run)", dataset);
            Writer first = new Writer(s);
            long t0 = System.nanoTime();
            first.write(candidates.get(0), true);
            first.write(candidates.get(0), false);
            double primeMs = (System.nanoTime() - t0) / 1e6;
            warmUp(s, candidates);
            for (int i = 0; i < WRITERS.length; i++) {
                int w = WRITERS[i];
                progress.say("dataset %s: %d one-triple inserts and deletes over HTTP, %d writer(s), inference on",
                        dataset, writes, w);
                double[][] on = round(s, candidates, w);
                out.add(figures(dataset, w, "insert", on[0], off.get(i)[0], primeMs));
                out.add(figures(dataset, w, "delete", on[1], off.get(i)[1], primeMs));
            }
        }
        return out;
    }

    /** p50 and p99 (nearest rank) of latencies with inference on and off, in ms. */
    static Measurements.Write figures(String dataset, int writers, String op, double[] on, double[] off,
            double primeMs) {
        double[] a = on.clone();
        double[] b = off.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return new Measurements.Write(dataset, writers, op, a.length, Summary.percentile(a, 50),
                Summary.percentile(a, 99), Summary.percentile(b, 50), Summary.percentile(b, 99), primeMs);
    }

    private void warmUp(Service s, List<Quad> candidates) {
        Writer writer = new Writer(s);
        for (int i = 0; i < WARM_UP; i++) {
            Quad q = candidates.get((i + 1) % candidates.size());
            writer.write(q, true);
            writer.write(q, false);
        }
    }

    /**
     * {@code writes} inserts, each followed by its delete, spread over {@code writers} threads with a connection
     * each; latencies (ms) of the inserts and of the deletes.
     */
    private double[][] round(Service service, List<Quad> candidates, int writers) {
        List<Double> inserts = Collections.synchronizedList(new ArrayList<>());
        List<Double> deletes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int first = w;
                done.add(pool.submit(() -> {
                    Writer writer = new Writer(service);
                    start.await();
                    for (int i = first; i < writes; i += writers) {
                        Quad q = candidates.get(i % candidates.size());
                        long t0 = System.nanoTime();
                        writer.write(q, true);
                        long t1 = System.nanoTime();
                        writer.write(q, false);
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
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("write benchmark failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        return new double[][] {toArray(inserts), toArray(deletes)};
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The update that inserts or deletes one quad. */
    static String update(Quad q, boolean insert) {
        return (insert ? "INSERT DATA" : "DELETE DATA") + " { GRAPH <" + q.getGraph().getURI() + "> { <"
                + q.getSubject().getURI() + "> <" + q.getPredicate().getURI() + "> <" + q.getObject().getURI() + "> } }";
    }

    /** One writer: its own HTTP/1.1 connection (kept alive), sending one update at a time. */
    private static final class Writer {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Service service;

        Writer(Service service) {
            this.service = service;
        }

        void write(Quad q, boolean insert) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.updateUrl()))
                    .header("Content-Type", "application/sparql-update; charset=utf-8")
                    .header("Authorization", service.authorization())
                    .timeout(Duration.ofSeconds(300))
                    .POST(HttpRequest.BodyPublishers.ofString(update(q, insert), StandardCharsets.UTF_8)).build();
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    throw new IllegalStateException("the service answered " + r.statusCode() + " to " + update(q, insert)
                            + ": " + r.body().lines().findFirst().orElse(""));
                }
            } catch (IOException e) {
                throw new IllegalStateException("write failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** The {@code Authorization} header of HTTP basic authentication. */
    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Pairs (programme that supports something, technology some other programme supports) not yet linked, as quads
     * of {@link #GRAPH}; read inside a read transaction.
     */
    static List<Quad> candidates(DatasetGraph store, int n, Random random) {
        List<Node> programmes = new ArrayList<>();
        List<Node> technologies = new ArrayList<>();
        Set<Node> seenP = new HashSet<>();
        Set<Node> seenT = new HashSet<>();
        store.findNG(Node.ANY, Node.ANY, SUPPORTS, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI()) {
                if (seenP.add(q.getSubject())) {
                    programmes.add(q.getSubject());
                }
                if (seenT.add(q.getObject())) {
                    technologies.add(q.getObject());
                }
            }
        });
        List<Quad> out = new ArrayList<>();
        Set<Quad> chosen = new HashSet<>();
        for (int tries = 0; out.size() < n && tries < 20 * n && !programmes.isEmpty(); tries++) {
            Node p = programmes.get(random.nextInt(programmes.size()));
            Node t = technologies.get(random.nextInt(technologies.size()));
            Quad q = Quad.create(GRAPH, p, SUPPORTS, t);
            if (!store.findNG(Node.ANY, p, SUPPORTS, t).hasNext() && chosen.add(q)) {
                out.add(q);
            }
        }
        return out;
    }
}
