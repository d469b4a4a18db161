package stikg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;

class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        new CorpusGenerator(7).write(tmp.resolve("a"), 30_000);
        new CorpusGenerator(7).write(tmp.resolve("b"), 30_000);
        List<Path> a = files(tmp.resolve("a"));
        assertEquals(a, files(tmp.resolve("b")));
        assertTrue(a.size() > 3, "several files: " + a);
        for (Path f : a) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)),
                    f.toString());
        }
    }

    @Test
    void anotherSeedWritesOtherValues() throws IOException {
        new CorpusGenerator(7).write(tmp.resolve("a"), 10_000);
        new CorpusGenerator(8).write(tmp.resolve("b"), 10_000);
        Path f = Path.of("sources", "syn-c0001-p1.yaml");
        assertFalse(Files.readString(tmp.resolve("a").resolve(f)).equals(Files.readString(tmp.resolve("b").resolve(f))));
    }

    private static long builtTriples(CorpusGenerator.Corpus c) {
        BuildConfig config = BuildConfig.standard(Path.of("").toAbsolutePath()).withSources(c.sources())
                .withLexicon(c.lexicon());
        return new GraphCompiler(config, Clock.systemUTC()).compile().graphs().values().stream()
                .mapToLong(g -> g.size()).sum();
    }

    @Test
    void yieldsTheRequestedScaleWithinTwentyPercentAndPassesTheBuildChecks() {
        for (long scale : new long[] {10_000, 30_000}) {
            CorpusGenerator.Corpus c = new CorpusGenerator(42).write(tmp.resolve("s" + scale), scale);
            long triples = builtTriples(c); // throws if SHACL, references or locators fail
            assertTrue(Math.abs(triples - scale) <= 0.2 * scale, scale + " requested, " + triples + " built");
        }
    }

    @Test
    void planCountFollowsTheScale() {
        for (long scale : new long[] {10_000, 30_000, 100_000, 1_000_000, 10_000_000}) {
            long estimate = CorpusGenerator.expectedTriples(scale);
            assertTrue(Math.abs(estimate - scale) <= 0.05 * scale, scale + " -> " + estimate);
        }
        assertEquals(1, CorpusGenerator.plansFor(10));
        assertEquals(2, CorpusGenerator.plansFor(10_000), "one full plan and a smaller one");
    }
}
