package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** The measures a topic bullet lists after its topic, read from one bullet about the entity its topic is. */
class TopicActionExtractorTest {

    private final TopicActionExtractor topics = new TopicActionExtractor(
            TopicActionExtractor.Settings.from(Briefs.layout()), new ActionSplitter(Briefs.layout()));
    /** The draft's classes: "area" a sub-area, "step" a measure. */
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            Briefs.layout().words()), id -> Map.of("area", List.of("SubArea"), "step", List.of("Measure"))
            .getOrDefault(id, List.of()), Briefs.layout().extraction().classGroups());

    private static TextPassage bullet(String text, String about) {
        return new TextPassage(text, "L12", Optional.of(about), List.of());
    }

    @Test
    void givenATopicBulletListingThreeActions_whenProposed_thenEachIsAMeasureUnderTheTopicEvidencedByItsWords() {
        TextPassage p = bullet("(기초 강화) 도약연구 프로그램 확대, 신진연구 사업 신설, 인재 유치 강화를 추진", "area");
        Proposal proposal = topics.propose(p, context);

        assertEquals(3, proposal.entities().size());
        assertTrue(proposal.entities().stream().allMatch(e -> e.type().equals("Measure")
                && e.local().equals(TopicActionExtractor.ACTION)));
        assertEquals("action 2 of 3 the topic bullet at L12 lists", proposal.entities().get(1).why());
        List<CandidateFact> links = proposal.facts().stream().filter(f -> !f.literal()).toList();
        assertEquals(3, links.size());
        assertTrue(links.stream().allMatch(f -> f.property().equals("underArea") && f.object().equals("area")
                && f.rule().equals("topic-actions/under")));
        assertTrue(proposal.facts().stream().anyMatch(f -> f.literal() && f.property().equals(TopicActionExtractor.PRINTED)
                && f.object().equals("인재 유치 강화를 추진")), "the action as printed, where it differs from its name");
        CandidateEntity second = proposal.entities().get(1);
        assertTrue(p.text().substring(second.evidence().start(), second.evidence().end()).contains("신진연구"),
                "the evidence of an action is its own words, not the whole bullet");
    }

    @Test
    void givenABulletOfAMeasuresTopic_whenProposed_thenItsActionsArePartsOfThatMeasure() {
        Proposal proposal = topics.propose(bullet("(기초 조치) 도약연구 프로그램 확대, 신진연구 사업 신설을 추진", "step"), context);

        assertEquals(2, proposal.entities().size());
        assertTrue(proposal.facts().stream().filter(f -> !f.literal())
                .allMatch(f -> f.property().equals("partOf") && f.object().equals("step")));
    }

    @Test
    void givenOneActionOrNoTopicOrNoSubject_whenProposed_thenNothingIsProposed() {
        Proposal none = Proposal.nothing();
        assertEquals(none, topics.propose(bullet("(기초 강화) 도약연구를 확대", "area"), context),
                "a single action is the topic's own description");
        assertEquals(none, topics.propose(bullet("도약연구 확대, 신진연구 신설을 추진", "area"), context));
        assertEquals(none, topics.propose(new TextPassage("(기초 강화) 도약연구 확대, 신진연구 신설을 추진", "L12"),
                context));
    }
}
