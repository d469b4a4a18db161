package stikg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import stikg.diag.StikgException;

/** The {@code stikg} command: a knowledge graph of science, technology and innovation policy plans. */
@Command(name = "stikg", mixinStandardHelpOptions = true, version = "stikg 0.1.0",
        description = "Builds a knowledge graph of STI policy plans from curated sources and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
            ValidateCommand.class, ImportCommand.class, ExplainCommand.class, LinkCommand.class, BenchCommand.class,
            ClusterCommand.class, // issue 21
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code of a command whose input was wrong (bad source file, unknown query …). */
    public static final int INPUT_ERROR = 1;
    /** Exit code of a command that this version does not provide yet. */
    public static final int NOT_AVAILABLE = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with stikg's error handling: user errors print one message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof StikgException) {
                err.println("stikg: " + ex.getMessage());
                err.flush();
                return INPUT_ERROR;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
