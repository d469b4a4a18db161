package stikg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every figure one benchmark run measured, in the order the report shows them. */
public final class Measurements {

    /** A corpus a run measured: the shipped data or a synthetic scale. */
    public record Dataset(String name, int sourceFiles, int lexiconFiles, long triples, long inferred) {
    }

    /**
     * Build times of one dataset: our pipeline (total and per step, seconds) and Jena's TDB2 bulk loader over the
     * N-Quads our build produced (seconds), plus the heap of the build.
     */
    public record Build(String dataset, long triples, long inferred, Summary total, Map<String, Summary> steps,
            long quads, String loader, Summary bulk, long peakHeapBytes, long liveHeapBytes) {

        public Summary ourRate() {
            return total.inverseTimes(triples);
        }

        public Summary bulkRate() {
            return bulk.inverseTimes(quads);
        }

        /** Our rate over the bulk loader's, medians of the same run. */
        public double ratio() {
            return ourRate().median() / bulkRate().median();
        }
    }

    /** Latency of one library query over HTTP, in milliseconds. */
    /**
     * One library query on one server. {@code p50}, {@code p99}, {@code min} and {@code max} are of answers computed
     * for each request ({@code Cache-Control: no-cache}); {@code servedP50} and {@code servedP99} are of the same
     * query sent again as a client would, answered from the answer cache while no write comes between (NaN where
     * not measured).
     */
    public record Query(String dataset, String query, boolean inferredGraph, boolean selective, int rows, int runs,
            int errors, double p50, double p99, double min, double max, double servedP50, double servedP99) {

        public Query(String dataset, String query, boolean inferredGraph, boolean selective, int rows, int runs,
                int errors, double p50, double p99, double min, double max) {
            this(dataset, query, inferredGraph, selective, rows, runs, errors, p50, p99, min, max, Double.NaN,
                    Double.NaN);
        }
    }

    /** Requests per second with a number of concurrent clients, stikg and plain Fuseki, rounds alternating. */
    public record Service(String dataset, int clients, Summary stikg, Summary plain, int errors) {
        public double ratio() {
            return stikg.median() / plain.median();
        }
    }

    /**
     * Cold start of the jar to the first answered query (seconds), as a plain JVM and mapping a class-data archive
     * as the launcher does ({@code null} when no archive could be written), and the server's heap afterwards (bytes).
     */
    public record Startup(String dataset, Summary seconds, Summary withArchive, long heapUsed, long heapLive) {
    }

    /**
     * Latency (ms) of one-triple writes of one kind ({@code insert} or {@code delete}) over HTTP with a number of
     * concurrent writers, with the inferred graph kept in step ({@code on}) and without ({@code off}); {@code primeMs}
     * is the first write after the service started, which starts the incremental inference with one full run.
     */
    public record Write(String dataset, int writers, String op, int n, double onP50, double onP99, double offP50,
            double offP99, double primeMs) {
        /** What inference costs a write: p50 on over p50 off. */
        public double ratio() {
            return onP50 / offP50;
        }
    }

    /**
     * One query over the union default graph (as served) and over the same triples in a plain default graph: rows of
     * each (they should agree), runs, p50 in ms of each.
     */
    public record DefaultGraph(String dataset, String query, int unionRows, int plainRows, int runs, double unionP50,
            double plainP50) {
        public double ratio() {
            return unionP50 / plainP50;
        }
    }

    /** The link import figure, or why there is none. */
    public record LinkImport(String status, Summary ours, Summary riot, long fileBytes, long peakHeapBytes,
            long maxHeapBytes) {
    }

    public final List<Dataset> datasets = new ArrayList<>();
    public final List<Build> builds = new ArrayList<>();
    public final List<Query> queries = new ArrayList<>();
    public final List<Service> services = new ArrayList<>();
    public final List<Startup> startups = new ArrayList<>();
    public final List<Write> writes = new ArrayList<>();
    public final List<DefaultGraph> defaultGraphs = new ArrayList<>();
    public LinkImport link;
    public final List<String> notes = new ArrayList<>();
}
