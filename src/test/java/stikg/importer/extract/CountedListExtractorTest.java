package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/**
 * A numbered list printed in prose, read with the built-in layout: its title word decides the class of its items,
 * its count how many there must be; the plan the passage is about gets each item. Sentences written for this test.
 */
class CountedListExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static Proposal read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups());
        return new CountedListExtractor(CountedListExtractor.Settings.from(LAYOUT))
                .propose(new TextPassage(text, "L4-5", Optional.of("plan-1"), List.of()), context);
    }

    private static List<String> names(Proposal p) {
        return p.entities().stream().map(e -> e.name() + " " + e.type()).toList();
    }

    @Test
    void givenACircledListUnderATitleOfMissions_thenItsItemsArePolicyAreasOfThePlanInOrder() {
        Proposal p = read("정부는 3대 미션을 제시하였다. 미션은 ① 탄소중립 산업, ② 건강한 사회, ③ 안전한 국토로 구성");
        assertEquals(List.of("탄소중립 산업 PolicyArea", "건강한 사회 PolicyArea", "안전한 국토 PolicyArea"), names(p),
                "the last item without the particle that ends the list");
        assertEquals(List.of("_:list1-1 order 1", "plan-1 policyArea _:list1-1", "_:list1-2 order 2",
                "plan-1 policyArea _:list1-2", "_:list1-3 order 3", "plan-1 policyArea _:list1-3"),
                p.facts().stream().map(c -> c.subject() + " " + c.property() + " " + c.object()).toList());
    }

    @Test
    void givenACommaListUnderATitleOfTechnologies_thenItsItemsAreTechnologyAreasAndNoLinkFromThePlan() {
        Proposal p = read("4대 핵심기술 육성 전략은 인공지능, 양자기술, 반도체, 수소를 집중 지원");
        assertEquals(List.of("인공지능 TechnologyArea", "양자기술 TechnologyArea", "반도체 TechnologyArea",
                "수소 TechnologyArea"), names(p), "the first after a word with a particle, the last up to one");
        assertEquals(List.of("order"), p.facts().stream().map(CandidateFact::property).distinct().toList(),
                "the technology kind gives the plan no link to its rows");
    }

    @Test
    void givenTwoListsThatBothSayTheSameCount_thenEachKeepsTheClassItsTitleWordGives() {
        Proposal p = read("5대 미션: ① 가, ② 나, ③ 다, ④ 라, ⑤ 마 / 5대 핵심기술은 인공지능, 양자, 반도체, 수소, 바이오를 육성");
        assertEquals(List.of("PolicyArea", "TechnologyArea"), p.entities().stream().map(CandidateEntity::type)
                .distinct().toList());
    }

    @Test
    void givenAListWithMoreOrFewerItemsThanItsTitleCounts_thenNothingIsProposed() {
        assertEquals(Proposal.nothing(), read("3대 미션은 ① 가 나, ② 다 라로 구성"));
        assertEquals(Proposal.nothing(), read("1대 미션은 ① 가 나로 구성"));
        assertEquals(Proposal.nothing(), read("3대 과업은 ① 가, ② 나, ③ 다로 구성"));
    }
}
