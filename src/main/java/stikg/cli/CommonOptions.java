package stikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import stikg.pipeline.BuildConfig;
import stikg.store.GraphStore;
import stikg.store.LiveStore;
import stikg.store.ServerRecord;
import stikg.store.StoreLocation;

/**
 * Options every command shares: where the store lives and where the curated files are; and how a command reaches
 * the store: directly, or, while a server holds it, through that server (see {@link ServedCommands}).
 */
final class CommonOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "run/store")
    Path store;

    @Option(names = "--sources", paramLabel = "DIR", description = "Source files, one per document (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/sources")
    Path sources;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Shared lexicon of named entities (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/lexicon")
    Path lexicon;

    @Option(names = "--project", paramLabel = "DIR", description = "Project folder holding ontology/ and data/ (default: current folder).",
            defaultValue = ".")
    Path project;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of minted instances (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://w3id.org/stikg/id/")
    String base;

    /** The folder relative paths are read from: the caller's, when a command runs inside a server for it. */
    @Option(names = "--working-dir", hidden = true, paramLabel = "DIR")
    Path workingDir;

    /** The store of the server this command runs inside, if it does. */
    private final LiveStore served;

    CommonOptions() {
        this(null);
    }

    CommonOptions(LiveStore served) {
        this.served = served;
    }

    Path resolve(Path p) {
        return (workingDir == null ? Path.of("").toAbsolutePath() : workingDir).resolve(p).normalize();
    }

    BuildConfig buildConfig() {
        Path root = resolve(project);
        return BuildConfig.standard(root).withSources(root.resolve(sources)).withLexicon(root.resolve(lexicon))
                .withIdBase(base);
    }

    StoreLocation storeLocation() {
        return new StoreLocation(resolve(project).resolve(store));
    }

    /** The server's store when this command runs inside the server (for this very store), else empty. */
    Optional<LiveStore> served() {
        if (served != null && !served.location().root().equals(storeLocation().root())) {
            throw new stikg.diag.StikgException("the server holds the store " + served.location().root() + ", not "
                    + storeLocation().root());
        }
        return Optional.ofNullable(served);
    }

    /**
     * When another process serves this store, runs the whole command in it (printing what it printed, and a note
     * on the error stream saying so) and returns its exit code; else empty, and the caller works on the store.
     */
    Optional<Integer> forwardIfServed(CommandSpec spec) {
        if (served != null) {
            return Optional.empty();
        }
        Optional<ServerRecord> server = ServerRecord.read(storeLocation().root());
        if (server.isEmpty()) {
            return Optional.empty();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("stikg: the store is held by the server at " + server.get().url() + " (pid " + server.get().pid()
                + "): running '" + spec.name() + "' through it.");
        err.flush();
        return Optional.of(ServedCommands.forward(server.get(), spec));
    }

    /** Runs {@code read} on the store's dataset (the server's, inside a server), within no transaction. */
    <T> T withDataset(Function<DatasetGraph, T> read) {
        if (served().isPresent()) {
            return read.apply(served.datasetGraph());
        }
        try (GraphStore s = storeLocation().open()) {
            return read.apply(s.datasetGraph());
        }
    }
}
