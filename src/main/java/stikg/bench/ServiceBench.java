package stikg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of two servers under the same load: N clients on loopback, each sending the workload's queries one
 * after another until the round's deadline. Rounds alternate between the servers (and which goes first), so both
 * see the same machine state. A request sent before the deadline is waited for and counted, and the round lasts
 * until the last one is answered: a round shorter than one slow answer then still measures a rate, not zero.
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
                    Round r = load(isOurs ? stikgEndpoint : plainEndpoint, queries, clients);
                    errors += r.failed();
                    (isOurs ? ours : plain).add(r.answeredPerSecond());
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

    /** Requests answered and failed in one round, and how long the round took until its last answer. */
    private record Round(long answered, long failed, long nanos) {
        double answeredPerSecond() {
            return answered / (nanos / 1e9);
        }
    }

    private Round load(String endpoint, List<String> queries, int clients) {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                SparqlHttp http = new SparqlHttp(endpoint);
                int i = offset;
                while (System.nanoTime() < deadline) {
                    SparqlHttp.Answer a = http.ask(queries.get(i++ % queries.size()));
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
        return new Round(done.get(), failed.get(), System.nanoTime() - start);
    }
}
