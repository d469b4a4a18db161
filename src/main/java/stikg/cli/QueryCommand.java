package stikg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stikg query}. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Runs a named query of the library (or a .rq file) against the store, without a server.")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, "planned");
    }
}
