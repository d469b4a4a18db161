package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The measures a running sentence lists under a policy area, as its tasks counted or as what it carries out. */
class ProseTaskListExtractorTest {

    private final ProseTaskListExtractor tasks = new ProseTaskListExtractor(
            ProseTaskListExtractor.Settings.from(Briefs.layout()));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> List.of(), Briefs.layout().extraction().classGroups());

    private static TextPassage sentence(String text) {
        return new TextPassage(text, "L40", Optional.of("area"), List.of());
    }

    private static List<String> names(Proposal p) {
        return p.entities().stream().map(CandidateEntity::name).toList();
    }

    @Test
    void givenTheAreasTasksCountedAfterThem_whenProposed_thenEachIsAMeasureUnderTheArea() {
        TextPassage p = sentence("두 번째 전략의 과제는 해양 관측망 확충, 연안 연구선 도입, 해양 인재 양성의 세 가지이다. "
                + "관측망은 2029년까지 갖춘다.");
        Proposal proposal = tasks.propose(p, context);

        assertEquals(List.of("해양 관측망 확충", "연안 연구선 도입", "해양 인재 양성"), names(proposal));
        assertEquals(3, proposal.facts().stream().filter(f -> f.property().equals("underArea")
                && f.object().equals("area") && f.rule().equals("proseTasks/listed")).count());
        assertEquals("연안 연구선 도입", proposal.entities().get(1).evidence().in(p), "the evidence is the task's words");
    }

    @Test
    void givenACountThatDisagreesWithTheItems_whenProposed_thenNothing() {
        assertEquals(List.of(), names(tasks.propose(sentence("전략의 과제는 해양 관측망 확충, 연안 연구선 도입의 세 "
                + "가지이다."), context)), "exactly as many items as the count says");
    }

    @Test
    void givenActionsJoinedAsTheObjectOfAVerbOfCarryingOut_whenProposed_thenEachIsAMeasure() {
        Proposal proposal = tasks.propose(sentence("전략 2에서는 해양 관측망 확충과 연안 연구선 도입, 그리고 해양 인재 "
                + "양성을 추진한다."), context);

        assertEquals(List.of("해양 관측망 확충", "연안 연구선 도입", "해양 인재 양성"), names(proposal));
    }

    @Test
    void givenOneActionOrAClauseOrAReport_whenProposed_thenNothing() {
        assertEquals(List.of(), names(tasks.propose(sentence("전략 2에서는 해양 관측망 확충을 추진한다."), context)),
                "one action in running prose is too often a description");
        assertEquals(List.of(), names(tasks.propose(sentence("정부는 연구선이 노후화되어 관측 공백이 커졌다는 지적에 "
                + "따라 새 연구선을 들여오고, 관측망을 넓히는 방안을 추진한다."), context)), "a clause is no task");
        assertEquals(List.of(), names(tasks.propose(sentence("관측망 확충과 연구선 도입은 2029년까지 마무리되었다."),
                context)), "a sentence that reports is in neither frame");
        assertEquals(List.of(), names(tasks.propose(new TextPassage("해양 관측망 확충과 연구선 도입을 추진한다.",
                "L40"), context)), "a sentence about no area lists no measure of one");
    }
}
