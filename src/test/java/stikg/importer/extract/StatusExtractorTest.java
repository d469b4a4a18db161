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
 * Where a thing a plan makes stands, read with the built-in layout: a verb of making after its name makes it
 * planned, unless an ending of a thing done follows the verb; an organisation named before the verb (the subject)
 * gets no status. Sentences written for this test.
 */
class StatusExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("ministry", "Ministry", "가상부"),
            entry("centre", "Facility", "가상 데이터센터"), entry("act", "Law", "가상연구법"),
            entry("zone", "SpecialZone", "가상 실증특구"), entry("fellowship", "Program", "별빛 펠로우십")));

    private static List<String> read(String text) {
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, t -> List.of());
        return new StatusExtractor(StatusExtractor.Settings.from(LAYOUT.extraction()))
                .extract(new TextPassage(text, "L3"), context).stream()
                .map(f -> f.subject() + " " + f.property() + " " + f.object()).toList();
    }

    @Test
    void givenAFacilityBeforeAVerbOfMaking_thenItIsPlannedAndTheMinistryBeforeItIsNot() {
        assertEquals(List.of("centre status planned"), read("가상부는 가상 데이터센터를 2029년까지 구축할 계획"));
    }

    @Test
    void givenAProgrammeNamedAsTheMeansOfAttractingPeople_thenItIsPlanned_evenAfterATopicUsingTheSameWord() {
        assertEquals(List.of("fellowship status planned"), read("'별빛 펠로우십'으로 5년간 해외 연구자 300명을 유치"));
        assertEquals(List.of("fellowship status planned"), read("해외 연구자 유치: '별빛 펠로우십'으로 연 50명 유치"),
                "a word after the names qualifies those before its last use in the clause");
        assertEquals(List.of(), read("해외 연구자 유치 사업인 '별빛 펠로우십'을 연 400명 규모로 확대"),
                "a programme named after the word is not qualified by it");
    }

    @Test
    void givenALawToBeEnactedAndAZoneToBeDesignated_thenBothArePlanned() {
        assertEquals(List.of("act status planned"), read("「가상연구법」을 내년 중 제정하여 심사를 의무화"));
        assertEquals(List.of("zone status planned"), read("가상 실증특구 두 곳을 지정"));
    }

    @Test
    void givenAVerbOfMakingWithAnEndingOfAThingDone_thenNoStatusIsRead() {
        assertEquals(List.of(), read("가상 데이터센터는 2020년 구축되었으며 가상부가 운영"));
    }
}
