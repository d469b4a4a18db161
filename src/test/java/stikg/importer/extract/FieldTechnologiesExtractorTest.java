package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * A two-level technology scheme printed as a list, "n) FIELD: A, B, C", in the form of development brief (i), with
 * invented names: where the draft knows the field as a technology area, each item after the colon is a technology of it.
 */
class FieldTechnologiesExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static final Lexicon DRAFT = new Lexicon(List.of(new LexiconEntry("area-sea", List.of("TechnologyArea"),
            Map.of("ko", List.of("해양 에너지")), Map.of(), List.of(), Map.of(), "test"), new LexiconEntry("area-policy",
            List.of("PolicyArea"), Map.of("ko", List.of("지역 혁신")), Map.of(), List.of(), Map.of(), "test")));

    private static List<String> read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(DRAFT, LAYOUT.words()),
                id -> DRAFT.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups());
        return ProposalLines.of(new FieldTechnologiesExtractor(FieldTechnologiesExtractor.Settings.from(LAYOUT))
                .propose(new TextPassage(text, "L92-98"), context));
    }

    @Test
    void givenAFieldTheDraftKnowsAsATechnologyArea_thenEachItemAfterTheColonIsATechnologyOfIt() {
        assertEquals(List.of("area-sea exampleTechnology Technology '조력 발전'",
                "area-sea exampleTechnology Technology '파력 터빈'",
                "area-sea exampleTechnology Technology '첨단 해수전지'"),
                read("3) 해양 에너지: 조력 발전, 파력 터빈, 첨단 해수전지(소형 셀, 대형 셀)"),
                "a comma inside brackets parts no items, and the brackets say what the item covers");
    }

    @Test
    void givenAFieldThatIsNoTechnologyAreaOrASentenceAfterTheColon_thenNothingIsRead() {
        assertEquals(List.of(), read("2) 지역 혁신: 거점 육성, 대학 지정"));
        assertEquals(List.of(), read("1) 우주 항공: 발사체, 위성"));
        assertEquals(List.of(), read("해양 에너지: 조력 발전을 2030년까지 상용화하고 관련 기업을 지원한다, 파력 발전"));
    }
}
