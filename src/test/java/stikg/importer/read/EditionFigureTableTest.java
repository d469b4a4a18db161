package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.draft.Draft;
import stikg.importer.names.Lexicon;
import stikg.importer.text.BriefReader;

/**
 * Tables that compare a plan's editions figure by figure, on two development briefs of the importer corpus: (e)
 * prints a column per edition and kind ("제6차(2022~2026) 목표", "제6차 실적", "제7차(2027~2031) 목표"), (a) a column
 * per edition with the kind in the cell ("목표 120억 달러 / 실적 131억 달러"). Drafted with no lexicon.
 */
class EditionFigureTableTest {

    private static Draft draft(String file) {
        Path p = Path.of("data", "importer-corpus", "briefs", file);
        return new DraftAssembler(Briefs.layout(), Lexicon.empty())
                .assemble(Briefs.segment(new BriefReader().read(p, p.toString())), "doc");
    }

    /** Each figure a table reader defined, by label: its type and its facts as "property value". */
    private static Map<String, List<String>> figures(Draft d) {
        return d.entities().stream().filter(e -> e.id() != null && e.id().contains("-figure-"))
                .collect(Collectors.toMap(e -> e.label().get("ko"), e -> {
                    List<String> out = new java.util.ArrayList<>(e.types());
                    e.facts().forEach(f -> out.add(f.property() + " " + (f.value() instanceof Draft.Ref r ? r.id()
                            : f.value() instanceof Draft.Literal l ? l.text() : "(nested)")));
                    return out;
                }));
    }

    @Test
    void givenAColumnPerEditionAndKind_whenDrafted_thenEachCellIsAFigureOfItsEditionWithItsIndicatorAndYear() {
        Map<String, List<String>> f = figures(draft("e-arven-7th-sti-basic-plan.txt"));
        List<String> target6 = f.get("제6차 정부 연구개발 총투자 목표");
        assertTrue(target6.containsAll(List.of("Target", "amount 130000000000000", "period 2022/2026")),
                target6.toString());
        List<String> actual6 = f.get("제6차 기초연구 투자 실적");
        assertTrue(actual6.containsAll(List.of("Actual", "amount 2730000000000", "referenceYear 2026")),
                actual6.toString());
        assertTrue(actual6.stream().anyMatch(s -> s.startsWith("targetOfActual ")), "measured against the target "
                + "of its edition in the same row: " + actual6);
        List<String> target7 = f.get("제7차 기초연구 투자 목표");
        assertTrue(target7.containsAll(List.of("Target", "amount 4000000000000", "referenceYear 2031")),
                target7.toString());
        assertTrue(target7.stream().anyMatch(s -> s.startsWith("indicator ")), target7.toString());
        List<String> researchers = f.get("제6차 연구원 수 실적");
        assertTrue(researchers.containsAll(List.of("Actual", "referenceYear 2025")), researchers.toString());
        assertTrue(researchers.stream().anyMatch(s -> s.startsWith("count ")), "a count of people: " + researchers);
        assertEquals(9, f.size(), "amounts and counts (50만 명); shares (40%) are not read: " + f.keySet());
    }

    @Test
    void givenTheKindInTheCell_whenDrafted_thenACellWithTwoFiguresGivesATargetAndAnActualAndACountIsNoFigure() {
        Map<String, List<String>> f = figures(draft("a-serenia-core-tech-strategy-2.txt"));
        assertTrue(f.get("제1차 정부 연구개발 투자 목표").containsAll(List.of("Target", "amount 12000000000",
                "currency USD")), f.toString());
        List<String> actual = f.get("제1차 정부 연구개발 투자 실적");
        assertTrue(actual.containsAll(List.of("Actual", "amount 13100000000")), f.toString());
        assertTrue(actual.stream().anyMatch(s -> s.startsWith("targetOfActual ")), actual.toString());
        assertTrue(f.get("제2차 정부 연구개발 투자 목표").contains("amount 25000000000"), f.toString());
        assertEquals(3, f.size(), "'3개', '8개' (no figure word) and percentages are no figures: " + f.keySet());
    }
}
