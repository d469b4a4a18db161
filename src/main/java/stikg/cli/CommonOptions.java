package stikg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import stikg.pipeline.BuildConfig;
import stikg.store.StoreLocation;

/** Options every command shares: where the store lives and where the curated files are. */
final class CommonOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "run/store")
    Path store;

    @Option(names = "--sources", paramLabel = "DIR", description = "Source files, one per document (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/sources")
    Path sources;

    @Option(names = "--lexicon", paramLabel = "DIR", description = "Shared lexicon of named entities (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/lexicon")
    Path lexicon;

    @Option(names = "--project", paramLabel = "DIR", description = "Project folder holding ontology/ and data/ (default: current folder).",
            defaultValue = ".")
    Path project;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of minted instances (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://w3id.org/stikg/id/")
    String base;

    BuildConfig buildConfig() {
        Path root = project.toAbsolutePath().normalize();
        return BuildConfig.standard(root).withSources(root.resolve(sources)).withLexicon(root.resolve(lexicon))
                .withIdBase(base);
    }

    StoreLocation storeLocation() {
        return new StoreLocation(project.toAbsolutePath().normalize().resolve(store));
    }
}
