package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stikg bench} end to end, kept short: the shipped data and the smallest synthetic corpus, one round of
 * each figure. It proves the report is measured and written, not how fast anything is (no timing is asserted).
 */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void givenTheShippedDataAndASmallCorpus_whenBenchmarked_thenTheReportHoldsEveryFigureItMeasured() throws Exception {
        Path report = dir.resolve("report.md");
        MainTest.Result r = MainTest.run("bench", "--only", "build,queries,service", "--scales", "1e4", "--repeat",
                "1", "--seconds", "0.2", "--out", report.toString(), "--work", dir.resolve("work").toString());
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(report);
        for (String heading : new String[] {"## Targets", "## Machine", "## Build", "## Queries", "### shipped",
            "### 10^4", "## Service", "## How to reproduce"}) {
            assertTrue(md.contains(heading + "\n"), heading + " missing from:\n" + md);
        }
        // our build against the bulk loader, as a ratio, for both datasets
        assertTrue(Pattern.compile("\\| shipped \\| [\\d,]+ \\|.*\\| [\\d.]+× \\|").matcher(md).find(), md);
        assertTrue(Pattern.compile("\\| 10\\^4 \\| [\\d,]+ \\|.*\\| [\\d.]+× \\|").matcher(md).find(), md);
        // latency of a library query with and without the inferred graph, and throughput against plain Fuseki
        assertTrue(Pattern.compile("\\| entity-card \\| sel \\| \\d+ / \\d+ \\| [\\d.]+ \\|").matcher(md).find(), md);
        assertTrue(Pattern.compile("\\| 10\\^4 \\| 16 \\| .* \\| [\\d.]+ \\| 0 \\|").matcher(md).find(), md);
        assertTrue(md.contains("wikidata-facts"), "the SERVICE query is named as left out");
        assertTrue(!Files.exists(dir.resolve("work")), "the work folder is removed afterwards");
    }
}
