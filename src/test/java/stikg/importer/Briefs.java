package stikg.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.source.SourceReader;

/** The inputs the importer's tests share: the built-in layout, the seed brief (when beside the project), the second brief. */
final class Briefs {

    /** The seed brief, read from the shared folder next to the project (it is not copied into the repository). */
    static final Path SEED = Path.of("..", "shared", "seeds", "000_35fc73cf533e72ef.txt");
    /** The second brief, written for these tests: a fictional country, other tables. */
    static final Path EXAMPLIA = Path.of("src", "test", "resources", "stikg", "importer", "brief-examplia.txt");
    /** The lexicon of the second brief. */
    static final Path EXAMPLIA_LEXICON = Path.of("src", "test", "resources", "stikg", "importer", "lexicon");

    private Briefs() {
    }

    static LayoutConfig layout() {
        return new LayoutConfigReader().builtIn();
    }

    static Optional<BriefText> seed() {
        return Files.exists(SEED) ? Optional.of(new BriefReader().read(SEED, SEED.toString())) : Optional.empty();
    }

    static BriefText examplia() {
        return new BriefReader().read(EXAMPLIA, EXAMPLIA.toString());
    }

    static Lexicon lexicon(Path dir) {
        return new LexiconLoader(new SourceReader(Path.of(""))).load(dir);
    }

    static Segmentation segment(BriefText text) {
        return new Segmenter(layout()).segment(text);
    }

    /** Builds a folder of sources with a lexicon the way {@code ./stikg validate} does; throws on any problem. */
    static GraphCompiler.Compiled validate(Path sources, Path lexicon) {
        BuildConfig config = BuildConfig.standard(Path.of("").toAbsolutePath()).withSources(sources.toAbsolutePath())
                .withLexicon(lexicon.toAbsolutePath());
        return new GraphCompiler(config, Clock.systemUTC()).compile();
    }
}
