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
 * The ranks of the country a passage names, read with the built-in layout: one ranking per indicator named since
 * the previous rank, else one named by the words before it; the year of the rank's clause. Sentences written for
 * this test.
 */
class RankExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("land", "Country", "가상국"),
            entry("rd", "Indicator", "연구개발비"), entry("people", "Indicator", "연구자 수")));

    private static Proposal read(String text, List<String> cites) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, t -> List.of(), t -> List.of(),
                t -> t.contains("2023년") ? List.of(new DateSpan("2023", t.indexOf("2023년"), t.indexOf("2023년") + 5))
                        : List.of());
        return new RankExtractor(RankExtractor.Settings.from(LAYOUT)).propose(new TextPassage(text, "L8",
                Optional.empty(), cites), context);
    }

    private static List<String> facts(Proposal p, String key) {
        return p.facts().stream().filter(f -> f.subject().equals(key)).map(f -> f.property() + " " + f.object())
                .toList();
    }

    @Test
    void givenOneRankAfterTwoIndicators_thenTheCountryIsRankedOncePerIndicatorInTheYearOfTheClause() {
        Proposal p = read("가상국은 2023년 연구개발비, 연구자 수 지표에서 세계 7위", List.of("src-2"));
        assertEquals(List.of("연구개발비", "연구자 수"), p.entities().stream().map(CandidateEntity::name).toList());
        assertEquals(List.of("rank 7", "figureOf land", "country land", "indicator rd", "referenceYear 2023",
                "citedSource src-2"), facts(p, "_:rank-1"));
        assertEquals("indicator people", facts(p, "_:rank-2").get(3));
    }

    @Test
    void givenARankWithoutAnIndicator_thenTheRankingIsNamedByThePhraseBeforeIt() {
        Proposal p = read("가상국 특허 출원은 세계 3위", List.of());
        assertEquals(List.of("가상국 특허 출원"), p.entities().stream().map(CandidateEntity::name).toList());
        assertEquals(List.of("rank 3", "figureOf land", "country land"), facts(p, "_:rank-1"));
    }

    @Test
    void givenARankWithoutACountry_thenNothingIsProposed() {
        assertEquals(Proposal.nothing(), read("특허 출원은 세계 3위", List.of()));
    }
}
