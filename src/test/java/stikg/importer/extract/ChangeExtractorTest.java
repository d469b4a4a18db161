package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * Renamings and upgrades a clause tells of, read with the built-in layout (sentences and names written for this
 * test): each a node on the thing changed, with the rule and the span it rests on, and the passage's citations.
 */
class ChangeExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("plan", "Plan", "연구혁신 기본계획"),
            entry("ring", "Facility", "가상 방사광가속기"), entry("lab", "Facility", "해양 실험실"),
            entry("gov", "Ministry", "가상부")));

    private static List<CandidateFact> read(String text, List<String> cites) {
        stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
                LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, t -> List.of(), t -> List.of(),
                t -> dates.dates(t).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList());
        return new ChangeExtractor(ChangeExtractor.Settings.from(LAYOUT)).extract(new TextPassage(text, "L5",
                Optional.empty(), cites), context);
    }

    @Test
    void givenARenamingBetweenQuotes_thenTheThingNamedThereIsRenamedOnTheClausesDate() {
        List<CandidateFact> out = read("2024년 5월 ‘연구 기본계획’을 ‘연구혁신 기본계획’으로 개정", List.of("doc-1"));
        assertEquals(2, out.size(), out.toString());
        CandidateFact r = out.get(0);
        assertEquals(List.of("plan", "renaming", "Renaming", "change/renaming"), List.of(r.subject(), r.property(),
                r.object(), r.rule()));
        assertEquals(Map.of("nameBefore@ko", "연구 기본계획", "nameAfter@ko", "연구혁신 기본계획", "date", "2024-05"),
                r.node());
        assertEquals("‘연구 기본계획’을 ‘연구혁신 기본계획’", r.evidence().in(new TextPassage(
                "2024년 5월 ‘연구 기본계획’을 ‘연구혁신 기본계획’으로 개정", "L5")));
        assertEquals(List.of("plan", "citedSource", "doc-1"), List.of(out.get(1).subject(), out.get(1).property(),
                out.get(1).object()));
    }

    @Test
    void givenAnOrganisationBetweenTheQuotes_thenNothingIsRenamed() {
        assertEquals(List.of(), read("‘과학부’를 ‘가상부’로 개정", List.of()));
    }

    @Test
    void givenFacilitiesInTheGenitiveBeforeAnUpgradeCue_thenEachIsUpgraded_PlannedWhenTheClauseSaysSo() {
        List<CandidateFact> out = read("가상 방사광가속기와 해양 실험실의 빔 라인 증설 추진", List.of());
        assertEquals(List.of("ring", "lab"), out.stream().map(CandidateFact::subject).toList());
        assertEquals(Map.of("skos:prefLabel@ko", "빔 라인 증설"), out.get(0).node(), "done, as far as it says");
        assertEquals("change/upgrade", out.get(1).rule());
        assertEquals(Map.of("skos:prefLabel@ko", "고도화", "status", "planned"),
                read("해양 실험실의 고도화 예정", List.of()).get(0).node());
    }

    @Test
    void givenAMinistryBeforeAnUpgradeCue_thenItIsNotAFacilityUpgraded() {
        assertEquals(List.of(), read("가상부의 고도화", List.of()));
    }
}
