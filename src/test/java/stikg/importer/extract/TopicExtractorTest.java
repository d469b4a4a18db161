package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;
import stikg.importer.names.NameFolder;

/** The topic a bullet opens with in brackets, and the organisations a bullet on how an area is carried out names. */
class TopicExtractorTest {

    private static final Lexicon NAMES = new Lexicon(List.of(
            new LexiconEntry("agency", List.of("Agency"), Map.of("ko", List.of("연구청")), Map.of(), List.of(),
                    Map.of(), "test"),
            new LexiconEntry("prog", List.of("Program"), Map.of("ko", List.of("도약연구 프로그램")), Map.of(),
                    List.of(), Map.of(), "test")));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES,
            Briefs.layout().words()), id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()),
            Briefs.layout().extraction().classGroups());
    private final TopicExtractor.Settings layouts = TopicExtractor.Settings.from(Briefs.layout());
    /** The layout's rules, with "추진체계" a topic naming how an area is carried out. */
    private final TopicExtractor topics = new TopicExtractor(new TopicExtractor.Settings(layouts.opening(),
            List.of("추진체계"), layouts.implementerProperty(), layouts.organisations()),
            new NameFolder(Briefs.layout().words()));

    private static TextPassage bullet(String text) {
        return new TextPassage(text, "L40", Optional.of("area"), List.of());
    }

    @Test
    void givenABulletOpeningWithATopic_whenProposed_thenTheTopicIsProposedUndecidedEvidencedByItsWords() {
        TextPassage p = bullet("( 해양 인재 ) 해양 인재를 키우는 사업을 확대");
        Proposal proposal = topics.propose(p, context);

        assertEquals(1, proposal.entities().size());
        CandidateEntity topic = proposal.entities().get(0);
        assertEquals("해양 인재", topic.name());
        assertEquals(TopicExtractor.UNDECIDED, topic.type(), "what a topic is, the merge decides");
        assertEquals("해양 인재", topic.evidence().in(p));
        assertEquals(List.of(), proposal.facts());
    }

    @Test
    void givenATopicOnHowTheAreaIsCarriedOut_whenProposed_thenTheOrganisationsItNamesCarryTheAreaOut() {
        TextPassage p = bullet("(추진체계) 연구청 중심으로 도약연구 프로그램을 운영");
        Proposal proposal = topics.propose(p, context);

        assertEquals(List.of(), proposal.entities(), "such a topic is no part of the area");
        assertEquals(1, proposal.facts().size(), "the programme it names is no organisation");
        CandidateFact f = proposal.facts().get(0);
        assertEquals(List.of("area", "implementedBy", "agency"), List.of(f.subject(), f.property(), f.object()));
        assertEquals("연구청", f.evidence().in(p));
    }

    @Test
    void givenNoTopicOrATopicOfNoLetters_whenProposed_thenNothingIsProposed() {
        Proposal none = Proposal.nothing();
        assertEquals(none, topics.propose(bullet("해양 인재를 키우는 사업을 확대"), context));
        assertEquals(none, topics.propose(bullet("(12) 해양 인재를 키우는 사업을 확대"), context));
        assertEquals(none, topics.propose(new TextPassage("(추진체계) 연구청 중심으로 추진", "L40"), context),
                "carrying out no area the merge names");
    }

    @Test
    void givenABulletOpeningWithANameSetOffByADash_whenProposed_thenTheNameIsTheTopic() {
        TextPassage p = bullet("연구장비 공동활용 – 국립연구소의 대형 장비를 대학에 개방");
        Proposal proposal = topics.propose(p, context);

        assertEquals(1, proposal.entities().size());
        assertEquals("연구장비 공동활용", proposal.entities().get(0).name());
        assertEquals("연구장비 공동활용", proposal.entities().get(0).evidence().in(p));
    }

    @Test
    void givenADateOrANumberBeforeADash_orANameBeforeAColon_whenProposed_thenNothingIsProposed() {
        Proposal none = Proposal.nothing();
        assertEquals(none, topics.propose(bullet("2026년 1분기 – 기획위원회 구성"), context), "a step of a schedule");
        assertEquals(none, topics.propose(bullet("12개 품목 – 비축량 확대"), context));
        assertEquals(none, topics.propose(bullet("연구 수월성 제고: 상위 1% 논문 비중 확대"), context),
                "a colon as often labels a goal, a unit or a note");
        assertEquals(none, topics.propose(bullet("장비를 개방하고 이용료를 지원–확대"), context), "a dash within words");
    }
}
