package stikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.Fixture;
import stikg.reason.Materializer;
import stikg.reason.RuleSet;
import stikg.vocab.Graphs;

/**
 * A rebuild killed with SIGKILL at random points (a child JVM running {@code stikg build}, killed with
 * {@code kill -9}) leaves a store that opens and holds either the old build or the new one, with the user graph
 * and its inferences either way.
 */
class RebuildCrashTest {

    private static final int KILLS = 20;
    private static final String ID = "https://w3id.org/stikg/id/";
    private static final Node NOTES = NodeFactory.createURI("urn:x:notes");

    @TempDir
    Path dir;

    private static Node id(String local) {
        return NodeFactory.createURI(ID + local);
    }

    private static Node sti(String local) {
        return NodeFactory.createURI("https://w3id.org/stikg/ontology#" + local);
    }

    private static void label(Path sources, String label) throws Exception {
        Path f = sources.resolve("fx-brief.yaml");
        Files.writeString(f, Files.readString(f).replaceFirst("label: \\{en: [^,]*, ko: 예시스탄 제1차 혁신계획",
                "label: {en: " + label + ", ko: 예시스탄 제1차 혁신계획"));
    }

    /** The English label of the plan the store holds, after checking the user graph and its inference are there. */
    private static String check(StoreLocation location, Graphs graphs) {
        try (GraphStore s = location.open()) {
            DatasetGraph dsg = s.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                assertEquals(4, dsg.getGraph(NOTES).size(), "the user graph is not whole");
                assertTrue(dsg.contains(NodeFactory.createURI(graphs.inferred()), id("fx-agency"), sti("engagedIn"),
                        id("fx-area-space")), "the inference from the user graph is missing");
                var it = dsg.find(Node.ANY, id("fx-plan-1"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY);
                String en = null;
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.getLiteralLanguage().equals("en")) {
                        en = o.getLiteralLexicalForm();
                    }
                }
                return en;
            });
        }
    }

    @Test
    void givenAUserGraph_whenRebuildsAreKilledAtRandomPoints_thenTheStoreHoldsTheOldOrTheNewBuildWithIt() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        try (var files = Files.list(Fixture.ROOT.resolve("sources"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sources.resolve(f.getFileName()));
            }
        }
        BuildConfig config = Fixture.config().withSources(sources);
        Graphs graphs = config.graphs();
        StoreLocation location = new StoreLocation(dir.resolve("store"));
        label(sources, "Build 0");
        new Build(config, Clock.systemUTC()).into(location);
        try (GraphStore s = location.open()) {
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.add(NOTES, id("fx-new-program"), NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), sti("Program"));
                dsg.add(NOTES, id("fx-new-program"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralLang("New programme", "en"));
                dsg.add(NOTES, id("fx-new-program"), sti("fundedBy"), id("fx-agency"));
                dsg.add(NOTES, id("fx-new-program"), sti("supports"), id("fx-area-space"));
                new Materializer(RuleSet.read(config.rulesDir())).refresh(dsg, graphs, Set.of());
            });
        }
        assertEquals("Build 0", check(location, graphs));

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "stikg.cli.Main",
                "build", "--store", location.root().toString(), "--sources", sources.toString(), "--lexicon",
                config.lexiconDir().toString()));
        // one whole build, to spread the kills over its length
        label(sources, "Build 1");
        long t0 = System.nanoTime();
        Process whole = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("whole.log").toFile()).start();
        assertEquals(0, whole.waitFor(), Files.readString(dir.resolve("whole.log")));
        long wholeMillis = (System.nanoTime() - t0) / 1_000_000;
        String current = check(location, graphs);
        assertEquals("Build 1", current);

        Random random = new Random(15);
        int midBuild = 0;
        for (int i = 0; i < KILLS; i++) {
            String next = "Build " + (i + 2);
            label(sources, next);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("kill.log").toFile()).start();
            boolean ended = p.waitFor(random.nextInt((int) wholeMillis), TimeUnit.MILLISECONDS);
            if (!ended) {
                midBuild++;
                p.destroyForcibly(); // SIGKILL
                p.waitFor();
            }
            String now = check(location, graphs);
            assertTrue(now.equals(current) || now.equals(next), "kill " + i + ": the store holds " + now
                    + ", neither the old build (" + current + ") nor the new one (" + next + ")");
            current = now;
        }
        System.out.println("RebuildCrashTest: " + midBuild + " of " + KILLS + " builds killed before they ended "
                + "(one whole build: " + wholeMillis + " ms)");
        assertTrue(midBuild >= KILLS / 2, "too few kills landed inside a build: " + midBuild);
    }
}
