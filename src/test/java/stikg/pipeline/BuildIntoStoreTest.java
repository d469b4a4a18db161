package stikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;
import stikg.graph.Iris;
import stikg.store.StoreLocation;
import stikg.store.StoreSnapshot;
import stikg.vocab.Graphs;

/**
 * A build writes each graph while the later steps still check and reason (the store step overlaps them): the store
 * it leaves holds exactly what the compile makes, and a check that fails after graphs were written leaves the store
 * exactly as it was, with no unfinished database beside it.
 */
class BuildIntoStoreTest {

    private static final Path REASON = Path.of("src/test/resources/stikg/reason");

    @TempDir
    Path dir;

    private static void assertSameContent(DatasetGraph expected, DatasetGraph actual) {
        assertEquals(expected.stream().count(), actual.stream().count(), "quads");
        expected.listGraphNodes().forEachRemaining(g ->
                assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g + " differs"));
    }

    private static List<String> databaseFolders(StoreLocation location) throws Exception {
        try (Stream<Path> list = Files.list(location.root())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db-")).sorted().toList();
        }
    }

    /** A set of inputs under src/test/resources/stikg/reason that fails a check of the build. */
    private static BuildConfig failing(String set) {
        Path d = REASON.resolve(set).toAbsolutePath();
        Path project = Path.of("").toAbsolutePath();
        return new BuildConfig(project, project.resolve("ontology"), d.resolve("lexicon"), d.resolve("sources"),
                d.resolve("links"), Iris.standard(), Graphs.standard());
    }

    @Test
    void givenTheFixture_whenBuilt_thenTheStoreHoldsExactlyTheGraphsTheCompileMakes() {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));

        Map<String, Graph> compiled = new GraphCompiler(Fixture.config(), Clock.systemUTC()).compile().graphs();
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        compiled.forEach((name, g) -> expected.addGraph(NodeFactory.createURI(name), g));
        assertSameContent(expected, StoreSnapshot.of(location));
    }

    @Test
    void givenABuiltStore_whenARebuildFailsItsLastCheckAfterTheOtherGraphsWereWritten_thenTheStoreIsAsItWas()
            throws Exception {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        DatasetGraph before = StoreSnapshot.of(location);
        Path liveBefore = location.currentDatabase().orElseThrow();
        String fingerprintBefore = location.fingerprint().orElseThrow();

        // 'disjoint' converts and validates, then the rules find a contradiction: every asserted graph has been
        // handed to the store writer by then
        assertThrows(InvalidInputException.class, () -> new Build(failing("disjoint"), Clock.systemUTC()).into(location));
        // 'two-editions' fails the shapes, between the two
        assertThrows(InvalidInputException.class,
                () -> new Build(failing("two-editions"), Clock.systemUTC()).into(location));

        assertEquals(liveBefore, location.currentDatabase().orElseThrow());
        assertEquals(fingerprintBefore, location.fingerprint().orElseThrow());
        assertEquals(List.of(liveBefore.getFileName().toString()), databaseFolders(location),
                "an abandoned database was left beside the live one");
        assertSameContent(before, StoreSnapshot.of(location));
    }

    @Test
    void givenInputThatFailsBothTheShapesAndTheRules_whenBuilt_thenTheShapesViolationIsWhatTheBuildReports()
            throws Exception {
        StoreLocation location = Fixture.buildInto(dir.resolve("store"));
        DatasetGraph before = StoreSnapshot.of(location);

        // 'two-editions' breaks sti:edition's sh:maxCount 1 and the rule for functional properties alike; the check
        // runs beside inference, and its violation is still the one reported, as when it ran first
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Build(failing("two-editions"), Clock.systemUTC()).into(location));

        assertTrue(e.getMessage().contains("SHACL"), e.getMessage());
        assertTrue(!e.getMessage().contains("inconsistent:"), e.getMessage());
        assertSameContent(before, StoreSnapshot.of(location));
    }
}
