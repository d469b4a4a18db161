package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.diag.InvalidInputException;
import stikg.importer.config.LayoutConfig;
import stikg.importer.config.LayoutConfigReader;

/**
 * The thresholds and character windows of the prose readers are settings with documented defaults (formerly
 * constants in their code): a layout may set them under {@code settings:}, and a misspelt one is an error, not a
 * default silently kept.
 */
class ReaderSettingsTest {

    /** The built-in grammar and genre files with more YAML after them. */
    private static LayoutConfig.Extraction layoutWith(String more) throws IOException {
        return configWith(more).extraction();
    }

    private static LayoutConfig configWith(String more) throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (String f : List.of(LayoutConfigReader.KOREAN_GRAMMAR, LayoutConfigReader.KOREAN_BRIEFS)) {
            try (InputStream in = LayoutConfigReader.class.getResourceAsStream(f)) {
                yaml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        yaml.append(more);
        return new LayoutConfigReader().read(new ByteArrayInputStream(yaml.toString()
                .getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void givenTheSettingsOfReadersMovedOntoTheContract_thenALayoutSetsThemAndAMisspeltOneIsAnError()
            throws IOException {
        LayoutConfig layout = configWith("settings:\n  countedLists: {maximumCount: 9, commaWords: 4}\n"
                + "  authorFacts: {creator: \"dct:contributor\"}\n");
        var lists = stikg.importer.extract.CountedListExtractor.Settings.from(layout);
        assertEquals(List.of(9, 4, 5), List.of(lists.maximumCount(), lists.commaWords(), lists.circledWords()),
                "what the layout sets, and the default of what it does not");
        assertEquals("dct:contributor", stikg.importer.extract.AuthorExtractor.Settings.from(layout.extraction())
                .creator());
        LayoutConfig bad = configWith("settings:\n  countedLists: {maximumCuont: 9}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> stikg.importer.extract.CountedListExtractor.Settings.from(bad));
        assertTrue(e.getMessage().contains("settings.countedLists has no setting 'maximumCuont'"), e.getMessage());
    }

    @Test
    void givenALayoutWithoutSettings_thenEveryReaderKeepsItsDocumentedDefaults() throws IOException {
        LayoutConfig.Extraction ex = layoutWith("");
        var cues = stikg.importer.extract.ClauseFactExtractor.Settings.from(configWith(""));
        assertEquals(List.of(15, 2), List.of(cues.genitiveReach(), cues.basisGap()));
        assertEquals(20, stikg.importer.extract.DatedFactExtractor.Settings.from(ex).thingAfterCue());
        assertEquals(new stikg.importer.extract.ClauseGrammar.Settings(12, 3),
                stikg.importer.extract.ClauseGrammar.Settings.from(ex));
        assertEquals(10, stikg.importer.extract.ChangeExtractor.Settings.from(configWith("")).upgradeWords());
        assertEquals(3, cues.nounWords());
        assertEquals(new Statements.Settings(4, 0.8), Statements.Settings.from(ex));
        assertEquals(new SectionAreas.Settings(0.6), SectionAreas.Settings.from(ex));
        assertEquals(new Topics.Settings(0.5, 4, List.of("programme", "facility")), Topics.Settings.from(ex));
        assertEquals(stikg.importer.extract.TableKinds.Settings.COUNTED_TITLE.defaultValue(),
                stikg.importer.extract.TableKinds.Settings.from(configWith("")).counted().pattern());
        var parents = stikg.importer.extract.TableParentExtractor.Settings.from(configWith(""));
        assertEquals(List.of(List.of("PolicyArea", "SubArea"), 2), List.of(parents.areaClasses(),
                parents.minimumName()));
        assertEquals("TechnologyList", stikg.importer.extract.TableSchemeExtractor.Settings.from(configWith(""))
                .listClass());
        assertEquals(2, stikg.importer.extract.DetailRowExtractor.Settings.from(configWith("")).minimumRows());
    }

    @Test
    void givenALayoutThatSetsThresholds_thenTheReadersTakeThemAsTheirKindOfNumber() throws IOException {
        LayoutConfig.Extraction ex = layoutWith("settings:\n  statements: {minimumName: 6, previewLikeness: 1}\n"
                + "  cueFacts: {basisGap: 4}\n");
        assertEquals(new Statements.Settings(6, 1.0), Statements.Settings.from(ex));
        var cues = stikg.importer.extract.ClauseFactExtractor.Settings.from(configWith("settings:\n  cueFacts: {basisGap: 4}\n"));
        assertEquals(List.of(15, 4), List.of(cues.genitiveReach(), cues.basisGap()), "the other one stays");
    }

    @Test
    void givenALayoutThatSetsTheProseExtractors_thenTheyTakeIt_andAMisspeltKeyIsAnError() throws IOException {
        LayoutConfig.Extraction ex = layoutWith("settings:\n  figures: {scaleWords: [규모로]}\n"
                + "  listNumbers: {minimumItems: 3}\n");
        assertEquals(List.of("규모로"), stikg.importer.extract.TargetFigures.Settings.from(ex).scaleWords());
        assertEquals(3, stikg.importer.extract.ListNumberExtractor.Settings.from(ex).minimumItems());
        LayoutConfig.Extraction misspelt = layoutWith("settings:\n  figures: {scaleWord: [규모로]}\n");
        assertThrows(InvalidInputException.class, () -> stikg.importer.extract.TargetFigures.Settings.from(misspelt));
    }

    @Test
    void givenTheBuiltInLayout_thenTheReadersRulesComeFromItsKeysIntoTheirSettings() throws IOException {
        LayoutConfig.Extraction ex = layoutWith("");
        assertTrue(stikg.importer.extract.ClauseFactExtractor.Settings.from(configWith("")).verbEndings().contains("하"), "grammar-ko.yaml verbEndings");
        assertTrue(stikg.importer.extract.ChangeExtractor.Settings.from(configWith("")).upgradeCues().contains("증설"),
                "layout-ko.yaml upgradeCues");
        assertTrue(stikg.importer.extract.RankExtractor.Settings.from(configWith("")).rank().matcher("세계 3위").find());
        assertTrue(stikg.importer.extract.AuthorExtractor.Settings.from(ex).author()
                .matcher("홍길동 연구위원(hong@example.org)").find());
        assertEquals(false, stikg.importer.extract.DatedFactExtractor.Settings.from(ex).dateCues().isEmpty());
        assertTrue(stikg.importer.extract.CitationExtractor.Settings.from(configWith("")).url().matcher("https://www.example.org/a").find());
        assertTrue(stikg.importer.extract.CitationExtractor.Settings.from(configWith("")).editionInCitation().matcher("第7期").find());
        assertEquals(false, stikg.importer.extract.TableGroupExtractor.Settings.from(configWith("")).subsetWords().isEmpty());
        assertTrue(stikg.importer.extract.ClauseFactExtractor.Settings.from(configWith("")).doneWords().contains("했"));
        assertEquals(new stikg.importer.extract.OverviewLinkExtractor.Settings("SubArea", "subAreaOf",
                "skos:related", 0.35), stikg.importer.extract.OverviewLinkExtractor.Settings.from(ex));
        assertEquals(new CountedThings.Settings("skos:Concept", "countOf"), CountedThings.Settings.from(ex));
        stikg.importer.extract.ConceptListExtractor.Settings concepts =
                stikg.importer.extract.ConceptListExtractor.Settings.from(ex);
        assertEquals(List.of("skos:Concept", "skos:narrower", "concerns", List.of("등")), List.of(concepts.type(),
                concepts.narrower(), concepts.link(), concepts.dropWords()));
        assertTrue(concepts.item().matcher("③").matches(), "layout-ko.yaml enumerationItem");
    }

    @Test
    void givenAMisspeltSetting_thenTheErrorNamesItAndTheSettingsThereAre() throws IOException {
        LayoutConfig bad = configWith("settings:\n  cueFacts: {genitiveRech: 20}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> stikg.importer.extract.ClauseFactExtractor.Settings.from(bad));
        assertTrue(e.getMessage().contains("settings.cueFacts has no setting 'genitiveRech' (known: genitiveReach, "
                + "basisGap)"), e.getMessage());
    }

    @Test
    void givenAWordWhereANumberBelongs_thenTheErrorNamesTheSetting() throws IOException {
        LayoutConfig bad = configWith("settings:\n  counts: {nounWords: three}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> stikg.importer.extract.ClauseFactExtractor.Settings.from(bad));
        assertTrue(e.getMessage().contains("setting 'nounWords' must be a number, not 'three'"), e.getMessage());
    }
}
