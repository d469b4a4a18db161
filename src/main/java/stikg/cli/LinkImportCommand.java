package stikg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stikg link import FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Streams an external RDF dump and keeps the triples about entities the graph links to.")
final class LinkImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, "planned");
    }
}
