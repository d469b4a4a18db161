package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;

/** A table comparing a plan's editions figure by figure, read from one passage of its rows. */
class EditionFigureExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();
    private final stikg.importer.read.DateReader dates = new stikg.importer.read.DateReader(LAYOUT.numbers(),
            LAYOUT.words().yearApostrophes());
    /** The brief's plans: edition N is "plan-N", named by "제N차". */
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(Lexicon.empty(),
            LAYOUT.words()), id -> List.of(), LAYOUT.extraction().classGroups(), Optional.empty(), "doc",
            new stikg.importer.read.QuantityReader(LAYOUT.numbers())::quantities, text -> {
                List<PlanEdition> out = new java.util.ArrayList<>();
                java.util.regex.Matcher m = LAYOUT.extraction().edition().matcher(text);
                while (m.find()) {
                    out.add(new PlanEdition("plan-" + m.group(1), m.start(), m.end()));
                }
                return out;
            }, text -> dates.dates(text).stream().map(d -> new DateSpan(d.iso(), d.start(), d.end())).toList())
            .withPeriods(text -> dates.periods(text).stream().map(p -> new DateSpan(p.interval(), p.start(),
                    p.end())).toList());
    private final EditionFigureExtractor figures = new EditionFigureExtractor(
            EditionFigureExtractor.Settings.from(LAYOUT));

    @Test
    void givenATargetAndAnActualColumnOfOneEdition_whenProposed_thenTheActualIsMeasuredAgainstTheTarget() {
        TextPassage table = TextPassage.joined("t1", List.of(
                new TextPassage.Piece("구분\t제6차(2022~2026) 목표\t제6차 실적", "t1 L3", Optional.of("1")),
                new TextPassage.Piece("연구개발 투자\t130조 원\t128조 원('26)", "t1#1 L4", Optional.of("1"))));
        Proposal p = figures.propose(table, context);

        assertEquals(List.of("연구개발 투자", "제6차 연구개발 투자 목표", "제6차 연구개발 투자 실적"),
                p.entities().stream().map(CandidateEntity::name).toList());
        String target = p.entities().get(1).key();
        String actual = p.entities().get(2).key();
        assertTrue(p.facts().stream().anyMatch(f -> f.subject().equals("plan-6") && f.property().equals("target")
                && f.object().equals(target)), p.facts().toString());
        assertTrue(p.facts().stream().anyMatch(f -> f.subject().equals(target) && f.property().equals("period")
                && f.object().equals("2022/2026")));
        assertTrue(p.facts().stream().anyMatch(f -> f.subject().equals(actual) && f.property().equals("referenceYear")
                && f.object().equals("2026")));
        assertTrue(p.facts().stream().anyMatch(f -> f.subject().equals(actual) && f.property().equals("targetOfActual")
                && f.object().equals(target)));
    }

    @Test
    void givenATableNamingOneEditionOnly_whenProposed_thenNothing() {
        assertEquals(Proposal.nothing(), figures.propose(TextPassage.joined("t2", List.of(
                new TextPassage.Piece("구분\t제6차 목표\t비고", "t2 L3", Optional.of("2")),
                new TextPassage.Piece("연구개발 투자\t130조 원\t-", "t2#1 L4", Optional.of("1")))), context));
    }
}
