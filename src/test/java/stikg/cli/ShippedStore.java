package stikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.store.StoreLocation;

/** The shipped data built once per test JVM into a store of its own, and the command line run against it. */
final class ShippedStore {

    private static Path dir;

    private ShippedStore() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("stikg-cli-store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new Build(BuildConfig.standard(Path.of("").toAbsolutePath()), Clock.systemUTC())
                    .into(new StoreLocation(dir.resolve("store")));
        }
        return dir.resolve("store");
    }

    /** Runs {@code stikg ARGS --store STORE} and returns exit code and what it printed. */
    static Result run(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add("--store");
        all.add(dir().toString());
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(List.of(args));
    }

    record Result(int code, String out, String err) {
    }
}
