package stikg.importer;

import java.nio.file.Path;
import java.time.Clock;
import stikg.importer.config.LayoutConfig;
import stikg.importer.config.LayoutConfigReader;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconLoader;
import stikg.importer.text.BriefReader;
import stikg.importer.text.BriefText;
import stikg.importer.text.Segmentation;
import stikg.importer.text.Segmenter;
import stikg.pipeline.BuildConfig;
import stikg.pipeline.GraphCompiler;
import stikg.source.SourceReader;
import stikg.testing.Prerequisites;

/** The inputs the importer's tests share: the built-in layout, the seed brief (when beside the project), the second brief. */
public final class Briefs {

    /** The seed brief, read from the shared folder next to the project (it is not copied into the repository). */
    public static final Path SEED = Prerequisites.SEED_BRIEF;
    /** The second brief, written for these tests: a fictional country, other tables. */
    public static final Path EXAMPLIA = Path.of("src", "test", "resources", "stikg", "importer", "brief-examplia.txt");
    /** The lexicon of the second brief. */
    public static final Path EXAMPLIA_LEXICON = Path.of("src", "test", "resources", "stikg", "importer", "lexicon");

    private Briefs() {
    }

    public static LayoutConfig layout() {
        return new LayoutConfigReader().builtIn();
    }

    /**
     * The seed brief, read; skips the calling test with the reason printed when it is not beside the project (a
     * fresh clone), or fails it under {@code STIKG_STRICT_TESTS}.
     */
    public static BriefText seed() {
        Path seed = Prerequisites.seedBrief();
        return new BriefReader().read(seed, seed.toString());
    }

    public static BriefText examplia() {
        return new BriefReader().read(EXAMPLIA, EXAMPLIA.toString());
    }

    public static Lexicon lexicon(Path dir) {
        return new LexiconLoader(new SourceReader(Path.of(""))).load(dir);
    }

    public static Segmentation segment(BriefText text) {
        return new Segmenter(layout()).segment(text);
    }

    /** The draft, made with no lexicon, of a brief a test writes: the text, saved as {@code brief.txt} in a folder. */
    public static stikg.importer.draft.Draft draft(Path dir, String text) throws java.io.IOException {
        Path p = dir.resolve("brief.txt");
        java.nio.file.Files.writeString(p, text);
        return new stikg.importer.read.DraftAssembler(layout(), Lexicon.empty())
                .assemble(segment(new BriefReader().read(p, p.toString())), "doc");
    }

    /** Builds a folder of sources with a lexicon the way {@code ./stikg validate} does; throws on any problem. */
    public static GraphCompiler.Compiled validate(Path sources, Path lexicon) {
        BuildConfig config = BuildConfig.standard(Path.of("").toAbsolutePath()).withSources(sources.toAbsolutePath())
                .withLexicon(lexicon.toAbsolutePath());
        return new GraphCompiler(config, Clock.systemUTC()).compile();
    }
}
