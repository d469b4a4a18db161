package stikg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Renders one benchmark run as the Markdown of {@code BENCHMARKS.md}. */
public final class BenchReport {

    /** Shipped graph: the p50 every library query should meet (ms). */
    static final double SHIPPED_P50_MS = 5;
    /** Largest scale: the p50 selective queries should meet (ms). */
    static final double SELECTIVE_P50_MS = 50;
    static final double BUILD_RATIO = 1.0;
    static final double SERVICE_RATIO = 0.95;
    static final double STARTUP_S = 1.5;
    /** Largest scale: a one-triple write's p50 within this factor of the shipped graph's. */
    static final double WRITE_GROWTH = 2.0;

    private final Machine machine;
    private final Measurements m;
    private final String commandLine;

    public BenchReport(Machine machine, Measurements m, String commandLine) {
        this.machine = machine;
        this.m = m;
        this.commandLine = commandLine;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Benchmarks\n\n");
        sb.append("Latest results of `").append(commandLine).append("`, run on ").append(machine.facts().get("date"))
                .append(". Every ratio below compares figures measured in that one run. Written by `stikg bench`; "
                        + "the method and how to reproduce are at the end.\n\n");
        targets(sb);
        machine(sb);
        datasets(sb);
        builds(sb);
        queries(sb);
        services(sb);
        startups(sb);
        writes(sb);
        defaultGraphs(sb);
        link(sb);
        if (!m.notes.isEmpty()) {
            sb.append("## Notes from this run\n\n");
            m.notes.forEach(n -> sb.append("- ").append(n).append('\n'));
            sb.append('\n');
        }
        method(sb);
        return sb.toString();
    }

    private void targets(StringBuilder sb) {
        sb.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        if (!m.builds.isEmpty()) {
            Measurements.Build largest = m.builds.get(m.builds.size() - 1);
            row(sb, "build rate ≥ " + BUILD_RATIO + "× TDB2 bulk load at the largest scale (" + largest.dataset() + ")",
                    String.format(Locale.ROOT, "%.2f×", largest.ratio()), largest.ratio() >= BUILD_RATIO);
            row(sb, "build cost linear in size", linearity(), null);
        }
        m.queries.stream().filter(q -> q.inferredGraph() && q.dataset().equals("shipped")
                && !Double.isNaN(q.servedP50())).mapToDouble(Measurements.Query::servedP50).max()
                .ifPresent(worst -> row(sb, "p50 ≤ " + (int) SHIPPED_P50_MS + " ms for every library query on the "
                        + "shipped graph, as served: the query sent again, with no write between (answer cache)",
                        String.format(Locale.ROOT, "worst p50 %.1f ms", worst), worst <= SHIPPED_P50_MS));
        List<Measurements.Query> computed = m.queries.stream().filter(q -> q.inferredGraph()
                && q.dataset().equals("shipped")).toList();
        computed.stream().mapToDouble(Measurements.Query::p50).max().ifPresent(worst -> row(sb, "p50 ≤ "
                + (int) SHIPPED_P50_MS + " ms for every library query on the shipped graph, computed for each request "
                + "(Cache-Control: no-cache; the plan kept from the text's first request)",
                String.format(Locale.ROOT, "worst p50 %.1f ms; %d of %d at or under", worst,
                        computed.stream().filter(q -> q.p50() <= SHIPPED_P50_MS).count(), computed.size()),
                worst <= SHIPPED_P50_MS));
        String largestQ = m.queries.isEmpty() ? null : m.queries.get(m.queries.size() - 1).dataset();
        if (largestQ != null && !largestQ.equals("shipped")) {
            List<Measurements.Query> sel = m.queries.stream().filter(q -> q.dataset().equals(largestQ) && q.selective()
                    && q.inferredGraph()).toList();
            double worst = sel.stream().mapToDouble(Measurements.Query::p50).max().orElse(Double.NaN);
            long over = sel.stream().filter(q -> q.p50() > SELECTIVE_P50_MS).count();
            row(sb, "p50 ≤ " + (int) SELECTIVE_P50_MS + " ms for selective queries at " + largestQ,
                    String.format(Locale.ROOT, "worst p50 %.1f ms; %d of %d over", worst, over, sel.size()), over == 0);
        }
        if (!m.services.isEmpty()) {
            // a comparison against a server that answered nothing proves nothing: it cannot meet the target
            double worst = m.services.stream().mapToDouble(Measurements.Service::ratio)
                    .map(r -> Double.isFinite(r) ? r : Double.NaN).min().orElse(Double.NaN);
            row(sb, "service throughput ≥ " + SERVICE_RATIO + "× plain Fuseki", String.format(Locale.ROOT,
                    "lowest ratio %s", ratio(worst)), worst >= SERVICE_RATIO);
        }
        writeTarget(sb);
        for (Measurements.Startup s : m.startups) {
            // the launcher's start is what a user gets; the plain JVM's is shown beside it
            Summary asLaunched = s.withArchive() != null ? s.withArchive() : s.seconds();
            row(sb, "cold start ≤ " + STARTUP_S + " s (" + s.dataset() + ")", String.format(Locale.ROOT,
                    "median %.2f s as ./stikg serve starts (plain java -jar: %.2f s)", asLaunched.median(),
                    s.seconds().median()), asLaunched.median() <= STARTUP_S);
        }
        sb.append('\n');
    }

    /** Seconds per million triples at each scale: flat means linear. */
    private String linearity() {
        List<String> parts = new ArrayList<>();
        for (Measurements.Build b : m.builds) {
            if (!b.dataset().equals("shipped")) {
                parts.add(b.dataset() + ": " + String.format(Locale.ROOT, "%.1f", b.total().median() / b.triples() * 1e6)
                        + " s");
            }
        }
        return parts.isEmpty() ? "n/a" : "seconds per 10^6 triples — " + String.join(", ", parts);
    }

    private static void row(StringBuilder sb, String target, String measured, Boolean met) {
        sb.append("| ").append(target).append(" | ").append(measured).append(" | ")
                .append(met == null ? "see figures" : met ? "yes" : "**no**").append(" |\n");
    }

    private void machine(StringBuilder sb) {
        sb.append("## Machine\n\n| | |\n|---|---|\n");
        machine.facts().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v.isEmpty() ? "(none)" : v)
                .append(" |\n"));
        sb.append('\n');
    }

    private void datasets(StringBuilder sb) {
        if (m.datasets.isEmpty()) {
            return;
        }
        sb.append("## Datasets\n\n| dataset | source files | lexicon files | triples after the build | of which inferred |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (Measurements.Dataset d : m.datasets) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %,d | %,d |%n", d.name(), d.sourceFiles(),
                    d.lexiconFiles(), d.triples(), d.inferred()));
        }
        sb.append('\n');
    }

    private void builds(StringBuilder sb) {
        if (m.builds.isEmpty()) {
            return;
        }
        sb.append("## Build\n\n");
        sb.append("Seconds as min / median / max of the repeated builds; rates from the medians. `ratio` = our "
                + "triples/s ÷ the bulk loader's quads/s.\n\n");
        sb.append("| dataset | triples | our build s | of which inference s | our triples/s | TDB2 bulk load s | "
                + "bulk quads/s | ratio | peak heap | live heap after |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurements.Build b : m.builds) {
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %,.0f | %s | %,.0f | %.2f× | %s | %s |%n",
                    b.dataset(), b.triples(), s(b.total()), s(b.steps().get("infer")), b.ourRate().median(), s(b.bulk()),
                    b.bulkRate().median(), b.ratio(), mib(b.peakHeapBytes()), mib(b.liveHeapBytes())));
        }
        Set<String> stepNames = new LinkedHashSet<>();
        m.builds.forEach(b -> stepNames.addAll(b.steps().keySet()));
        sb.append("\nBuild steps (median seconds), each its own time. The steps overlap: `validate` (SHACL) runs on a "
                + "thread of its own beside `infer` (which counts from the end of `convert`, copying the asserted "
                + "facts both read included), so the build's time is `read` + `convert` + `infer` + `store`, not the "
                + "sum of the row; the store writer and the text indexer run beside them all on threads of their own, "
                + "and `store` is what was left once both checks ended:\n\n| dataset |");
        stepNames.forEach(n -> sb.append(' ').append(n).append(" |"));
        sb.append(" bulk loader |\n|---|");
        stepNames.forEach(n -> sb.append("---:|"));
        sb.append("---|\n");
        for (Measurements.Build b : m.builds) {
            sb.append("| ").append(b.dataset()).append(" |");
            stepNames.forEach(n -> sb.append(' ').append(b.steps().containsKey(n)
                    ? String.format(Locale.ROOT, "%.2f", b.steps().get(n).median()) : "").append(" |"));
            sb.append(' ').append(b.loader()).append(" |\n");
        }
        sb.append('\n');
    }

    private void queries(StringBuilder sb) {
        if (m.queries.isEmpty()) {
            return;
        }
        sb.append("## Queries\n\n");
        sb.append("Latency over HTTP (loopback, one client, keep-alive, JSON results read whole), in ms. "
                + "*with* = the store as built; *without* = a second server over a copy of the store with the inferred "
                + "graph deleted. `sel` marks selective queries (bound to one entity, or a text search). Every figure "
                + "is of answers computed for each request (`Cache-Control: no-cache`) except *served again*: the "
                + "same query sent as a client sends it, answered from the answer cache (no write comes between). "
                + "A computed answer runs the plan the server kept from the first request of the same text (parsed "
                + "and optimised once; `--prepared-plans 0` plans every request anew); the warm-up requests before "
                + "each query's runs make that plan.\n\n");
        Map<String, List<Measurements.Query>> byDataset = new LinkedHashMap<>();
        m.queries.forEach(q -> byDataset.computeIfAbsent(q.dataset(), k -> new ArrayList<>()).add(q));
        byDataset.forEach((dataset, list) -> {
            sb.append("### ").append(dataset).append("\n\n| query | sel | rows with / without | p50 with | p99 with | "
                    + "p50 without | p99 without | runs | p50 / p99 served again |\n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            Map<String, Measurements.Query[]> pairs = new LinkedHashMap<>();
            list.forEach(q -> pairs.computeIfAbsent(q.query(), k -> new Measurements.Query[2])[q.inferredGraph() ? 0 : 1] = q);
            pairs.forEach((name, p) -> {
                Measurements.Query w = p[0];
                Measurements.Query wo = p[1];
                Measurements.Query any = w != null ? w : wo;
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s / %s | %s | %s | %s | %s | %s | %s |%n", name,
                        any.selective() ? "sel" : "", w == null ? "" : rows(w), wo == null ? "" : rows(wo),
                        w == null ? "" : ms(w.p50()), w == null ? "" : ms(w.p99()), wo == null ? "" : ms(wo.p50()),
                        wo == null ? "" : ms(wo.p99()), (w == null ? "" : w.runs()) + (wo == null ? "" : "/" + wo.runs()),
                        w == null || Double.isNaN(w.servedP50()) ? "" : ms(w.servedP50()) + " / " + ms(w.servedP99())));
            });
            sb.append('\n');
        });
    }

    private static String rows(Measurements.Query q) {
        return q.errors() > 0 ? q.rows() + " (" + q.errors() + " errors)" : Integer.toString(q.rows());
    }

    private void services(StringBuilder sb) {
        if (m.services.isEmpty()) {
            return;
        }
        sb.append("## Service\n\nRequests per second (min / median / max over the rounds), stikg's server and a plain "
                + "`FusekiServer.create().add(\"/ds\", dataset)` over a copy of the same TDB2 database, rounds alternating. "
                + "`ratio` = stikg median ÷ plain median.\n\n| dataset | clients | stikg q/s | plain Fuseki q/s | ratio | errors |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Measurements.Service s : m.services) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d |%n", s.dataset(), s.clients(),
                    rate(s.stikg()), rate(s.plain()), ratio(s.ratio()), s.errors()));
        }
        sb.append('\n');
    }

    /**
     * A one-triple write (insert and delete, p50, inference on, one writer) at the largest scale costs at most
     * WRITE_GROWTH× what it costs on the shipped graph.
     */
    private void writeTarget(StringBuilder sb) {
        List<WriteGrowth> growths = writeGrowth(m.writes);
        if (growths.isEmpty()) {
            return;
        }
        String large = growths.get(0).large().dataset();
        List<String> parts = new ArrayList<>();
        boolean met = true;
        for (WriteGrowth g : growths) {
            parts.add(String.format(Locale.ROOT, "%s %s ms vs %s ms: %.2f×", g.large().op(), ms(g.large().onP50()),
                    ms(g.small().onP50()), g.growth()));
            met &= g.growth() <= WRITE_GROWTH;
        }
        row(sb, "one-triple write at " + large + " within " + WRITE_GROWTH + "× of the shipped size (p50 over HTTP, "
                + "inference on, 1 writer)", String.join("; ", parts), met);
    }

    /** A one-triple write of one kind at the largest scale against the same on the shipped graph. */
    record WriteGrowth(Measurements.Write small, Measurements.Write large) {
        double growth() {
            return large.onP50() / small.onP50();
        }
    }

    /** For each kind of write, one writer: the largest dataset measured against the shipped one (none if either is missing). */
    static List<WriteGrowth> writeGrowth(List<Measurements.Write> writes) {
        List<WriteGrowth> out = new ArrayList<>();
        for (String op : List.of("insert", "delete")) {
            List<Measurements.Write> single = writes.stream().filter(w -> w.writers() == 1 && w.op().equals(op)).toList();
            if (single.size() >= 2 && single.get(0).dataset().equals("shipped")) {
                out.add(new WriteGrowth(single.get(0), single.get(single.size() - 1)));
            }
        }
        return out;
    }

    private void writes(StringBuilder sb) {
        if (m.writes.isEmpty()) {
            return;
        }
        sb.append("## Writes\n\nLatency of one-triple SPARQL updates (`INSERT DATA`, then `DELETE DATA` of the same "
                + "triple) sent over HTTP by an authorised writer (basic authentication, one kept-alive connection per "
                + "writer) to a stikg service over the built store, started as `stikg serve` starts it with a password "
                + "file: the update passes the write gate (the change recorded as an RDF Patch, the inferred graph kept in "
                + "step by the incremental inference, `stikg.reason.IncrementalInference`, the shapes checked on what the "
                + "write touched) and commits to the TDB2 store before the answer. Each write is \"programme P supports "
                + "technology T\" for a programme and a technology of the data not yet linked, a write the rules follow "
                + "far. With 8 writers the service lets one write at a time: the latency includes the wait. *Off* is the "
                + "same write to a service over the same store started with inference off (a switch only the benchmark "
                + "uses): HTTP, update, shapes check and commit alone. *Priming* is the first write after the service "
                + "started, which starts the incremental inference from one full run over the store (once per start)."
                + "\n\n| store | writers | write | n | p50 ms, inference on | p99 ms, on | p50 ms, off | p99 ms, off | "
                + "p50 on / off | priming ms |\n"
                + "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurements.Write w : m.writes) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %s | %s | %s | %s | %s | %s |%n",
                    w.dataset(), w.writers(), w.op(), w.n(), ms(w.onP50()), ms(w.onP99()), ms(w.offP50()),
                    ms(w.offP99()), String.format(Locale.ROOT, "%.2f×", w.ratio()), ms(w.primeMs())));
        }
        sb.append('\n');
    }

    private void defaultGraphs(StringBuilder sb) {
        if (m.defaultGraphs.isEmpty()) {
            return;
        }
        sb.append("## Union default graph vs a plain default graph\n\nThe same query over the built store, whose default "
                + "graph is the union of its named graphs (`tdb2:unionDefaultGraph`, as stikg serves it), and over a copy "
                + "of the same triples loaded by the TDB2 bulk loader into a plain default graph; in this JVM (no HTTP), "
                + "alternating one run each, p50 in ms. Text search is left out (the copy has no text index); a query that "
                + "names graphs (GRAPH ?g) finds none in the copy and is not comparable.\n\n"
                + "| store | query | rows | runs | p50 ms, union | p50 ms, plain | union / plain |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (Measurements.DefaultGraph g : m.defaultGraphs) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s |%n", g.dataset(), g.query(),
                    g.unionRows() == g.plainRows() ? Integer.toString(g.unionRows()) : g.unionRows() + " vs " + g.plainRows(),
                    g.runs(), ms(g.unionP50()), ms(g.plainP50()), g.unionRows() == g.plainRows()
                            ? String.format(Locale.ROOT, "%.2f×", g.ratio()) : "not comparable"));
        }
        sb.append('\n');
    }

    private void startups(StringBuilder sb) {
        if (m.startups.isEmpty()) {
            return;
        }
        sb.append("## Start-up\n\nCold start of `java -jar target/stikg-*-all.jar serve` over an existing store, as a "
                + "child process, from process start to the first answered query, in rounds that start it twice: "
                + "as a plain JVM, and mapping a class-data archive (JDK CDS) written by one training start before, "
                + "as `./stikg serve` does. Heap of the plain server just after (used, and live after a full GC)."
                + "\n\n| store | seconds, plain | seconds, with the archive | heap used | heap live |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (Measurements.Startup s : m.startups) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", s.dataset(), s(s.seconds()),
                    s.withArchive() == null ? "not written" : s(s.withArchive()), mib(s.heapUsed()),
                    mib(s.heapLive())));
        }
        sb.append('\n');
    }

    private void link(StringBuilder sb) {
        sb.append("## Link import\n\n");
        Measurements.LinkImport l = m.link;
        if (l == null) {
            sb.append("not run.\n\n");
        } else if (l.ours() == null) {
            sb.append(l.status()).append(".\n\n");
        } else {
            sb.append(String.format(Locale.ROOT, "| | triples/s (min / median / max) |%n|---|---:|%n| stikg link import | %s |%n"
                    + "| Jena RIOT parse only | %s |%n%nFile %s, importer heap %s, peak heap used %s.%n%n", rate(l.ours()),
                    rate(l.riot()), mib(l.fileBytes()), mib(l.maxHeapBytes()), mib(l.peakHeapBytes())));
        }
    }

    private void method(StringBuilder sb) {
        sb.append("""
                ## Method

                - **Corpora.** `shipped` is `data/` as checked out. The synthetic corpora are written by
                  `stikg.bench.CorpusGenerator` (seeded, deterministic) in the real source format: per fictional country
                  a lexicon file (ministry, council, three funding agencies, law, plan series, and four programmes per
                  plan with owner and funder), and per plan a source file shaped like a plan brief: sections and
                  sub-sections, a technology table and a target table, the plan (edition, series, period, cabinet
                  decision, legal basis, issuer, scheme, six policy areas, three targets with amounts, currencies and
                  periods), 24 measures (area, implementing agency, programme, every second one a target), a technology
                  scheme with two categories, 8 technology areas with 4 technologies each (labels in en/ko/ja), and what
                  the programmes support; every fact has a locator. Scales are met by the number of plans (five per
                  country).
                - **Build.** `stikg.pipeline.Build` in the benchmark's JVM, into a fresh store each time; steps as the
                  build reports them (`read` YAML, `convert` to graphs with provenance, `validate` SHACL, `infer`
                  forward rules, `store` TDB2 and Lucene text index). `validate` runs beside `infer` on a thread
                  of its own (both only read the asserted facts; a violation still fails the build before the
                  switch). The store step overlaps the others: each graph
                  is handed to a writer thread as soon as it is converted, which gives its nodes their TDB2 ids and
                  keeps its quads as ids, Lucene documents are added on a third thread, and at the commit the six
                  quad indexes are sorted in memory and written bottom up, two at a time
                  (`stikg.store.PackedQuadLoader`, as Jena's `tdb2.xloader` packs its B+trees, instead of inserting
                  quad by quad); `store` is only what is left after inference (the ids of the last graphs, sorting
                  and writing the indexes, the text index commit and the switch). Then the store's named graphs are
                  exported as N-Quads and loaded by Jena's own TDB2 bulk loader (`LoaderFactory.createLoader`, the
                  loader `tdb2.tdbloader` uses by default) into a fresh database, timed from opening the database to
                  the end of the load; builds and bulk loads take turns, so that both see the same load on a shared
                  machine. The bulk loader builds no text index and checks nothing: the ratio is what parsing YAML,
                  checking, provenance, inference and the text index cost together, less what overlaps the load and
                  what writing sorted indexes saves over inserting each quad into six B+trees.
                  Peak heap is sampled every 10 ms during the builds; live heap is measured after a full GC once the
                  build returned.
                - **Queries.** Every `.rq` file of `queries/` at run time, parameters bound to constants in the text
                  (defaults on the shipped data; on a synthetic corpus IRI parameters point at its first plan,
                  technology or agency). First the whole workload in rounds (at least one, at most 5, for twice the
                  time budget) so that a server just started is measured warm, whatever the order of the queries;
                  then per query at least 5 and at most 300 runs, for the time budget (`--seconds`). Servers run in
                  the benchmark's JVM, on loopback.
                - **Service.** Clients are threads of the benchmark's JVM, each with its own HTTP/1.1 connection,
                  sending the workload (the library queries that took ≤ 50 ms p50 at that scale, text search left out
                  because the plain server has no text index; every query capped at stikg's row cap, 10,000 rows, so
                  both servers return the same rows) back to back for `--seconds` per round; a request sent
                  before the round's end is waited for and counted, and the rate is answers over the time until the
                  last answer. `--repeat` rounds per server and client count, alternating which server goes first.
                - **Writes.** Per store: a service with inference off, 5 warm-up writes, then 40 one-triple inserts and
                  40 deletes with 1 writer and again with 8 writers (threads of the benchmark's JVM, each its own
                  connection); then a service with inference on over the same store, one priming write, 5 warm-up
                  writes, and the same rounds. p50 and p99 by nearest rank (with 40 writes, p99 is the slowest).
                - **Start-up.** The fat jar as a child process (`-Xmx2g`), against a store built by this jar (so the
                  build fingerprint matches and `serve` does not rebuild); the probe query is `ASK { ?s ?p ?o }`
                  polled every 5 ms. Heap read with `jcmd GC.heap_info`.
                - No timing is asserted anywhere in the unit tests; a human judges these figures.

                ## How to reproduce

                On a machine with nothing else running (the load average at the start is in the machine table):

                ```
                mvn -B -q -DskipTests package
                STIKG_JAVA_OPTS=-Xmx8g ./stikg bench --scales 1e4,1e5,1e6 --repeat 3 --seconds 2 --out BENCHMARKS.md
                ```

                Every part runs by default, in one run: build, queries, service, startup, link, write, union
                (`--only` takes a subset). `--work DIR` (corpora and stores, default `run/bench`, deleted at the end
                unless `--keep`), `--seed N`, and `--generate DIR --scales 1e5` to only write a synthetic corpus (then
                `./stikg build --sources DIR/sources --lexicon DIR/lexicon`). On 2 cores the whole run should take about
                25 minutes (an estimate from shorter runs of each part): per dataset about 1.5 min of library queries,
                1 min of writes, 40 s of union against plain default graph, 40 s of service rounds, plus the builds
                (about 2 min at 10^6), the cold starts and the link import. `--seconds` is the time budget of each
                query's runs and the length of each service round; `--scales 1e5,1e6` leaves out 10^4 for a shorter run.
                                """);
    }

    private static String s(Summary x) {
        if (x == null || x.n() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%s / %s / %s", num(x.min()), num(x.median()), num(x.max()));
    }

    private static String num(double v) {
        return v < 10 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String rate(Summary x) {
        return x == null || x.n() == 0 ? "" : String.format(Locale.ROOT, "%,.0f / %,.0f / %,.0f", x.min(), x.median(), x.max());
    }

    /** A ratio over a rate of zero (every request failed) has no value, and says so. */
    private static String ratio(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "" : v < 100 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    static String safe(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
