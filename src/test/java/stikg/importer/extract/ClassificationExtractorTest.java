package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * A sentence that sorts a thing into kinds, read with the built-in layout: the thing and each kind are proposed as
 * entities by name, the facts refer to them by key. Sentences written for this test.
 */
class ClassificationExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static Proposal read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(new Lexicon(List.of()),
                LAYOUT.words()), id -> List.of(), LAYOUT.extraction().classGroups());
        return new ClassificationExtractor(ClassificationExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(text, "L5"), context);
    }

    @Test
    void givenASentenceSortingAThingIntoKinds_thenTheThingAndEachKindAreProposedAndTheKindsAreOrderedNarrower() {
        Proposal p = read("※ 연구장비의 종류는 분석장비, 가공장비(소형, 대형), 시험장비로 구분");
        assertEquals(List.of("연구장비", "분석장비", "가공장비(소형, 대형)", "시험장비"),
                p.entities().stream().map(CandidateEntity::name).toList(), "a comma in brackets does not split");
        assertEquals(List.of("_:kind-1 order 1", "_:thing skos:narrower _:kind-1", "_:kind-2 order 2",
                "_:thing skos:narrower _:kind-2", "_:kind-3 order 3", "_:thing skos:narrower _:kind-3"),
                p.facts().stream().map(c -> c.subject() + " " + c.property() + " " + c.object()).toList());
        assertEquals(List.of("skos:Concept"), p.entities().stream().map(CandidateEntity::type).distinct().toList());
    }

    @Test
    void givenOneKindOnly_thenNothingIsProposed() {
        assertEquals(Proposal.nothing(), read("연구장비의 종류는 분석장비로 구분"));
    }

    @Test
    void givenEachProposedEntity_thenItsEvidenceIsItsNameInThePassage() {
        String text = "연구장비의 종류는 분석장비, 시험장비로 구분한다";
        TextPassage passage = new TextPassage(text, "L5");
        for (CandidateEntity e : read(text).entities()) {
            assertEquals(e.name(), e.evidence().in(passage));
        }
    }
}
