package stikg.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/** Progress lines of a running benchmark, with the time since it started. */
public final class Progress {

    private final PrintWriter out;
    private final Instant start = Instant.now();

    public Progress(PrintWriter out) {
        this.out = out;
    }

    public void say(String format, Object... args) {
        long s = Duration.between(start, Instant.now()).toSeconds();
        out.printf("[%3d:%02d] %s%n", s / 60, s % 60, String.format(format, args));
        out.flush();
    }
}
