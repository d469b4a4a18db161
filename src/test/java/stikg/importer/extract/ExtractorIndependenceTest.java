package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;

/**
 * Extractors do not depend on each other, nor on the draft they are merged into: a plain scan of the sources of
 * {@code stikg.importer.extract}, as {@code ImporterLayersTest} scans the layers. No extractor's source names another
 * extractor class, and no source of the package names the mutable entity book or the readers' package. The
 * extractors are enumerated from {@link Extractors#every}, and every extractor class of the package must be in it.
 */
class ExtractorIndependenceTest {

    private static final Path EXTRACT = Path.of("src", "main", "java", "stikg", "importer", "extract");

    /** The shapes of extractors, not extractors. */
    private static final List<String> INTERFACES = List.of("Extractor", "ProposingExtractor");

    @Test
    void givenTheSourcesOfTheExtractPackage_thenEveryExtractorInThemIsOneTheAssemblerRuns() throws IOException {
        List<String> run = Extractors.every(Briefs.layout()).stream()
                .map(x -> x.getClass().getSimpleName()).toList();
        List<String> declared;
        try (Stream<Path> s = Files.list(EXTRACT)) {
            declared = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Extractor.java"))
                    .map(n -> n.replace(".java", "")).filter(n -> !INTERFACES.contains(n)).sorted().toList();
        }
        // an extractor left out of Extractors.every would escape the contract tests, which enumerate that list
        assertEquals(declared, run.stream().sorted().toList());
    }

    @Test
    void givenTheExtractorSources_whenScanned_thenNoneNamesAnotherExtractorOrTheDraft() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXTRACT)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        // the extractors are those the assembler runs (Extractors.every), so a new one is scanned without a change here
        List<String> extractors = Extractors.every(Briefs.layout()).stream()
                .map(x -> x.getClass().getSimpleName()).toList();
        List<String> names = files.stream().map(f -> f.getFileName().toString().replace(".java", "")).toList();
        assertTrue(names.containsAll(extractors), "every extractor's source is in " + EXTRACT + ": " + extractors);
        List<String> violations = new ArrayList<>();
        for (Path f : files) {
            String own = f.getFileName().toString().replace(".java", "");
            String text = Files.readString(f);
            for (String other : extractors) {
                if (!other.equals(own) && !own.equals("Extractors")
                        && text.matches("(?s).*\\b" + other + "\\b.*")) {
                    violations.add(own + " names " + other);
                }
            }
            for (String forbidden : List.of("stikg.importer.draft", "stikg.importer.read", "EntityBook")) {
                if (text.contains(forbidden)) {
                    violations.add(own + " names " + forbidden);
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
