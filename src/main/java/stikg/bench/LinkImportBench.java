package stikg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * {@code stikg link import} against Jena RIOT parsing the same file, on a dump larger than the importer's heap.
 * When this version has no link import yet, says so instead of measuring.
 */
final class LinkImportBench {

    static final String NOT_AVAILABLE = "not measured: link import not available";
    /** The importer's heap; the dump is made larger than it. */
    static final String CHILD_HEAP = "-Xmx128m";
    static final long DUMP_BYTES = 160L << 20;

    private final Progress progress;

    LinkImportBench(Progress progress) {
        this.progress = progress;
    }

    Measurements.LinkImport run(Path jar, Path work, List<String> storeArgs, int repeat) throws IOException {
        Files.createDirectories(work);
        Path tiny = work.resolve("probe.nt");
        Files.writeString(tiny, "<http://www.wikidata.org/entity/Q1> <http://www.w3.org/2000/01/rdf-schema#label> \"x\"@en .\n");
        int probe = runImport(jar, tiny, storeArgs, work.resolve("link-probe.log"));
        if (probe != 0 && probe != 3) {
            return new Measurements.LinkImport("not measured: link import failed on a one-line file (exit " + probe
                    + "): " + Files.readString(work.resolve("link-probe.log")).lines().reduce("", (a, b) -> b), null,
                    null, 0, 0, 0);
        }
        String probeLog = Files.readString(work.resolve("link-probe.log"));
        if (probe == 3 || probeLog.contains("not available")) {
            progress.say("  %s", NOT_AVAILABLE);
            return new Measurements.LinkImport(NOT_AVAILABLE, null, null, 0, 0, 0);
        }
        Path dump = work.resolve("dump.nt");
        long triples = writeDump(dump);
        long bytes = Files.size(dump);
        List<Double> ours = new ArrayList<>();
        List<Double> riot = new ArrayList<>();
        long peak = 0;
        for (int i = 1; i <= repeat; i++) {
            long t0 = System.nanoTime();
            org.apache.jena.riot.lang.StreamRDFCounting count = StreamRDFLib.count(StreamRDFLib.sinkNull());
            RDFParser.source(dump).lang(Lang.NTRIPLES).parse(count);
            riot.add((System.nanoTime() - t0) / 1e9);
            Path log = work.resolve("link-import-" + i + ".log");
            AtomicLong childPeak = new AtomicLong();
            long t1 = System.nanoTime();
            int code = runImportSampled(jar, dump, storeArgs, log, childPeak);
            double s = (System.nanoTime() - t1) / 1e9;
            if (code != 0) {
                return new Measurements.LinkImport("failed: link import exited with " + code + " (see " + log + ")",
                        null, Summary.of(riot).inverseTimes(triples), bytes, 0, 128L << 20);
            }
            ours.add(s);
            peak = Math.max(peak, childPeak.get());
            progress.say("  link import %d/%d: %.2f s; RIOT parse %.2f s", i, repeat, s, riot.get(riot.size() - 1));
        }
        Files.deleteIfExists(dump);
        return new Measurements.LinkImport("measured", Summary.of(ours).inverseTimes(triples),
                Summary.of(riot).inverseTimes(triples), bytes, peak, 128L << 20);
    }

    private int runImport(Path jar, Path file, List<String> storeArgs, Path log) throws IOException {
        return runImportSampled(jar, file, storeArgs, log, new AtomicLong());
    }

    private int runImportSampled(Path jar, Path file, List<String> storeArgs, Path log, AtomicLong peak)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), CHILD_HEAP, "-jar", jar.toString(), "link", "import",
                file.toString()));
        cmd.addAll(storeArgs);
        Process p = ChildJvm.start(cmd, log);
        try {
            long deadline = System.nanoTime() + 1_800_000_000_000L;
            while (p.isAlive() && System.nanoTime() < deadline) {
                peak.accumulateAndGet(ChildJvm.heapUsed(p.pid(), false), Math::max);
                Thread.sleep(200);
            }
            if (p.isAlive()) {
                ChildJvm.stop(p);
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ChildJvm.stop(p);
            return -1;
        }
    }

    /** An N-Triples dump shaped like a Wikidata extract (labels, descriptions, a few statements per item). */
    private static long writeDump(Path file) throws IOException {
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int item = 1; Files.size(file) < DUMP_BYTES || n == 0; item++) {
                String s = "<http://www.wikidata.org/entity/Q" + item + ">";
                w.write(s + " <http://www.w3.org/2000/01/rdf-schema#label> \"Item number " + item + "\"@en .\n");
                w.write(s + " <http://www.w3.org/2000/01/rdf-schema#label> \"항목 " + item + "\"@ko .\n");
                w.write(s + " <http://schema.org/description> \"a synthetic item of the benchmark dump\"@en .\n");
                w.write(s + " <http://www.wikidata.org/prop/direct/P31> <http://www.wikidata.org/entity/Q" + (item % 97 + 1) + "> .\n");
                w.write(s + " <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q" + (item % 13 + 1) + "> .\n");
                n += 5;
                if (item % 100_000 == 0) {
                    w.flush();
                }
            }
        }
        return n;
    }
}
