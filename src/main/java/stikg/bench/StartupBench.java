package stikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start of {@code java -jar stikg-*-all.jar serve} over a store that is already built, measured from the
 * moment the child process is started to the first answered SPARQL query; then the child's heap.
 */
final class StartupBench {

    private static final String PROBE = "ASK { ?s ?p ?o }";

    private final Progress progress;

    StartupBench(Progress progress) {
        this.progress = progress;
    }

    /** {@code serveArgs}: the options that point serve at the store and the corpus it was built from. */
    Measurements.Startup run(String dataset, Path jar, List<String> serveArgs, String heapOption, int repeat, Path logDir)
            throws IOException {
        List<Double> seconds = new ArrayList<>();
        long used = -1;
        long live = -1;
        for (int i = 1; i <= repeat; i++) {
            int port = ChildJvm.freePort();
            List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), heapOption, "-jar", jar.toString(), "serve",
                    "--port", Integer.toString(port)));
            cmd.addAll(serveArgs);
            Path log = logDir.resolve("startup-" + dataset + "-" + i + ".log");
            SparqlHttp http = new SparqlHttp("http://127.0.0.1:" + port + "/stikg/sparql");
            long t0 = System.nanoTime();
            Process p = ChildJvm.start(cmd, log);
            try {
                double s = -1;
                long deadline = t0 + 120_000_000_000L;
                while (System.nanoTime() < deadline && p.isAlive()) {
                    if (http.ask(PROBE).ok()) {
                        s = (System.nanoTime() - t0) / 1e9;
                        break;
                    }
                    Thread.sleep(5);
                }
                if (s < 0) {
                    throw new IOException("the server did not answer within 120 s; see " + log);
                }
                if (Files.readString(log).contains("building")) {
                    throw new IOException("serve rebuilt the store instead of opening it; see " + log);
                }
                seconds.add(s);
                if (i == repeat) {
                    used = ChildJvm.heapUsed(p.pid(), false);
                    live = ChildJvm.heapUsed(p.pid(), true);
                }
                progress.say("  cold start %d/%d (%s): first answer after %.2f s", i, repeat, dataset, s);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } finally {
                ChildJvm.stop(p);
            }
        }
        return new Measurements.Startup(dataset, Summary.of(seconds), used, live);
    }
}
