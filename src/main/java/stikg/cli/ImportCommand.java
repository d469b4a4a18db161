package stikg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stikg import}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Drafts a source file from the text of a policy brief.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NotYetAvailable.report(spec, "planned");
    }
}
