package stikg.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import stikg.store.StoreLocation;

/** The small fictional plan under src/test/resources/stikg/fixture, built the way the real data is. */
public final class Fixture {

    public static final Path ROOT = Path.of("src/test/resources/stikg/fixture");

    private Fixture() {
    }

    /** The build configuration of the checkout, pointed at the fixture's lexicon and sources. */
    public static BuildConfig config() {
        return BuildConfig.standard(Path.of("").toAbsolutePath()).withLexicon(ROOT.resolve("lexicon").toAbsolutePath())
                .withSources(ROOT.resolve("sources").toAbsolutePath());
    }

    /** Builds the fixture into a new store folder. */
    public static StoreLocation buildInto(Path storeDir) {
        StoreLocation store = new StoreLocation(storeDir);
        new Build(config(), Clock.systemUTC()).into(store);
        return store;
    }
}
