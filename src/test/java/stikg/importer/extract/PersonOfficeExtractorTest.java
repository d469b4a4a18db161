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
 * People named with their office. Sentences of two development briefs of the importer corpus
 * (data/importer-corpus/briefs/): (f) Welmark, a minister with her name's original in brackets, and (e) Arven, a
 * committee's chair named in brackets after it, with the bodies the draft of each knows; and sentences written for
 * this test, in which the word before an office is a body or a common noun, not a name.
 */
class PersonOfficeExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    /** The bodies the drafts of (e) and (f) know, and some of the test's own. */
    private static final Lexicon NAMES = new Lexicon(List.of(entry("bmfi", "Ministry", "연방연구혁신부"),
            entry("committee", "Council", "기획위원회"), entry("ncsti", "Council", "국가과학기술혁신회의"),
            entry("defence", "Ministry", "국방부"), entry("board", "Council", "이사회"),
            entry("science", "Ministry", "가상과학부"), entry("national-assoc", "Council", "국가연구협의회"),
            entry("regional-assoc", "Council", "지역연구협의회")));

    /** The candidates read from a sentence, each proposed entity's key replaced by "class 'name'". */
    private static List<String> read(String line) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty());
        Proposal p = new PersonOfficeExtractor(PersonOfficeExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(line, "L7"), context);
        List<String> out = new ArrayList<>();
        for (CandidateFact c : p.facts()) {
            String subject = p.entities().stream().filter(e -> e.key().equals(c.subject()))
                    .map(e -> e.type() + " '" + e.name() + "'").findFirst().orElse(c.subject());
            out.add(subject + " " + c.property() + " " + c.object());
        }
        return out;
    }

    @Test
    void givenAForeignNameWithItsOriginalBeforeABodyAndAnOffice_thenThePersonIsAffiliatedWithTheBody() {
        // (f) L35
        assertEquals(List.of("Person '클라라 뵈스' affiliation bmfi"),
                read("이러한 권고를 받아들여 클라라 뵈스(Klara Wöss) 연방연구혁신부 장관은 2026년"));
    }

    @Test
    void givenAChairNamedInBracketsAfterTheCommittee_thenThePersonIsAffiliatedWithTheCommittee() {
        // (e) L20: the body after the name is a short form that drops the head of the council's name
        assertEquals(List.of("Person '한도윤' affiliation committee", "Person '한도윤' affiliation ncsti"),
                read("(수립 경과) '26.3월 기획위원회 구성(위원장: 한도윤 혁신회의 부의장) → '26.7.8. 공청회"));
    }

    @Test
    void givenAKoreanNameBeforeAKnownBodyAndAnOffice_thenThePersonIsAffiliatedWithTheBody() {
        assertEquals(List.of("Person '최서연' affiliation science"),
                read("최서연 가상과학부 장관은 새 전략을 발표하였다."));
        assertEquals(List.of("Person '한도윤' affiliation ncsti"), read("한도윤 국가과학기술혁신회의 부의장이 주재"));
    }

    @Test
    void givenABodyOrACommonNounBeforeTheOffice_thenNoPersonIsProposed() {
        assertEquals(List.of(), read("국방부 장관은 관계부처 장관과 협의하여 결정"));
        assertEquals(List.of(), read("이사회 의장이 위원장을 겸임"));
        assertEquals(List.of(), read("전문가 위원장 체제로 운영"));
    }

    @Test
    void givenAShortFormThatEndsTwoBodiesNamesOrIsTooShort_thenItStandsForNoBody() {
        // 연구협의회 ends the names of two bodies the draft knows; 위원회 is shorter than a short form may be
        assertEquals(List.of(), read("김민준 연구협의회 회장은"));
        assertEquals(List.of(), read("김민준 위원회 위원장은"));
    }

    @Test
    void givenANameWithAnOfficeButNoBodyTheDraftKnows_thenNoPersonIsProposed() {
        assertEquals(List.of(), read("다카노 총리가 내건 구상"));
        assertEquals(List.of(), read("김민준 미지위원회 위원장은"));
    }
}
