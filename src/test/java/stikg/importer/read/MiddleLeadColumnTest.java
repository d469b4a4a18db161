package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A lead column in the middle of a table ("미션 | 2035년 목표 | 주관 부처 | 대표 사업", development brief (f)) names
 * who leads each row, as a last lead column does (the seed, brief (e)).
 */
class MiddleLeadColumnTest {

    @Test
    void givenALeadColumnBeforeTheItems_whenDrafted_thenEachRowIsLedByTheBodyItsCellNames() {
        Path p = Path.of("data", "importer-corpus", "briefs", "f-welmark-ri-future-strategy-2035.txt");
        Draft d = new DraftAssembler(Briefs.layout(), Lexicon.empty())
                .assemble(Briefs.segment(new BriefReader().read(p, p.toString())), "doc");
        Map<String, String> labels = d.entities().stream().filter(e -> e.id() != null && e.label().containsKey("ko"))
                .collect(Collectors.toMap(Draft.EntityPart::id, e -> e.label().get("ko"), (a, b) -> a));
        Map<String, List<String>> ledBy = d.entities().stream().filter(e -> labels.containsKey(e.id()))
                .collect(Collectors.toMap(e -> labels.get(e.id()), e -> e.facts().stream()
                        .filter(f -> f.property().equals("ledBy")).map(f -> ((Draft.Ref) f.value()).id())
                        .map(id -> labels.getOrDefault(id, id)).toList(), (a, b) -> a));
        assertEquals(List.of("연방산업에너지부"), ledBy.get("기후중립 산업"), ledBy.toString());
        assertEquals(List.of("연방보건돌봄부"), ledBy.get("건강한 장수사회"), ledBy.toString());
    }
}
