package stikg.importer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import stikg.diag.InvalidInputException;
import stikg.importer.Briefs;

/** The layout is configuration: the built-in one reads, and a broken one names the key at fault. */
class LayoutConfigReaderTest {

    @Test
    void givenTheBuiltInLayout_whenRead_thenItHasTheMarkersCuesAndUnitsOfKoreanBriefs() {
        LayoutConfig c = Briefs.layout();
        assertEquals("ko", c.language());
        assertTrue(c.structure().bullets().stream().anyMatch(b -> b.marker().equals("⇒") && b.kind() == BulletKind.LEAD));
        assertEquals("**", c.structure().bullets().get(0).marker(), "longer markers are tried first");
        assertTrue(c.extraction().cues().stream().anyMatch(q -> q.word().equals("주관") && "ledBy".equals(q.property())));
        assertTrue(c.extraction().cues().stream().anyMatch(q -> q.word().equals("공모") && "Call".equals(q.event())));
        assertEquals("JPY", c.numbers().currencies().get("엔"));
        assertEquals(0, new java.math.BigDecimal("1e12").compareTo(c.numbers().scales().get("조")));
        assertTrue(c.numbers().estimate().contains("약"));
        assertEquals("scopeExtendedTo", stikg.importer.extract.EditionConceptExtractor.Settings.from(c).rule().cues()
                .get(0).property());
        assertEquals("generic", c.extraction().tableKinds().get(c.extraction().tableKinds().size() - 1).kind());
    }

    @Test
    void givenALayoutWithABadRegularExpression_whenRead_thenTheErrorNamesTheKey() throws Exception {
        String builtIn = "";
        for (String f : java.util.List.of(LayoutConfigReader.KOREAN_GRAMMAR, LayoutConfigReader.KOREAN_BRIEFS)) {
            try (java.io.InputStream in = LayoutConfigReader.class.getResourceAsStream(f)) {
                builtIn += new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
            }
        }
        String yaml = builtIn.replaceFirst("heading: '[^']*'", "heading: '('");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LayoutConfigReader()
                .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml"));
        assertTrue(e.getMessage().contains("bad.yaml: layout key 'sections.heading' is not a regular expression"),
                e.getMessage());
    }

    @Test
    void givenALayoutWithoutAKey_whenRead_thenTheErrorSaysWhichIsMissing() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new LayoutConfigReader()
                .read(new ByteArrayInputStream("language: ko\n".getBytes(StandardCharsets.UTF_8)), "short.yaml"));
        assertTrue(e.getMessage().contains("layout key 'sections' is missing"), e.getMessage());
    }

    @Test
    void givenTheBuiltInFiles_whenReadWithAndWithoutTheFittedRules_thenOnlyTheFittedFileAddsTheSeedsRules() {
        LayoutConfig general = new LayoutConfigReader().builtIn(false);
        LayoutConfig fitted = new LayoutConfigReader().builtIn(true);
        assertEquals(java.util.List.of(), general.extraction().actionLists().joiners(), "no joiner is general");
        assertTrue(fitted.extraction().actionLists().joiners().contains("과 더불어"));
        assertEquals(stikg.importer.extract.EditionConceptExtractor.Settings.from(general).rule().cues().size() + 2,
                stikg.importer.extract.EditionConceptExtractor.Settings.from(fitted).rule().cues().size(),
                "the fitted cues are added to the genre's");
        assertEquals(general.structure().bullets(), fitted.structure().bullets(), "the grammar is the same");
    }

    @Test
    void givenTwoYamlTrees_whenMerged_thenMappingsMergeListsAppendAndScalarsReplace() {
        Object merged = LayoutConfigReader.merge(
                java.util.Map.of("a", java.util.Map.of("x", 1, "l", java.util.List.of("p"))),
                java.util.Map.of("a", java.util.Map.of("x", 2, "l", java.util.List.of("q")), "b", 3));
        assertEquals(java.util.Map.of("a", java.util.Map.of("x", 2, "l", java.util.List.of("p", "q")), "b", 3), merged);
    }
}
