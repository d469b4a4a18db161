package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importer's sub-packages are layers along the data's journey, and a layer uses only the layers below it:
 * {@code config} ← {@code text} ← {@code names} ← {@code extract} ← {@code draft} ← {@code read} ← the root package ← {@code eval} (the yardstick, which drives the whole importer). A plain scan
 * of the sources under {@code src/main/java/stikg/importer}: every mention of {@code stikg.importer.…} in a file
 * (an import, a static import, a qualified name in code or in a comment) must name its own layer or a lower one.
 * Classes of one package need no import to see each other, so the layering rests on these mentions alone.
 * Also, as the root package's description says, no importer source uses Jena, the packages that build RDF or the CLI.
 */
class ImporterLayersTest {

    private static final Path IMPORTER = Path.of("src", "main", "java", "stikg", "importer");

    /** The layers, lowest first; "" is the root package. */
    private static final List<String> LAYERS = List.of("config", "text", "names", "extract", "draft", "read", "", "eval");

    private static final Pattern MENTION = Pattern.compile("\\bstikg\\.importer\\.(\\w+)");

    @Test
    void givenTheImporterSources_whenTheirMentionsOfOtherPackagesAreRead_thenNoLayerUsesAHigherOne()
            throws IOException {
        Map<String, Integer> filesByLayer = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(IMPORTER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path dir = IMPORTER.relativize(file).getParent();
                String layer = dir == null ? "" : dir.toString().replace(java.io.File.separatorChar, '.');
                assertTrue(LAYERS.contains(layer), file + " is in " + layer + ", which is no layer of the importer:"
                        + " give a new package its place in " + LAYERS);
                filesByLayer.merge(layer, 1, Integer::sum);
                violations.addAll(violations(layer, Files.readString(file)).stream()
                        .map(v -> IMPORTER.relativize(file) + ": " + v).toList());
            }
        }
        assertEquals(LAYERS.size(), filesByLayer.size(), "every layer should have sources: " + filesByLayer);
        assertTrue(violations.isEmpty(), "a layer uses a higher one:\n" + String.join("\n", violations));
    }

    @Test
    void givenAMentionOfAHigherLayer_whenScanned_thenItIsAViolation_andOneOfALowerLayerIsNot() {
        assertEquals(1, violations("text", "import stikg.importer.draft.Draft;\n").size());
        assertEquals(1, violations("names", "var b = (stikg.importer.read.Passage) p;").size());
        assertEquals(1, violations("read", "import stikg.importer.BriefImporter;").size());
        assertEquals(1, violations("config", "import static stikg.importer.text.Segmenter.X;").size());
        assertTrue(violations("read", "import stikg.importer.draft.EntityBook;\nimport stikg.importer.config.*;")
                .isEmpty());
        assertTrue(violations("", "import stikg.importer.read.DraftAssembler;").isEmpty());
        assertTrue(violations("text", "package stikg.importer.text;").isEmpty());
    }

    @Test
    void givenTheImporterPackage_whenItsSourcesAreScanned_thenNoneImportsJena() throws IOException {
        try (Stream<Path> files = Files.walk(IMPORTER)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(p);
                assertFalse(text.contains("org.apache.jena"), p + " imports Jena");
                for (String pkg : List.of("stikg.graph", "stikg.pipeline", "stikg.store", "stikg.cli")) {
                    assertFalse(text.contains("import " + pkg), p + " imports " + pkg);
                }
            }
        }
    }

    /** The mentions in one file of the given layer that name a higher layer. */
    private static List<String> violations(String layer, String source) {
        int own = LAYERS.indexOf(layer);
        List<String> out = new ArrayList<>();
        Matcher m = MENTION.matcher(source);
        while (m.find()) {
            String next = m.group(1);
            // stikg.importer.Foo is a class of the root package; stikg.importer.foo is a sub-package
            String target = Character.isUpperCase(next.charAt(0)) ? "" : next;
            int rank = LAYERS.indexOf(target);
            if (rank < 0 || rank > own) {
                int line = source.substring(0, m.start()).split("\n", -1).length;
                out.add("line " + line + " mentions " + m.group() + " (layer '" + target + "', above '" + layer
                        + "')");
            }
        }
        return out;
    }
}
