package stikg.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.sys.JenaSystem;
import stikg.pipeline.BuildConfig;
import stikg.query.QueryLibrary;
import stikg.reason.RuleSet;
import stikg.reason.ShapesCheck;

/**
 * The files a server reads besides its store: the inference rules, the shapes writes are checked against and the
 * query library. {@link #readAhead} reads them on another thread, so that on a machine with more than one core a
 * start reads them while it checks the store's fingerprint and opens the database; a file that cannot be read is
 * reported, when asked for, exactly as a read on the calling thread would report it.
 */
final class ServerFiles {

    private record Read(RuleSet rules, ShapesCheck shapes, QueryLibrary library) {
    }

    private final CompletableFuture<Read> read;

    private ServerFiles(CompletableFuture<Read> read) {
        this.read = read;
    }

    static ServerFiles readAhead(BuildConfig config, Path queriesDir) {
        // Jena's own start-up, once and here: two threads each starting it is how its class initialisation deadlocks
        JenaSystem.init();
        return new ServerFiles(CompletableFuture.supplyAsync(() -> new Read(RuleSet.read(config.rulesDir()),
                ShapesCheck.read(config.shapesFile()), QueryLibrary.read(queriesDir))));
    }

    RuleSet rules() {
        return get().rules();
    }

    ShapesCheck shapes() {
        return get().shapes();
    }

    QueryLibrary library() {
        return get().library();
    }

    private Read get() {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
