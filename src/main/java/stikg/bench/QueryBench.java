package stikg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Latency of every library query over HTTP against one running server, one query at a time. */
final class QueryBench {

    /** Runs at least this many times, whatever the time budget. */
    static final int MIN_RUNS = 5;
    /** Runs at most this many times. */
    static final int MAX_RUNS = 300;
    /** Rounds of the whole workload before any query is measured, at most. */
    static final int WARM_UP_ROUNDS = 5;

    private final Progress progress;
    private final double budgetSeconds;

    QueryBench(Progress progress, double budgetSeconds) {
        this.progress = progress;
        this.budgetSeconds = budgetSeconds;
    }

    /**
     * Each query computed for every request; on the server with the inferred graph ({@code inferred}), also sent
     * again as a client would, answered from the answer cache.
     */
    List<Measurements.Query> run(String dataset, boolean inferred, String endpoint, List<Workload.Request> requests) {
        SparqlHttp http = new SparqlHttp(endpoint);
        SparqlHttp served = new SparqlHttp(endpoint, false);
        warmUp(inferred ? List.of(http, served) : List.of(http), requests);
        List<Measurements.Query> out = new ArrayList<>();
        for (Workload.Request r : requests) {
            SparqlHttp.Answer first = http.ask(r.text()); // the row count
            int rows = first.ok() ? first.rows() : -1;
            Latencies computed = time(http, r);
            double[] v = computed.ms();
            Latencies again = inferred ? time(served, r) : null;
            Measurements.Query m = new Measurements.Query(dataset, r.name(), inferred, r.selective(), rows, v.length,
                    computed.errors() + (first.ok() ? 0 : 1) + (again == null ? 0 : again.errors()),
                    Summary.percentile(v, 50), Summary.percentile(v, 99), v[0], v[v.length - 1],
                    again == null ? Double.NaN : Summary.percentile(again.ms(), 50),
                    again == null ? Double.NaN : Summary.percentile(again.ms(), 99));
            out.add(m);
            progress.say("  %-34s %s rows %6d  p50 %8.2f ms  p99 %8.2f ms  (%d runs%s)%s", r.name(),
                    inferred ? "with inferred   " : "without inferred", rows, m.p50(), m.p99(), m.runs(),
                    m.errors() > 0 ? ", " + m.errors() + " errors" : "",
                    again == null ? "" : String.format(java.util.Locale.ROOT, "  served again: p50 %.2f ms",
                            m.servedP50()));
        }
        return out;
    }

    /** Latencies of one query, sorted, and how many requests failed. */
    private record Latencies(double[] ms, int errors) {
    }

    private Latencies time(SparqlHttp http, Workload.Request r) {
        List<Double> ms = new ArrayList<>();
        int errors = 0;
        long start = System.nanoTime();
        while (ms.size() < MAX_RUNS) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (ms.size() >= MIN_RUNS && elapsed >= budgetSeconds) {
                break;
            }
            if (ms.size() >= 2 && elapsed >= 6 * budgetSeconds) {
                break; // a very slow query: a few runs tell enough
            }
            long t0 = System.nanoTime();
            SparqlHttp.Answer a = http.ask(r.text());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (!a.ok()) {
                errors++;
            }
        }
        double[] v = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return new Latencies(v, errors);
    }

    /**
     * Rounds of the whole workload, so that a server that just started (its code not yet compiled by the JIT) is
     * measured in its steady state, whatever the order of the queries: at least one round, then more until
     * {@link #WARM_UP_ROUNDS} or twice the time budget. Each round goes through every client that is measured, so
     * that the answer cache's path is as warm as evaluation's when the first query is served again.
     */
    private void warmUp(List<SparqlHttp> clients, List<Workload.Request> requests) {
        long start = System.nanoTime();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            if (round > 0 && (System.nanoTime() - start) / 1e9 >= 2 * budgetSeconds) {
                return;
            }
            for (Workload.Request r : requests) {
                clients.forEach(c -> c.ask(r.text()));
            }
        }
    }
}
