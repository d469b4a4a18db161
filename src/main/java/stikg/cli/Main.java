package stikg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import stikg.diag.StikgException;
import stikg.diag.UnavailableException;

/** The {@code stikg} command: a knowledge graph of science, technology and innovation policy plans. */
@Command(name = "stikg", mixinStandardHelpOptions = true, version = "stikg 0.1.0",
        description = "Builds a knowledge graph of STI policy plans from curated sources and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
            ValidateCommand.class, ImportCommand.class, EvaluateImportCommand.class, ExplainCommand.class, LinkCommand.class, BenchCommand.class,
            ClusterCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input (a source file, a query, a triple...)", "2:usage error",
            "3:not available in this version",
            "4:the store, a port or a server is not available (held store, busy port, no store yet, no HAProxy)",
            "5:a measurement ran but missed its threshold (evaluate-import)",
            "70:internal error (a bug): the stack trace is shown with --debug"})
public final class Main implements Runnable {

    /** Exit code of a command whose input was wrong (bad source file, unknown query …). */
    public static final int INPUT_ERROR = 1;
    /** Exit code of a command line picocli could not parse (its convention). */
    public static final int USAGE_ERROR = 2;
    /** Exit code of a command that this version does not provide yet. */
    public static final int NOT_AVAILABLE = 3;
    /** Exit code of a situation outside the program: store held or missing, port taken. */
    public static final int UNAVAILABLE = 4;
    /** Exit code of a measurement that ran but missed a threshold it was given (distinct from a usage error). */
    public static final int THRESHOLD_MISSED = 5;
    /** Exit code of a bug (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print the whole stack trace.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with stikg's error handling: user errors print one message, not a stack trace. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(Main.class, factory);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof StikgException) {
                err.println("stikg: " + ex.getMessage());
                err.flush();
                return ex instanceof UnavailableException ? UNAVAILABLE : INPUT_ERROR;
            }
            if (parsed.originalArgs().contains("--debug")) {
                ex.printStackTrace(err);
            }
            err.println("stikg: internal error (a bug, please report it): " + ex
                    + (parsed.originalArgs().contains("--debug") ? "" : "; run again with --debug for the stack trace"));
            err.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
