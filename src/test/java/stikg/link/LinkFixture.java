package stikg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.store.StoreLocation;

/**
 * The checkout's ontology and curated linked lists (data/links) with a small lexicon of linked entities
 * (src/test/resources/stikg/link/lexicon) and no source document: a graph whose links the linking tests know.
 */
final class LinkFixture {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path LEXICON = PROJECT.resolve("src/test/resources/stikg/link/lexicon");
    static final String WD = "http://www.wikidata.org/entity/";

    private LinkFixture() {
    }

    /** The build configuration; {@code dir} gets an empty sources folder. */
    static BuildConfig config(Path dir) {
        Path sources = dir.resolve("no-sources");
        try {
            Files.createDirectories(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BuildConfig.standard(PROJECT).withLexicon(LEXICON).withSources(sources);
    }

    /** Builds the fixture into {@code dir/store}. */
    static StoreLocation build(Path dir) {
        StoreLocation store = new StoreLocation(dir.resolve("store"));
        new Build(config(dir), Clock.systemUTC()).into(store);
        return store;
    }
}
