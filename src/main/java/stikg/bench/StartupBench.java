package stikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start of {@code java -jar stikg-*-all.jar serve} over a store that is already built, measured from the
 * moment the child process is started to the first answered SPARQL query; then the child's heap. Each round
 * starts the server twice, alternating: as a plain {@code java -jar}, and as the {@code ./stikg} launcher starts it,
 * mapping a class-data archive (JDK CDS) that one training start wrote first.
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
        Path archive = logDir.resolve("startup-" + dataset + ".jsa");
        Files.deleteIfExists(archive);
        start(jar, List.of("-XX:ArchiveClassesAtExit=" + archive), serveArgs, heapOption,
                logDir.resolve("startup-" + dataset + "-training.log"), false);
        List<String> mapArchive = Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : null;
        List<Double> plain = new ArrayList<>();
        List<Double> archived = new ArrayList<>();
        Started last = null;
        for (int i = 1; i <= repeat; i++) {
            Started p = start(jar, List.of(), serveArgs, heapOption,
                    logDir.resolve("startup-" + dataset + "-" + i + ".log"), i == repeat);
            plain.add(p.seconds());
            last = p;
            if (mapArchive != null) {
                Started a = start(jar, mapArchive, serveArgs, heapOption,
                        logDir.resolve("startup-" + dataset + "-cds-" + i + ".log"), false);
                archived.add(a.seconds());
            }
            progress.say("  cold start %d/%d (%s): first answer after %.2f s, %s with the class-data archive", i,
                    repeat, dataset, p.seconds(), mapArchive == null ? "no archive (not written)"
                            : String.format(java.util.Locale.ROOT, "%.2f s", archived.get(archived.size() - 1)));
        }
        return new Measurements.Startup(dataset, Summary.of(plain), archived.isEmpty() ? null : Summary.of(archived),
                last.heapUsed(), last.heapLive());
    }

    private record Started(double seconds, long heapUsed, long heapLive) {
    }

    private Started start(Path jar, List<String> jvmOptions, List<String> serveArgs, String heapOption,
            Path log, boolean readHeap) throws IOException {
        int port = ChildJvm.freePort();
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), heapOption));
        cmd.addAll(jvmOptions);
        if (!jvmOptions.isEmpty()) {
            cmd.add("-Xlog:cds=off"); // the archive warns about every class it cannot hold (old class files)
            cmd.add("-Xlog:cds+dynamic=off");
        }
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port)));
        cmd.addAll(serveArgs);
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
            long used = readHeap ? ChildJvm.heapUsed(p.pid(), false) : -1;
            long live = readHeap ? ChildJvm.heapUsed(p.pid(), true) : -1;
            return new Started(s, used, live);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            // a normal end (SIGTERM runs the shutdown hooks), so a training start writes its archive
            ChildJvm.stop(p);
        }
    }
}
