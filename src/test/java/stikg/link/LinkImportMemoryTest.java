package stikg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.vocab.Graphs;

/**
 * Bounded memory: {@code stikg link import} runs in a child JVM with a 64 MB heap over a generated Wikidata-shaped
 * N-Triples dump of 192 MB, which that heap cannot hold as a graph (a control child that tries runs out of
 * memory), and keeps exactly the triples about the linked entities.
 */
class LinkImportMemoryTest {

    static final String HEAP = "-Xmx64m";
    static final long DUMP_BYTES = 192L << 20;
    private static final String WD = LinkFixture.WD;
    /** The Wikidata entities the link fixture links to. */
    private static final Set<String> LINKED = Set.of(WD + "Q6005", WD + "Q1153275", WD + "Q4115189");

    @TempDir
    Path dir;

    /** Writes the dump; returns how many of its triples are about a linked entity. */
    private static long writeDump(Path file, long bytes) throws IOException {
        long kept = 0;
        long written = 0;
        StringBuilder b = new StringBuilder(512);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16)) {
            for (long i = 1; written < bytes; i++) {
                b.setLength(0);
                String s = "<" + WD + "Q" + i + ">";
                b.append(s).append(" <http://www.w3.org/2000/01/rdf-schema#label> \"Item number ").append(i).append("\"@en .\n");
                b.append(s).append(" <http://www.w3.org/2000/01/rdf-schema#label> \"항목 ").append(i).append("\"@ko .\n");
                b.append(s).append(" <https://schema.org/description> \"a synthetic item of the test dump\"@en .\n");
                b.append(s).append(" <http://www.wikidata.org/prop/direct/P31> <").append(WD).append('Q').append(i % 97 + 1)
                        .append("> .\n");
                if (LINKED.contains(WD + "Q" + i)) {
                    kept += 4;
                }
                if (i % 250_000 == 0) { // now and then an item whose parent organisation is a linked entity
                    b.append(s).append(" <http://www.wikidata.org/prop/direct/P749> <").append(WD).append("Q6005> .\n");
                    kept++;
                }
                w.append(b);
                written += b.length() + 4; // the Korean label takes 4 more bytes in UTF-8 than it has chars
            }
            // the linked items that the numbering does not reach
            w.write("<" + WD + "Q1153275> <http://www.w3.org/2000/01/rdf-schema#label> \"RIKEN\"@en .\n");
            w.write("<" + WD + "Q4115189> <http://www.w3.org/2000/01/rdf-schema#label> \"Wikidata Sandbox\"@en .\n");
            kept += 2;
        }
        return kept;
    }

    private static Process child(Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, HEAP, "-XX:+UseSerialGC", "-cp", classpath));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int await(Process p, int seconds) throws InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
            return -1;
        }
        return p.exitValue();
    }

    @Test
    void givenADumpFarLargerThanTheHeap_whenImportedWith64Mb_thenItCompletesAndKeepsExactlyTheLinkedTriples()
            throws Exception {
        long t0 = System.nanoTime();
        StoreLocation location = LinkFixture.build(dir);
        Path dump = dir.resolve("dump.nt");
        long expected = writeDump(dump, DUMP_BYTES);
        long t1 = System.nanoTime();
        assertTrue(Files.size(dump) >= 3 * (64L << 20), "the dump must be several times the child's heap");

        // control: the same heap cannot hold the dump as a graph
        Path controlLog = dir.resolve("control.log");
        int control = await(child(controlLog, HoldWholeDump.class.getName(), dump.toString()), 120);
        String controlOut = Files.readString(controlLog);
        assertNotEquals(0, control, "a 64 MB heap held the whole dump, so the test proves nothing: " + controlOut);
        assertTrue(controlOut.contains("OutOfMemoryError"), controlOut);

        long t2 = System.nanoTime();
        Path log = dir.resolve("import.log");
        int code = await(child(log, "stikg.cli.Main", "link", "import", dump.toString(), "--source", "big",
                "--store", location.root().toString(), "--lexicon", LinkFixture.LEXICON.toString(),
                "--sources", dir.resolve("no-sources").toString()), 300);
        String out = Files.readString(log);

        long t3 = System.nanoTime();
        System.out.printf("build + dump %.1f s, control %.1f s, import %.1f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9);
        assertEquals(0, code, out);
        assertTrue(out.contains("Kept " + String.format("%,d", expected) + " of "), out);
        try (GraphStore store = location.open()) {
            var g = NodeFactory.createURI(Graphs.standard().linked("big"));
            long size = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(g).find()
                    .filterDrop(t -> t.getSubject().equals(g)).toList().size());
            assertEquals(expected, size);
        }
        Files.delete(dump);
    }

    /** The control: parses the whole dump into an in-memory graph. */
    public static final class HoldWholeDump {
        public static void main(String[] args) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(args[0]).lang(Lang.NTRIPLES).parse(g);
            System.out.println("held " + g.size() + " triples");
        }
    }
}
