package stikg.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/** Names the lexicon does not know, proposed by their form with what their gloss prints. */
class GlossedNameExtractorTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();
    private static final Lexicon NAMES = new Lexicon(List.of(new LexiconEntry("land", List.of("Country"),
            Map.of("ko", List.of("가상국")), Map.of(), List.of(), Map.of(), "test")));
    private final ExtractionContext context = new ExtractionContext(new EntityRecognizer(NAMES, LAYOUT.words()),
            id -> NAMES.find(id).map(LexiconEntry::types).orElse(List.of()), LAYOUT.extraction().classGroups());
    private final GlossedNameExtractor names = new GlossedNameExtractor(GlossedNameExtractor.Settings.from(LAYOUT));

    @Test
    void givenANameGlossedWithItsAcronymAndEnglishName_whenProposed_thenTheyAreFactsOfTheProposedName() {
        Proposal p = names.propose(new TextPassage("가상국 해양연구재단(VORF, Virtual Ocean Research Foundation)이 "
                + "신진연구 사업을 지원", "L5"), context);

        CandidateEntity named = p.entities().stream().filter(e -> p.facts().stream().anyMatch(f -> f.subject()
                .equals(e.key()) && f.property().equals("acronym") && f.object().equals("VORF"))).findFirst()
                .orElseThrow(() -> new AssertionError("no name with its acronym in " + p));
        assertTrue(named.name().endsWith("해양연구재단"), named.name());
        assertEquals("vorf", named.local(), "a new name's id comes from its acronym");
        assertTrue(p.facts().contains(new CandidateFact(named.key(), "skos:prefLabel@en",
                "Virtual Ocean Research Foundation", true, "glossed-name/english", named.evidence(),
                "the English name printed beside it")), p.facts().toString());
    }

    @Test
    void givenTheSamePassageTwice_whenProposed_thenTheSameProposal() {
        TextPassage passage = new TextPassage("‘도약연구 프로그램’을 확대", "L2");
        assertEquals(names.propose(passage, context), names.propose(passage, context));
    }
}
