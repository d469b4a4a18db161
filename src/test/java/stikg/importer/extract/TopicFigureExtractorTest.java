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
import stikg.importer.read.DateReader;
import stikg.importer.read.QuantityReader;

/**
 * A bullet about a measure (its topic bullet, or one printed under it) sets the measure's targets with the figures
 * no thing it names takes. The bullets are written for this test, with invented names.
 */
class TopicFigureExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();

    private static LexiconEntry entry(String id, String type, String ko) {
        return new LexiconEntry(id, List.of(type), Map.of("ko", List.of(ko)), Map.of(), List.of(), Map.of(), "test");
    }

    private static final Lexicon NAMES = new Lexicon(List.of(entry("hubs", "Measure", "연구거점 육성"),
            entry("fund", "Program", "미래도약펀드"), entry("area", "PolicyArea", "기초연구 강화")));

    private static List<String> read(String about, String bullet) {
        DateReader dates = new DateReader(LAYOUT.numbers(), LAYOUT.words().yearApostrophes());
        ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
                id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups(),
                Optional.empty(), ExtractionContext.ANY_DOCUMENT, new QuantityReader(LAYOUT.numbers())::quantities,
                text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList(),
                Optional.empty());
        TopicFigureExtractor x = new TopicFigureExtractor(TopicFigureExtractor.Settings.from(LAYOUT.extraction()),
                new TargetFigures(TargetFigures.Settings.from(LAYOUT.extraction())));
        return x.extract(new TextPassage(bullet, "L1", Optional.of(about), List.of()), context).stream()
                .map(c -> c.subject() + " " + c.property() + " " + c.object() + " " + c.node() + " " + c.rule())
                .toList();
    }

    @Test
    void givenABulletAboutAMeasure_thenItsCountAndAmountAreTheMeasuresTargets() {
        assertEquals(List.of("hubs target Target {count/Count/countValue=5, referenceYear=2029} topic-figure/of-measure",
                "hubs target Target {amount=10000000000, currency=KRW, referenceYear=2029} topic-figure/of-measure"),
                read("hubs", "(연구거점 육성) 거점 5곳을 '29년까지 지정하고 거점당 연 100억 원을 지원"));
    }

    @Test
    void givenAChange_thenOnlyWhereItEndsIsTheTarget() {
        assertEquals(List.of("hubs target Target {amount=4500000000, currency=KRW} topic-figure/of-measure"),
                read("hubs", "예산을 32억 원에서 45억 원으로 확대"));
    }

    @Test
    void givenAFigureTheBulletSetsForAProgrammeItNames_thenItIsTheProgrammesNotTheMeasures() {
        assertEquals(List.of(), read("hubs", "(연구거점 육성) 미래도약펀드를 15억 달러 규모로 조성"));
    }

    @Test
    void givenABulletAboutNoMeasure_thenNothing() {
        assertEquals(List.of(), read("area", "예산을 45억 원으로 확대"));
    }
}
