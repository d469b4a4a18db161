package stikg.pipeline;

import java.nio.file.Path;
import stikg.graph.Iris;
import stikg.vocab.Graphs;

/**
 * Where a build reads from and what IRIs it mints.
 *
 * @param projectRoot paths in messages are shown relative to it
 * @param ontologyDir {@code ontology/}: the ontology (*.ttl), {@code shapes.ttl} and {@code rules/}
 * @param lexiconDir the shared lexicon of named entities
 * @param sourcesDir one YAML file per source document
 * @param linksDir external lists and mappings (may be absent)
 */
public record BuildConfig(Path projectRoot, Path ontologyDir, Path lexiconDir, Path sourcesDir, Path linksDir,
        Iris iris, Graphs graphs) {

    /** The layout of a checkout: {@code ontology/}, {@code data/lexicon}, {@code data/sources}, {@code data/links}. */
    public static BuildConfig standard(Path projectRoot) {
        return new BuildConfig(projectRoot, projectRoot.resolve("ontology"), projectRoot.resolve("data/lexicon"),
                projectRoot.resolve("data/sources"), projectRoot.resolve("data/links"), Iris.standard(),
                Graphs.standard());
    }

    public BuildConfig withSources(Path sources) {
        return new BuildConfig(projectRoot, ontologyDir, lexiconDir, sources, linksDir, iris, graphs);
    }

    public BuildConfig withLexicon(Path lexicon) {
        return new BuildConfig(projectRoot, ontologyDir, lexicon, sourcesDir, linksDir, iris, graphs);
    }

    public BuildConfig withIdBase(String base) {
        return new BuildConfig(projectRoot, ontologyDir, lexiconDir, sourcesDir, linksDir, new Iris(base), graphs);
    }

    public Path shapesFile() {
        return ontologyDir.resolve("shapes.ttl");
    }

    public Path rulesDir() {
        return ontologyDir.resolve("rules");
    }
}
