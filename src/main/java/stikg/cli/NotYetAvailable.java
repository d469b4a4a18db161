package stikg.cli;

import picocli.CommandLine.Model.CommandSpec;

/** What a command prints when this version does not provide it yet. */
final class NotYetAvailable {

    private NotYetAvailable() {
    }

    static int report(CommandSpec spec, String what) {
        spec.commandLine().getErr().println("stikg " + spec.qualifiedName(" ").replaceFirst("^stikg ", "")
                + ": not available yet (" + what + ").");
        spec.commandLine().getErr().flush();
        return Main.NOT_AVAILABLE;
    }
}
