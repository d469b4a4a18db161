package stikg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.BuildReport;
import stikg.store.StoreLocation;

/**
 * Times our build of one corpus, repeated, and in the same run Jena's TDB2 bulk loader over the N-Quads that
 * our build produced, loaded into a fresh database each time, the two taking turns.
 */
final class BuildBench {

    private final Progress progress;

    BuildBench(Progress progress) {
        this.progress = progress;
    }

    /** The figures and the store the last build left (for the query and service benchmarks). */
    record Outcome(Measurements.Build figures, StoreLocation store, BuildReport report) {
    }

    /** One build, untimed for the report: when only later parts need the store. */
    Outcome buildOnce(String dataset, BuildConfig config, Path work) {
        StoreLocation store = new StoreLocation(work.resolve("store"));
        StoreFiles.delete(store.root());
        BuildReport report = new Build(config, Clock.systemUTC()).into(store);
        progress.say("  built %s: %,d triples in %.2f s", dataset, report.totalTriples(), seconds(report.total()));
        return new Outcome(null, store, report);
    }

    /**
     * Our build and the bulk load, {@code repeat} times each, taking turns (build, bulk load, build, …): on a machine
     * whose load changes during the run, both sides then see about the same load, which a run of all builds and then
     * all bulk loads did not give (the ratio moved with the load, not with the code).
     */
    Outcome run(String dataset, BuildConfig config, Path work, int repeat) {
        List<Double> totals = new ArrayList<>();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        StoreLocation store = new StoreLocation(work.resolve("store"));
        BuildReport report = null;
        long peak = 0;
        long live = 0;
        Path nq = work.resolve("export.nq");
        long quads = 0;
        List<Double> bulk = new ArrayList<>();
        String loaderName = "";
        for (int i = 1; i <= repeat; i++) {
            StoreFiles.delete(store.root());
            HeapSampler.live();
            try (HeapSampler heap = new HeapSampler()) {
                report = new Build(config, Clock.systemUTC()).into(store);
                peak = Math.max(peak, heap.peak());
            }
            live = HeapSampler.live();
            totals.add(seconds(report.total()));
            report.steps().forEach((k, v) -> steps.computeIfAbsent(k, x -> new ArrayList<>()).add(seconds(v)));
            progress.say("  build %d/%d of %s: %,d triples in %.2f s %s", i, repeat, dataset, report.totalTriples(),
                    seconds(report.total()), stepText(report));
            if (i == 1) {
                quads = StoreFiles.exportNQuads(store, nq);
            }
            Path dir = work.resolve("bulk-tdb2");
            StoreFiles.delete(dir);
            HeapSampler.live();
            long t0 = System.nanoTime();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            loaderName = loader.getClass().getSimpleName();
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            TDBInternal.expel(dsg);
            bulk.add(s);
            progress.say("  TDB2 bulk load %d/%d of %s: %,d quads in %.2f s (%s)", i, repeat, dataset, quads, s, loaderName);
        }
        StoreFiles.delete(work.resolve("bulk-tdb2"));
        try {
            Files.deleteIfExists(nq);
        } catch (java.io.IOException e) {
            // a leftover export is harmless
        }
        Map<String, Summary> stepSummaries = new LinkedHashMap<>();
        steps.forEach((k, v) -> stepSummaries.put(k, Summary.of(v)));
        Measurements.Build figures = new Measurements.Build(dataset, report.totalTriples(), report.inferredTriples(),
                Summary.of(totals), stepSummaries, quads, loaderName, Summary.of(bulk), peak, live);
        return new Outcome(figures, store, report);
    }

    private static String stepText(BuildReport r) {
        StringBuilder sb = new StringBuilder("(");
        r.steps().forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(' ')
                .append(String.format("%.2f", seconds(v))));
        return sb.append(')').toString();
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
