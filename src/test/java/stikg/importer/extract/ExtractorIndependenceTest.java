package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extractors do not depend on each other, nor on the draft they are merged into: a plain scan of the sources of
 * {@code stikg.importer.extract}, as {@code ImporterLayersTest} scans the layers. No extractor's source names another
 * extractor class, and no source of the package names the mutable entity book or the readers' package.
 */
class ExtractorIndependenceTest {

    private static final Path EXTRACT = Path.of("src", "main", "java", "stikg", "importer", "extract");

    @Test
    void givenTheExtractorSources_whenScanned_thenNoneNamesAnotherExtractorOrTheDraft() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXTRACT)) {
            files = s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        List<String> extractors = files.stream().map(f -> f.getFileName().toString().replace(".java", ""))
                .filter(n -> n.endsWith("Extractor") && !n.equals("Extractor")).toList();
        assertTrue(extractors.size() >= 2, "extractors found: " + extractors);
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
