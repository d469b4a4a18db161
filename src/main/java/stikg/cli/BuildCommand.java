package stikg.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import stikg.pipeline.Build;
import stikg.pipeline.BuildReport;
import stikg.store.LiveStore;
import java.util.Optional;

/** {@code stikg build}: converts the curated files into the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the graph from ontology/, the lexicon and the source files into the store. "
                + "Validation gates the build: on any problem the store keeps what it had. Graphs written through "
                + "the service (user graphs) are carried into the new database. While a server holds the store, the "
                + "server builds and switches to the new database without a restart.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Integer> forwarded = common.forwardIfServed(spec);
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        Build build = new Build(common.buildConfig(), Clock.systemUTC());
        Optional<LiveStore> live = common.served();
        BuildReport report = live.isPresent() ? build.intoLive(live.get()) : build.into(common.storeLocation());
        print(report, spec.commandLine().getOut());
        if (live.isPresent()) {
            spec.commandLine().getOut().println("The server now answers from the new database.");
        }
        return 0;
    }

    static void print(BuildReport report, PrintWriter out) {
        out.println("Built " + report.totalTriples() + " triples in " + report.triplesPerGraph().size() + " graphs:");
        report.triplesPerGraph().forEach((g, n) -> out.printf("  %8d  %s%n", n, g));
        out.println("Inferred " + report.inferredTriples() + " triples.");
        report.steps().forEach((step, d) -> out.printf("  %-9s %6d ms%n", step, d.toMillis()));
        out.printf("  %-9s %6d ms%n", "total", report.total().toMillis());
        out.flush();
    }
}
