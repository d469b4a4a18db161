package stikg.replica;

import java.time.Duration;

/** Where a server stands in the writer's history: what readiness reports and read-your-writes compares against. */
public interface ServerVersion {

    /** The number of the last patch this server's data includes. */
    long reached();

    /** Waits up to {@code max} until {@link #reached()} is at least {@code number}; true when it is. */
    boolean awaitReached(long number, Duration max) throws InterruptedException;

    Status status();

    /**
     * What {@code GET /stikg/ready} reports.
     *
     * @param ready true while the server holds the writer's build and lags within the configured bounds
     * @param role {@code writer} or {@code replica}
     * @param build the build this server's store holds (null before the first build)
     * @param writerBuild the writer's build as last seen
     * @param patch the patch this server reached
     * @param writerPatch the writer's last patch as last seen
     * @param lagSeconds seconds since this server last knew it had everything the writer had
     * @param reason why not ready (empty when ready)
     */
    record Status(boolean ready, String role, String build, String writerBuild, String patch, long writerPatch,
            double lagSeconds, String reason) {

        public long lagPatches() {
            return Math.max(0, writerPatch - number(patch));
        }

        private static long number(String patch) {
            return patch == null ? 0 : Long.parseLong(patch.substring(patch.lastIndexOf(':') + 1));
        }

        /** A small JSON object (hand-written: every value is a number, a boolean or an id without quotes in it). */
        public String json() {
            return "{\"ready\": " + ready + ", \"role\": \"" + role + "\", \"build\": " + str(build)
                    + ", \"writerBuild\": " + str(writerBuild) + ", \"patch\": " + str(patch)
                    + ", \"writerPatch\": " + writerPatch + ", \"lagPatches\": " + lagPatches()
                    + ", \"lagSeconds\": " + String.format(java.util.Locale.ROOT, "%.3f", lagSeconds)
                    + ", \"reason\": " + str(reason) + "}\n";
        }

        private static String str(String s) {
            return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
