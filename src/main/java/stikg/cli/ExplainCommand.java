package stikg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stikg explain}. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explains why an inferred triple holds, down to asserted facts and their sources.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, "planned");
    }
}
