package stikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import stikg.bench.BenchOptions;
import stikg.bench.Benchmark;
import stikg.bench.CorpusGenerator;
import stikg.bench.Progress;

/** {@code stikg bench}: measures build, queries, service, start-up and link import, and writes BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures build, query and service performance at growing scale against Jena's own tools, "
                + "and writes the results table (BENCHMARKS.md). Run with a large heap: STIKG_JAVA_OPTS=-Xmx8g.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--scales", split = ",", defaultValue = "1e4,1e5,1e6", paramLabel = "N",
            description = "Synthetic corpus sizes in triples after the build (default: ${DEFAULT-VALUE}).")
    List<String> scales;

    @Option(names = "--only", split = ",", defaultValue = "build,queries,service,startup,link,write,union", paramLabel = "PART",
            description = "Parts to run: build, queries, service, startup, link, write, union (default: all).")
    List<String> only;

    @Option(names = "--repeat", defaultValue = "3", description = "Times each figure is measured (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--seconds", defaultValue = "5",
            description = "Seconds per service round and time budget per query (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--out", defaultValue = "BENCHMARKS.md", description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", defaultValue = "run/bench", description = "Folder for corpora and stores (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--keep", description = "Keep the work folder afterwards.")
    boolean keep;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpora (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--generate", paramLabel = "DIR",
            description = "Only write a synthetic corpus of the first scale into DIR (sources/ and lexicon/), then stop.")
    Path generate;

    @Override
    public Integer call() throws Exception {
        PrintWriter outWriter = spec.commandLine().getOut();
        List<Long> sizes = new ArrayList<>();
        try {
            for (String s : scales) {
                sizes.add(BenchOptions.parseScale(s));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--scales: " + e.getMessage());
        }
        Path root = common.project.toAbsolutePath().normalize();
        if (generate != null) {
            CorpusGenerator.Corpus c = new CorpusGenerator(seed).write(root.resolve(generate), sizes.get(0));
            outWriter.printf("Wrote %d plans of %d countries: %s and %s%n", c.plans(), c.countries(), c.sources(), c.lexicon());
            outWriter.flush();
            return 0;
        }
        BenchOptions options;
        try {
            options = new BenchOptions(sizes, new LinkedHashSet<>(only), repeat, seconds, root.resolve(out),
                    root.resolve(work), seed, keep);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        String commandLine = "./stikg bench " + String.join(" ", args.subList(args.indexOf("bench") + 1, args.size()));
        new Benchmark(options, common.buildConfig(), new Progress(outWriter)).run(commandLine.trim());
        return 0;
    }
}
