package stikg.replica;

import java.time.Duration;
import java.util.function.Supplier;

/** The writer's place: its log's last patch. It is always ready while it serves: it is where the history is made. */
public final class WriterVersion implements ServerVersion {

    private final PatchLog log;
    private final Supplier<String> buildId;

    public WriterVersion(PatchLog log, Supplier<String> buildId) {
        this.log = log;
        this.buildId = buildId;
    }

    @Override
    public long reached() {
        return log.last().number();
    }

    @Override
    public boolean awaitReached(long number, Duration max) {
        return reached() >= number; // the writer never waits: a version beyond its log does not exist yet
    }

    @Override
    public Status status() {
        PatchId last = log.last();
        String build = buildId.get();
        return new Status(true, "writer", build, build, last.toString(), last.number(), 0, "");
    }
}
