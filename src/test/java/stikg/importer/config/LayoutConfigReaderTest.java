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
        assertEquals("scopeExtendedTo", c.extraction().editionConcepts().cues().get(0).property());
        assertEquals("generic", c.extraction().tableKinds().get(c.extraction().tableKinds().size() - 1).kind());
    }

    @Test
    void givenALayoutWithABadRegularExpression_whenRead_thenTheErrorNamesTheKey() throws Exception {
        String builtIn;
        try (java.io.InputStream in = LayoutConfigReader.class.getResourceAsStream(LayoutConfigReader.KOREAN_BRIEFS)) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
}
