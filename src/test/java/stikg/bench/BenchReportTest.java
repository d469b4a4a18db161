package stikg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static Measurements sample() {
        Measurements m = new Measurements();
        m.datasets.add(new Measurements.Dataset("shipped", 1, 3, 12_000, 2_000));
        m.datasets.add(new Measurements.Dataset("10^6", 990, 198, 1_000_000, 160_000));
        Map<String, Summary> steps = new LinkedHashMap<>();
        steps.put("read", Summary.of(1, 2, 3));
        steps.put("infer", Summary.of(0.5, 0.6));
        m.builds.add(new Measurements.Build("shipped", 12_000, 2_000, Summary.of(1.0, 1.2, 1.1), steps, 12_000,
                "LoaderParallel", Summary.of(0.5, 0.6, 0.55), 300L << 20, 40L << 20));
        m.builds.add(new Measurements.Build("10^6", 1_000_000, 160_000, Summary.of(20, 22, 21), steps, 1_000_000,
                "LoaderParallel", Summary.of(25, 26, 27), 3000L << 20, 60L << 20));
        m.queries.add(new Measurements.Query("shipped", "entity-card", true, true, 12, 100, 0, 7.5, 9.0, 2.0, 9.5, 0.8,
                1.5));
        m.queries.add(new Measurements.Query("shipped", "entity-card", false, true, 10, 100, 0, 2.4, 6.0, 2.0, 8.0));
        m.queries.add(new Measurements.Query("10^6", "entity-card", true, true, 12, 50, 0, 70.0, 90.0, 60.0, 95.0));
        m.services.add(new Measurements.Service("shipped", 4, Summary.of(900, 950, 1000), Summary.of(1000, 1000, 1000), 0));
        m.startups.add(new Measurements.Startup("shipped", Summary.of(2.2, 2.3, 2.4), Summary.of(1.2, 1.3, 1.4),
                80L << 20, 30L << 20));
        m.link = new Measurements.LinkImport(LinkImportBench.NOT_AVAILABLE, null, null, 0, 0, 0);
        m.notes.add("a note");
        return m;
    }

    @Test
    void rendersEverySectionWithTheFigures() {
        Machine machine = new Machine(Map.of("date", "2026-11-25T10:00:00Z", "cores", "2"));
        String md = new BenchReport(machine, sample(), "./stikg bench --scales 1e6").render();
        for (String heading : new String[] {"# Benchmarks", "## Targets", "## Machine", "## Datasets", "## Build",
            "## Queries", "### shipped", "### 10^6", "## Service", "## Start-up", "## Link import", "## Notes from this run",
            "## Method", "## How to reproduce"}) {
            assertTrue(md.contains(heading + "\n"), heading);
        }
        assertTrue(md.contains("`./stikg bench --scales 1e6`"));
        assertTrue(md.contains("| cores | 2 |"));
        assertTrue(md.contains("| 10^6 | 1,000,000 | 20.0 / 21.0 / 22.0 |"), md);
        assertTrue(md.contains("1.24×"), "ratio of medians 1e6/21 over 1e6/26: " + md);
        assertTrue(md.contains("| entity-card | sel | 12 / 10 | 7.50 | 9.00 | 2.40 | 6.00 | 100/100 | 0.80 / 1.50 |"), md);
        assertTrue(md.contains("the query sent again, with no write between (answer cache) | worst p50 0.8 ms | yes |"), md);
        assertTrue(md.contains("computed for each request (Cache-Control: no-cache; the plan kept from the text's first "
                + "request) | worst p50 7.5 ms; 0 of 1 at or under | **no** |"), md);
        assertTrue(md.contains("| shipped | 4 | 900 / 950 / 1,000 | 1,000 / 1,000 / 1,000 | 0.950 | 0 |"), md);
        assertTrue(md.contains(LinkImportBench.NOT_AVAILABLE));
        assertTrue(md.contains("worst p50 70.0 ms; 1 of 1 over | **no** |"), md);
        assertTrue(md.contains("| cold start ≤ 1.5 s (shipped) | median 1.30 s as ./stikg serve starts (plain java -jar: "
                + "2.30 s) | yes |"), md);
        assertTrue(md.contains("| shipped | 2.20 / 2.30 / 2.40 | 1.20 / 1.30 / 1.40 | 80 MiB | 30 MiB |"), md);
    }

    @Test
    void rendersWriteLatencyWithItsGrowthTargetAndTheUnionAgainstAPlainDefaultGraph() {
        Measurements m = sample();
        m.writes.add(new Measurements.Write("shipped", 1, "insert", 40, 20, 40, 10, 30, 3000));
        m.writes.add(new Measurements.Write("shipped", 1, "delete", 40, 25, 40, 10, 30, 3000));
        m.writes.add(new Measurements.Write("10^6", 1, "insert", 40, 50, 90, 12, 35, 90000));
        m.writes.add(new Measurements.Write("10^6", 1, "delete", 40, 30, 90, 12, 35, 90000));
        m.defaultGraphs.add(new Measurements.DefaultGraph("10^6", "similar-targets", 20, 20, 30, 100, 25));
        String md = new BenchReport(new Machine(Map.of()), m, "./stikg bench").render();

        assertTrue(md.contains("## Writes\n"), md);
        assertTrue(md.contains("| shipped | 1 | insert | 40 | 20.00 | 40.00 | 10.00 | 30.00 | 2.00× | 3,000 |"), md);
        assertTrue(md.contains("| one-triple write at 10^6 within 2.0× of the shipped size (p50 over HTTP, inference on, "
                + "1 writer) | insert 50.00 ms vs 20.00 ms: 2.50×; delete 30.00 ms vs 25.00 ms: 1.20× | **no** |"), md);
        assertTrue(md.contains("| 10^6 | similar-targets | 20 | 30 | 100 | 25.00 | 4.00× |"), md);
    }

    @Test
    void aServerThatAnsweredNothingGivesNoRatioAndMissesTheTarget() {
        Measurements m = sample();
        m.services.add(new Measurements.Service("10^6", 16, Summary.of(30, 30), Summary.of(0, 0), 32));
        String md = new BenchReport(new Machine(Map.of()), m, "./stikg bench").render();
        assertTrue(md.contains("| 10^6 | 16 | 30 / 30 / 30 | 0 / 0 / 0 | n/a | 32 |"), md);
        assertTrue(md.contains("| service throughput ≥ 0.95× plain Fuseki | lowest ratio n/a | **no** |"), md);
    }

    @Test
    void summariesAndScales() {
        Summary s = Summary.of(3, 1, 2, 10);
        assertEquals(1, s.min());
        assertEquals(2.5, s.median());
        assertEquals(10, s.max());
        assertEquals(4, s.n());
        assertEquals(99, Summary.percentile(java.util.stream.IntStream.rangeClosed(1, 100).asDoubleStream().toArray(), 99));
        assertEquals(1_000_000, BenchOptions.parseScale("1e6"));
        assertEquals(250_000, BenchOptions.parseScale("2.5e5"));
        assertEquals("10^5", BenchOptions.scaleName(100_000));
        assertEquals("250,000", BenchOptions.scaleName(250_000));
    }
}
