package stikg.replica;

import java.time.Duration;

/**
 * A replica's place, kept up to date by its follower: what it has applied, what it last learned of the writer,
 * and since when it has known itself current. Ready only while it holds the writer's build, serves, and lags by at
 * most {@code maxLagPatches} patches and {@code maxLag} of time.
 */
public final class ReplicaProgress implements ServerVersion {

    private final long maxLagPatches;
    private final Duration maxLag;
    private String build;
    private String writerBuild;
    private PatchId reached;
    private long writerLast;
    private long currentSince = System.nanoTime();
    private boolean everCurrent;
    private String holdReason = "starting";

    public ReplicaProgress(long maxLagPatches, Duration maxLag) {
        this.maxLagPatches = maxLagPatches;
        this.maxLag = maxLag;
    }

    /** The replica cannot answer as the writer's copy for now (rebuilding, resyncing, draining…). */
    public synchronized void hold(String reason) {
        holdReason = reason;
    }

    public synchronized void serving(String localBuild, PatchId reachedNow) {
        holdReason = null;
        build = localBuild;
        reached = reachedNow;
        notifyAll();
    }

    public synchronized void applied(PatchId reachedNow) {
        reached = reachedNow;
        notifyAll();
    }

    /** What a successful exchange with the writer told: its build and last patch. */
    public synchronized void writerSaid(String writerBuildNow, long writerLastNow) {
        writerBuild = writerBuildNow;
        writerLast = writerLastNow;
        if (reached != null && reached.number() >= writerLastNow && writerBuildNow.equals(build)) {
            currentSince = System.nanoTime();
            everCurrent = true;
        }
    }

    @Override
    public synchronized long reached() {
        return reached == null ? -1 : reached.number();
    }

    @Override
    public synchronized boolean awaitReached(long number, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (reached() < number) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    @Override
    public synchronized Status status() {
        double lag = everCurrent ? (System.nanoTime() - currentSince) / 1e9 : Double.POSITIVE_INFINITY;
        long lagPatches = Math.max(0, writerLast - reached());
        String reason;
        if (holdReason != null) {
            reason = holdReason;
        } else if (writerBuild == null) {
            reason = "the writer has not been reached yet";
        } else if (!writerBuild.equals(build)) {
            reason = "holds build " + build + ", the writer has " + writerBuild;
        } else if (lagPatches > maxLagPatches) {
            reason = "lags by " + lagPatches + " patches (at most " + maxLagPatches + ")";
        } else if (lag > maxLag.toMillis() / 1000.0) {
            reason = "not known current for " + (everCurrent ? String.format(java.util.Locale.ROOT, "%.1f s", lag)
                    : "ever") + " (at most " + maxLag.toMillis() / 1000.0 + " s)";
        } else {
            reason = "";
        }
        return new Status(reason.isEmpty(), "replica", build, writerBuild, reached == null ? null : reached.toString(),
                writerLast, everCurrent ? lag : -1, reason);
    }
}
