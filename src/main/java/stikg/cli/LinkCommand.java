package stikg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stikg link}: working with external datasets. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the graph to external datasets.",
        subcommands = {LinkImportCommand.class, CommandLine.HelpCommand.class})
final class LinkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
