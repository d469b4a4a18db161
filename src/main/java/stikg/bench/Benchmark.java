package stikg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import stikg.pipeline.BuildConfig;
import stikg.query.QueryLibrary;
import stikg.reason.RuleSet;
import stikg.reason.ShapesCheck;
import stikg.serve.Limits;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.serve.WriteInference;
import stikg.store.GraphStore;
import stikg.store.LiveStore;
import stikg.store.StoreLocation;

/** One benchmark run: every dataset in turn through the selected parts, then the report. */
public final class Benchmark {

    private static final int[] CLIENTS = {1, 4, 16};
    /** One-triple inserts (and deletes) per write configuration. */
    private static final int WRITES = 40;

    private final BenchOptions options;
    private final BuildConfig shipped;
    private final Progress progress;
    private final Measurements m = new Measurements();

    /** {@code shipped}: the build configuration of the checkout (its data/ is the "shipped" dataset). */
    public Benchmark(BenchOptions options, BuildConfig shipped, Progress progress) {
        this.options = options;
        this.shipped = shipped;
        this.progress = progress;
    }

    public Measurements measurements() {
        return m;
    }

    /** Runs everything selected and writes the report; returns its text. */
    public String run(String commandLine) throws IOException {
        Machine machine = Machine.current();
        Path work = options.work().toAbsolutePath().normalize();
        Files.createDirectories(work);
        progress.say("stikg bench: %s; work folder %s", machine.facts(), work);
        List<Dataset> datasets = new ArrayList<>();
        datasets.add(new Dataset("shipped", shipped, null));
        CorpusGenerator generator = new CorpusGenerator(options.seed());
        for (long scale : options.scales()) {
            String name = BenchOptions.scaleName(scale);
            Path dir = work.resolve("corpus-" + name.replace("^", ""));
            StoreFiles.delete(dir);
            CorpusGenerator.Corpus corpus = generator.write(dir, scale);
            progress.say("generated %s: %d plans of %d countries in %s", name, corpus.plans(), corpus.countries(), dir);
            datasets.add(new Dataset(name, shipped.withSources(corpus.sources()).withLexicon(corpus.lexicon()), corpus));
        }
        for (int i = 0; i < datasets.size(); i++) {
            runDataset(datasets.get(i), work, i == 0 || i == datasets.size() - 1);
        }
        if (options.runs("link")) {
            progress.say("link import");
            Optional<Path> jar = ChildJvm.jar(shipped.projectRoot());
            if (jar.isEmpty()) {
                m.link = new Measurements.LinkImport("not measured: no fat jar (run mvn package)", null, null, 0, 0, 0);
            } else {
                Path store = work.resolve("link-store");
                new stikg.pipeline.Build(shipped, java.time.Clock.systemUTC()).into(new StoreLocation(store));
                m.link = new LinkImportBench(progress).run(jar.get(), work.resolve("link"), List.of("--project",
                        shipped.projectRoot().toString(), "--store", store.toString(), "--source", "bench-dump",
                        "--filter", "http://www.wikidata.org/entity/Q7"), options.repeat());
            }
        }
        m.notes.add("Load average (1, 5, 15 min) at the start: " + machine.facts().get("load average at start")
                + "; at the end: " + Machine.loadAverage() + ". On 2 cores, anything above about 1 means other work "
                + "competed with the benchmark, which makes single figures noisy; the ratios compare figures taken "
                + "alternately in the same minutes.");
        String text = new BenchReport(machine, m, commandLine).render();
        Path out = options.out().toAbsolutePath();
        Files.writeString(out, text, StandardCharsets.UTF_8);
        progress.say("wrote %s", out);
        if (!options.keep()) {
            StoreFiles.delete(work);
        }
        return text;
    }

    private record Dataset(String name, BuildConfig config, CorpusGenerator.Corpus corpus) {
    }

    private void runDataset(Dataset d, Path work, boolean startup) throws IOException {
        Path dir = work.resolve("ds-" + d.name().replace("^", ""));
        StoreFiles.delete(dir);
        Files.createDirectories(dir);
        progress.say("dataset %s: build%s", d.name(), options.runs("build") ? " x" + options.repeat() + " and TDB2 bulk load" : " once");
        BuildBench.Outcome built;
        if (options.runs("build")) {
            built = new BuildBench(progress).run(d.name(), d.config(), dir, options.repeat());
            m.builds.add(built.figures());
        } else {
            built = new BuildBench(progress).buildOnce(d.name(), d.config(), dir);
        }
        m.datasets.add(new Measurements.Dataset(d.name(), count(d.config().sourcesDir()), count(d.config().lexiconDir()),
                built.report().totalTriples(), built.report().inferredTriples()));
        if (d.corpus() == null && count(d.config().sourcesDir()) == 0) {
            m.notes.add("data/sources held no source file at run time: the 'shipped' figures are those of the ontology "
                    + "(and lexicon) alone, and the library queries' default entities are absent.");
        }
        StoreLocation store = built.store();
        QueryLibrary library = QueryLibrary.read(shipped.projectRoot().resolve("queries"));
        List<Workload.Request> requests = Workload.of(library, d.corpus(), d.config().iris().base());
        List<String> remote = Workload.remote(library);
        String remoteNote = "Left out of the query and service figures, as they call a SERVICE (a remote endpoint's "
                + "time, and the benchmark's servers allow none): " + String.join(", ", remote) + ".";
        if (!remote.isEmpty() && !m.notes.contains(remoteNote)) {
            m.notes.add(remoteNote);
        }
        if (requests.isEmpty() && (options.runs("queries") || options.runs("service"))) {
            m.notes.add("queries/ held no query at run time: no query or service figures.");
        }
        List<Measurements.Query> measured = new ArrayList<>();
        if (options.runs("queries") && !requests.isEmpty()) {
            progress.say("dataset %s: %d library queries", d.name(), requests.size());
            try (Running s = stikg(store, d.config())) {
                measured.addAll(new QueryBench(progress, options.seconds()).run(d.name(), true, s.endpoint, requests));
            }
            StoreLocation without = StoreFiles.copyWithoutGraph(store, dir.resolve("store-without-inferred"),
                    d.config().graphs().inferred());
            try (Running s = stikg(without, d.config())) {
                measured.addAll(new QueryBench(progress, options.seconds()).run(d.name(), false, s.endpoint, requests));
            }
            StoreFiles.delete(without.root());
            m.queries.addAll(measured);
        }
        if (options.runs("service") && !requests.isEmpty()) {
            List<String> workload = serviceWorkload(requests, measured);
            progress.say("dataset %s: service throughput, %d queries in the workload, %d rounds of %.0f s", d.name(),
                    workload.size(), options.repeat(), options.seconds());
            Path plainCopy = dir.resolve("store-plain");
            StoreFiles.copy(store.root(), plainCopy);
            Path plainDb = new StoreLocation(plainCopy).currentDatabase().orElseThrow().resolve("tdb2");
            DatasetGraph plain = DatabaseMgr.connectDatasetGraph(plainDb.toString());
            plain.getContext().set(TDB2.symUnionDefaultGraph, true);
            FusekiServer fuseki = FusekiServer.create().port(0).add("/ds", plain).build().start();
            try (Running s = stikg(store, d.config())) {
                m.services.addAll(new ServiceBench(progress, options.seconds(), options.repeat()).run(d.name(), s.endpoint,
                        "http://localhost:" + fuseki.getHttpPort() + "/ds/sparql", workload, CLIENTS));
            } finally {
                fuseki.stop();
                TDBInternal.expel(plain);
                StoreFiles.delete(plainCopy);
            }
        }
        if (options.runs("union") && !requests.isEmpty()) {
            List<Workload.Request> withQ5 = new ArrayList<>(requests);
            String plan = d.corpus() != null ? d.config().iris().base() + d.corpus().planId() : null;
            if (plan != null) {
                withQ5.add(new Workload.Request("similar-targets (BSBM Q5 look-alike)",
                        DefaultGraphBench.similarTargets(plan), true, false));
            }
            Path plainDir = dir.resolve("plain-default-graph");
            m.defaultGraphs.addAll(new DefaultGraphBench(progress, Math.min(1.0, options.seconds())).run(d.name(),
                    store.currentDatabase().orElseThrow().resolve("tdb2"), plainDir, withQ5));
            StoreFiles.delete(plainDir);
        }
        if (options.runs("write")) {
            m.writes.addAll(writes(d, store, dir));
        }
        if (options.runs("startup") && startup) {
            Optional<Path> jar = ChildJvm.jar(shipped.projectRoot());
            if (jar.isEmpty()) {
                m.notes.add("start-up not measured: no fat jar in target/ (run mvn package).");
            } else {
                progress.say("dataset %s: cold start of %s", d.name(), jar.get().getFileName());
                List<String> args = List.of("--project", d.config().projectRoot().toString(), "--sources",
                        d.config().sourcesDir().toString(), "--lexicon", d.config().lexiconDir().toString(), "--store",
                        store.root().toString(), "--base", d.config().iris().base());
                if (new stikg.pipeline.Build(d.config(), java.time.Clock.systemUTC()).isStale(store)) {
                    m.notes.add("start-up of " + d.name() + " not measured: the store's fingerprint does not match "
                            + "the jar (run the benchmark from the fat jar, as ./stikg does).");
                } else {
                    m.startups.add(new StartupBench(progress).run(d.name(), jar.get(), args, "-Xmx2g",
                            options.repeat(), dir));
                }
            }
        }
        StoreFiles.delete(store.root());
    }

    /** The library queries fast enough to make a throughput workload, without text search, row-capped. */
    private static List<String> serviceWorkload(List<Workload.Request> requests, List<Measurements.Query> measured) {
        List<Workload.Request> candidates = requests.stream().filter(r -> !r.textSearch()).toList();
        List<Workload.Request> fast = candidates.stream().filter(r -> measured.stream().noneMatch(q ->
                q.query().equals(r.name()) && q.inferredGraph() && q.p50() > BenchReport.SELECTIVE_P50_MS)).toList();
        if (fast.isEmpty()) {
            fast = candidates.stream().sorted(Comparator.comparingDouble(r -> measured.stream().filter(q ->
                    q.query().equals(r.name())).mapToDouble(Measurements.Query::p50).min().orElse(0))).limit(3).toList();
        }
        return fast.stream().map(r -> Workload.capped(r.text(), ServerConfig.DEFAULT_ROW_CAP)).toList();
    }

    /** A stikg server running in this JVM over a store, closed with its store. */
    private static final class Running implements AutoCloseable {
        private final GraphStore store;
        private final StikgServer server;
        private final String endpoint;

        Running(GraphStore store, StikgServer server) {
            this.store = store;
            this.server = server;
            this.endpoint = server.sparqlUrl();
        }

        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    private Running stikg(StoreLocation location, BuildConfig config) {
        GraphStore store = location.open();
        ServerConfig sc = ServerConfig.defaults(shipped.projectRoot().resolve("queries")).withPort(0);
        StikgServer server = StikgServer.start(store, sc, RuleSet.read(config.rulesDir()), config.graphs(),
                config.iris().base(), List.of());
        return new Running(store, server);
    }

    /**
     * One-triple writes through the real write path: a stikg service over the store's live database, as
     * {@code stikg serve} runs it with a password file, and an authorised writer sending SPARQL updates over HTTP.
     */
    private List<Measurements.Write> writes(Dataset d, StoreLocation location, Path dir) throws IOException {
        String password = Long.toHexString(new SecureRandom().nextLong());
        Path passwords = dir.resolve("bench-passwd");
        Files.writeString(passwords, "bench-writer: " + password + "\n", StandardCharsets.UTF_8);
        ServerConfig sc = ServerConfig.defaults(shipped.projectRoot().resolve("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("bench-writer"))
                // the first write primes the incremental inference with a full run, which at 10^6 on a busy machine
                // can outlast the default update timeout; it is timed, not limited
                .withLimits(Limits.defaults().withUpdateTimeout(Duration.ofMinutes(10)));
        RuleSet rules = RuleSet.read(d.config().rulesDir());
        ShapesCheck shapes = ShapesCheck.read(d.config().shapesFile());
        String authorization = WriteBench.basic("bench-writer", password);
        // the file stays (in the work folder): the server's login service keeps watching it after it stops
        try (LiveStore live = LiveStore.open(location)) {
            List<Quad> candidates = Txn.calculateRead(live.datasetGraph(), () -> WriteBench.candidates(
                    live.datasetGraph(), 8 * WRITES, new Random(19)));
            return new WriteBench(progress, WRITES).run(d.name(), candidates, inference -> {
                StikgServer server = StikgServer.start(live, sc, rules, shapes, d.config().graphs(),
                        d.config().iris().base(), List.of(), inference ? WriteInference.KEPT_IN_STEP
                                : WriteInference.OFF_FOR_BENCHMARK);
                return new WriteBench.Service() {
                    @Override
                    public String updateUrl() {
                        return server.baseUrl() + ServerConfig.DATASET + "/update";
                    }

                    @Override
                    public String authorization() {
                        return authorization;
                    }

                    @Override
                    public void close() {
                        server.close();
                    }
                };
            });
        }
    }

    private static int count(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return (int) list.filter(p -> p.toString().matches(".*\\.ya?ml$")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
