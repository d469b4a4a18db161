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
 * A transposed table of development brief (f): its columns are the key technologies, its rows their attributes
 * ("주관 기관", "대표 사업" …). Its rows are no entities; its lead row says who leads each technology and its
 * programme row gives each technology's programme.
 */
class TransposedTableTest {

    @Test
    void givenATableWhoseRowsAreAttributes_whenDrafted_thenItsColumnsGetTheirLeadAndProgramme_andItsRowsAreNoEntities() {
        Path p = Path.of("data", "importer-corpus", "briefs", "f-welmark-ri-future-strategy-2035.txt");
        Draft d = new DraftAssembler(Briefs.layout(), Lexicon.empty())
                .assemble(Briefs.segment(new BriefReader().read(p, p.toString())), "doc");
        Map<String, String> labels = d.entities().stream().filter(e -> e.id() != null && e.label().containsKey("ko"))
                .collect(Collectors.toMap(Draft.EntityPart::id, e -> e.label().get("ko"), (a, b) -> a));
        List<String> facts = d.entities().stream().flatMap(e -> e.facts().stream()
                .filter(f -> f.value() instanceof Draft.Ref)
                .map(f -> labels.getOrDefault(e.id() != null ? e.id() : e.about(), e.about()) + " " + f.property() + " "
                        + labels.getOrDefault(((Draft.Ref) f.value()).id(), ((Draft.Ref) f.value()).id()))).toList();
        assertTrue(facts.contains("수소 ledBy 연방산업에너지부"), facts.toString());
        assertTrue(facts.contains("합성생물학 ledBy 연방연구혁신부"), "a cell naming two bodies: " + facts);
        assertTrue(facts.contains("바이오파운드리 네트워크 supports 합성생물학"), facts.toString());
        assertTrue(facts.contains("퀀텀 리프 벨마르크 supports 양자기술"), "the name without its gloss: " + facts);
        for (String attribute : List.of("주관 기관", "대표 사업", "관련 미션", "연방 예산(억 탈러)")) {
            assertEquals(0, labels.values().stream().filter(attribute::equals).count(), attribute + " is no entity");
        }
    }
}
