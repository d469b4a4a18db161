package stikg.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import stikg.importer.Briefs;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.Evidence;
import stikg.importer.extract.Proposal;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;
import stikg.importer.names.NameFolder;

/**
 * The merge of proposals that name new things: each proposed entity resolves to what the lexicon or the draft
 * already names so, else to a new definition numbered by its local name; facts refer to them by key.
 */
class CandidateMergeTest {

    private static final LayoutConfig LAYOUT = Briefs.layout();
    private static final Lexicon LEXICON = new Lexicon(List.of(new LexiconEntry("beam", List.of("skos:Concept"),
            Map.of("ko", List.of("입자빔")), Map.of(), List.of(), Map.of(), "test")));

    private static Proposal sorting(String at, String thing, String... kinds) {
        Evidence e = new Evidence(at, 0, 1);
        List<CandidateEntity> entities = new java.util.ArrayList<>();
        List<CandidateFact> facts = new java.util.ArrayList<>();
        entities.add(new CandidateEntity("_:thing", "skos:Concept", thing, "kind", e, "the thing"));
        for (int i = 0; i < kinds.length; i++) {
            String key = "_:kind-" + (i + 1);
            entities.add(new CandidateEntity(key, "skos:Concept", kinds[i], "kind", e, "a kind"));
            facts.add(new CandidateFact(key, "order", String.valueOf(i + 1), false, "test/order", e, "order"));
            facts.add(new CandidateFact("_:thing", "skos:narrower", key, false, "test/kinds", e, "kinds"));
        }
        return new Proposal(entities, facts);
    }

    private static EntityBook merged(Proposal... proposals) {
        EntityBook book = new EntityBook("doc", LEXICON, "ko");
        CandidateMerge.define(List.of(proposals), book, new EntityRecognizer(LEXICON, LAYOUT.words()),
                new NameFolder(LAYOUT.words()));
        return book;
    }

    @Test
    void givenNewNames_thenEachIsDefinedOnceNumberedByItsLocalNameAndLinkedByTheFacts() {
        EntityBook book = merged(sorting("L3", "장비", "분석장비", "시험장비"));
        assertEquals(List.of("doc/kind-1", "doc/kind-2", "doc/kind-3"),
                book.definitions().stream().map(b -> b.id()).toList());
        assertEquals(List.of("doc/kind-2", "doc/kind-3"), BookFacts.values(book, "doc/kind-1", "skos:narrower"));
        assertEquals(List.of("2"), BookFacts.values(book, "doc/kind-3", "order"));
    }

    @Test
    void givenANameAnEarlierPassageDefinedOrTheLexiconKnows_thenItIsReusedAndGetsNoValueOfTheDraft() {
        EntityBook book = merged(sorting("L3", "장비", "분석장비", "시험장비"),
                sorting("L9", "입자빔", "분석 장비", "전자빔"));
        assertEquals(List.of("doc/kind-1", "doc/kind-2", "doc/kind-3", "doc/kind-4"),
                book.definitions().stream().map(b -> b.id()).toList(), "only 전자빔 is new at L9");
        assertEquals(List.of("doc/kind-2", "doc/kind-4"), BookFacts.values(book, "beam", "skos:narrower"));
        assertEquals(List.of(), BookFacts.values(book, "beam", "order"), "the lexicon owns its entries' values");
    }

    @Test
    void givenANodeAboutAThingKnownById_inAPhaseOfReview_thenItIsACandidateWithItsTextsTaggedAndItsDatePlain() {
        EntityBook book = new EntityBook("doc", LEXICON, "ko");
        Map<String, String> node = new java.util.LinkedHashMap<>();
        node.put("nameBefore@ko", "옛 이름");
        node.put("date", "2021-04");
        CandidateFact renamed = new CandidateFact("beam", "renaming", "Renaming", false, "test/renaming",
                new Evidence("L4", 0, 1), "renamed", node);
        CandidateMerge.define(List.of(new Proposal(List.of(), List.of(renamed))), book,
                new EntityRecognizer(LEXICON, LAYOUT.words()), new NameFolder(LAYOUT.words()), new java.util.HashMap<>(),
                new CandidateMerge.Policy(true, false, true, id -> true));
        var record = book.parts().stream().filter(p -> "beam".equals(p.about()) && p.notes().contains(
                EntityBook.CANDIDATE)).findFirst().orElseThrow(() -> new AssertionError("no candidate record"));
        assertEquals(List.of("renamed [rule test/renaming]"), record.comments());
        var written = ((stikg.importer.draft.Draft.Nested) record.facts().get(0).value()).entity();
        assertEquals(List.of(new stikg.importer.draft.Draft.FactPart("nameBefore", new stikg.importer.draft.Draft.Texts(
                Map.of("ko", "옛 이름")), null), new stikg.importer.draft.Draft.FactPart("date",
                new stikg.importer.draft.Draft.Literal("2021-04", false), null)), written.facts());
    }

    @Test
    void givenTargetsCountingANamedNoun_thenEachCountIsOneNodeCountingOneConceptOfThatName() {
        EntityBook book = new EntityBook("doc", LEXICON, "ko");
        book.define("hubs", "Program", "L2").label("ko", "거점 사업");
        EntityRecognizer names = new EntityRecognizer(LEXICON, LAYOUT.words());
        CountedThings counted = new CountedThings(CountedThings.Settings.from(LAYOUT.extraction()), book, names,
                new NameFolder(LAYOUT.words()));
        List<CandidateFact> targets = new java.util.ArrayList<>();
        for (String[] t : new String[][] {{"L3", "4"}, {"L7", "6"}}) {
            Map<String, String> node = new java.util.LinkedHashMap<>();
            node.put("count/Count/countValue", t[1]);
            node.put("count/Count/counted", "연구 거점");
            node.put("count/Count/isMinimum", "true");
            targets.add(new CandidateFact("doc/hubs", "target", "Target", false, "test/figure",
                    new Evidence(t[0], 0, 1), "a target", node));
        }
        new CandidateMerge(CandidateMerge.SINGLE_VALUED.defaultValue(), counted).apply(targets, book);
        var concepts = book.definitions().stream().filter(b -> b.types().contains("skos:Concept")).toList();
        assertEquals(1, concepts.size(), "one concept per name, shared by both counts");
        var written = book.parts().stream().filter(p -> "doc/hubs".equals(p.about())).map(p ->
                ((stikg.importer.draft.Draft.Nested) p.facts().get(0).value()).entity()).toList();
        assertEquals(2, written.size());
        for (var target : written) {
            assertEquals(1, target.facts().size(), "one count node holds the value, the concept and the minimum");
            var count = ((stikg.importer.draft.Draft.Nested) target.facts().get(0).value()).entity();
            assertEquals(java.util.Set.of("countValue", "isMinimum", "countOf"), count.facts().stream()
                    .map(stikg.importer.draft.Draft.FactPart::property).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
