package stikg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stikg bench}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures build, query and service performance at growing scale.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, "planned");
    }
}
