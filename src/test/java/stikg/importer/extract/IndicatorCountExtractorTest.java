package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.read.DateReader;
import stikg.importer.read.QuantityReader;

/**
 * A sentence raising an indicator that counts sets a target of the brief's plan and tells the actual it starts
 * from. The sentences are written for this test, in the three ways the development briefs (f), (h) and (i) print
 * them: a change "A에서 B로" with a deadline before it, a target with its year's actual in brackets, a year in
 * brackets after the target.
 */
class IndicatorCountExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static List<String> read(String sentence) {
        DateReader dates = new DateReader(LAYOUT.numbers(), LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(), LAYOUT.words()),
                id -> List.of(), LAYOUT.extraction().classGroups(), Optional.empty(), ExtractionContext.ANY_DOCUMENT,
                new QuantityReader(LAYOUT.numbers())::quantities, text -> dates.dates(text).stream()
                        .map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList(), Optional.of("plan"));
        Proposal p = new IndicatorCountExtractor(IndicatorCountExtractor.Settings.from(LAYOUT.extraction()))
                .propose(new TextPassage(sentence, "L1"), context);
        List<String> out = new ArrayList<>();
        for (CandidateFact f : p.facts()) {
            out.add(ProposalLines.name(p, f.subject()) + " " + f.property() + " " + (f.literal() ? f.object()
                    : ProposalLines.name(p, f.object())) + " " + f.node());
        }
        return out;
    }

    @Test
    void givenAChangeWithADeadlineBeforeIt_thenTheEndIsTheTargetForThatYearAndTheStartTheActualNow() {
        assertEquals(List.of("Target '기술인력 수 목표(2030)' count Count {countValue=70000, counted=기술인력}",
                "Target '기술인력 수 목표(2030)' referenceYear 2030 {}",
                "plan target Target '기술인력 수 목표(2030)' {}",
                "Actual '기술인력 수(현재)' count Count {countValue=50000, counted=기술인력}"),
                read("2030년까지 기술인력 수를 5만 명에서 7만 명으로 늘린다."));
    }

    @Test
    void givenTheActualInBracketsWithItsYear_thenItIsTheActualOfThatYear() {
        assertEquals(List.of("Target '기술인력 수 목표' count Count {countValue=30000, counted=기술인력}",
                "plan target Target '기술인력 수 목표' {}",
                "Actual '기술인력 수(2024)' count Count {countValue=20000, counted=기술인력}",
                "Actual '기술인력 수(2024)' referenceYear 2024 {}"),
                read("기술인력 수를 3만 명(2024년 2만 명)으로 늘린다는 목표를 세웠다."));
    }

    @Test
    void givenAYearInBracketsAfterTheTargetAndAGlossOfTheIndicator_thenTheTargetIsForThatYearAndCountsTheGlossedNoun() {
        assertEquals("Target '기술인력 수 목표(2029)' count Count {countValue=9000, counted=기술인력(FTE)}",
                read("기술인력 수(FTE) 7천 명에서 9천 명으로(2029년)").get(0));
    }

    @Test
    void givenAChangeDoneOrAnAchievementOrATableRow_thenNothingIsATarget() {
        assertEquals(List.of(), read("기술인력 수는 5만 명에서 7만 명으로 늘었다."));
        assertEquals(List.of(), read("기술인력 수는 '21년 5만 명에서 '25년 7만 명으로 늘어 목표를 달성"));
        assertEquals(List.of(), read("기술인력 수\t5만 명\t7만 명"));
        assertEquals(List.of(), read("최우수 인재 300명을 7만 명으로"), "a word ending in 수 is no indicator");
    }
}
