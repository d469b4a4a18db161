package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
 * The list a numbered title of technologies makes. The passages are written for this test (invented technologies),
 * in the ways the development briefs print such a list: a starred note with circled numbers, a sentence naming
 * the technologies after the title.
 */
class TechnologyListExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("tide", "TechnologyArea", "조력발전"),
            entry("glass", "TechnologyArea", "투명소재"), entry("swarm", "TechnologyArea", "군집로봇"),
            entry("goal", "PolicyArea", "해양 회복"), entry("land", "Country", "가상국")));

    private static List<String> read(String passage) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.of("land"), ExtractionContext.ANY_DOCUMENT, text -> List.of(), text -> List.of(),
                Optional.of("plan"));
        Proposal p = new TechnologyListExtractor(TechnologyListExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(passage, "L1"), context);
        List<String> out = new ArrayList<>();
        for (CandidateFact c : p.facts()) {
            out.add(ProposalLines.name(p, c.subject()) + " " + c.property() + " " + ProposalLines.name(p, c.object()) + " " + c.node());
        }
        return out;
    }

    @Test
    void givenANumberedTitleAndAsManyTechnologiesAfterIt_thenTheyMakeAListOfThePlanAndTheCountry() {
        assertEquals(List.of("TechnologyList '3대 미래기술' count Count {countValue=3, counted=미래기술}",
                "tide skos:inScheme TechnologyList '3대 미래기술' {}", "glass skos:inScheme TechnologyList '3대 미래기술' {}",
                "swarm skos:inScheme TechnologyList '3대 미래기술' {}", "plan technologyScheme TechnologyList '3대 미래기술' {}",
                "TechnologyList '3대 미래기술' country land {}"),
                read("※ 3대 미래기술: ①조력발전, ②투명소재, ③군집로봇"));
    }

    @Test
    void givenTheTechnologiesInTheSentenceAfterTheTitle_thenTheyAreStillTheListsItems() {
        assertEquals(4, read("두 번째 축은 3대 미래기술이다. 정부는 조력발전, 투명소재, 군집로봇을 해양 회복에 필요한 기술로 "
                + "지정하였다.").stream().filter(s -> s.contains("skos:inScheme") || s.contains(" count Count")).count());
    }

    @Test
    void givenFewerTechnologiesThanTheTitleCounts_thenNoListIsRead() {
        assertEquals(List.of(), read("※ 5대 미래기술: ①조력발전, ②투명소재, ③군집로봇 등"));
    }

    @Test
    void givenATitleThatCountsFieldsOfTechnology_thenItIsLeftToTheReadersOfCategories() {
        assertEquals(List.of(), read("※ 3대 미래기술 분야: ①조력발전, ②투명소재, ③군집로봇"));
        assertEquals(List.of(), read("※ 3대 미래기술 영역: ①조력발전, ②투명소재, ③군집로봇"));
    }
}
