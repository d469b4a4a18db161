package stikg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of two servers under the same load: N clients on loopback, each sending the workload's queries one
 * after another for a fixed time. Rounds alternate between the servers (and which goes first), so both see the
 * same machine state; every loop is bounded by the round's deadline.
 */
final class ServiceBench {

    private final Progress progress;
    private final double seconds;
    private final int repeat;

    ServiceBench(Progress progress, double seconds, int repeat) {
        this.progress = progress;
        this.seconds = seconds;
        this.repeat = repeat;
    }

    List<Measurements.Service> run(String dataset, String stikgEndpoint, String plainEndpoint, List<String> queries,
            int[] clientCounts) {
        for (String endpoint : List.of(stikgEndpoint, plainEndpoint)) {
            SparqlHttp http = new SparqlHttp(endpoint);
            for (String q : queries) {
                for (int i = 0; i < 3; i++) {
                    http.ask(q); // warm-up of both servers
                }
            }
        }
        List<Measurements.Service> out = new ArrayList<>();
        for (int clients : clientCounts) {
            List<Double> ours = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            long errors = 0;
            for (int round = 0; round < repeat; round++) {
                boolean oursFirst = round % 2 == 0;
                for (int half = 0; half < 2; half++) {
                    boolean isOurs = (half == 0) == oursFirst;
                    long[] result = load(isOurs ? stikgEndpoint : plainEndpoint, queries, clients);
                    double qps = result[0] / seconds;
                    errors += result[1];
                    (isOurs ? ours : plain).add(qps);
                }
            }
            Measurements.Service s = new Measurements.Service(dataset, clients, Summary.of(ours), Summary.of(plain),
                    (int) errors);
            progress.say("  %2d clients: stikg %8.1f q/s, plain Fuseki %8.1f q/s (medians of %d), ratio %.3f%s", clients,
                    s.stikg().median(), s.plain().median(), repeat, s.ratio(), errors > 0 ? ", " + errors + " errors" : "");
            out.add(s);
        }
        return out;
    }

    /** Completed requests and errors in one round. */
    private long[] load(String endpoint, List<String> queries, int clients) {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                SparqlHttp http = new SparqlHttp(endpoint);
                int i = offset;
                while (System.nanoTime() < deadline) {
                    SparqlHttp.Answer a = http.ask(queries.get(i++ % queries.size()));
                    if (System.nanoTime() > deadline) {
                        break; // finished after the round: not counted
                    }
                    (a.ok() ? done : failed).incrementAndGet();
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new long[] {done.get(), failed.get()};
    }
}
