package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.Setting;

/**
 * The one place where the extractors' candidates enter the draft: in the order given (the brief's order, then the
 * extractors' order), each becomes a candidate fact for review at its passage, with its rule and why in the
 * comment. A property that holds one value (a status) keeps the first read; a fact read twice is written once.
 */
final class CandidateMerge {

    /** Properties of which an entity keeps only the first value read. */
    static final Setting<Set<String>> SINGLE_VALUED = new Setting<>("singleValued",
            Set.of("status", "country"), "properties an entity has one value of: a value the entity already has "
            + "(from a table or the lexicon) stays, else the first candidate in the brief's order wins (default: "
            + "status, country)");

    private final Set<String> singleValued;

    CandidateMerge(Set<String> singleValued) {
        this.singleValued = Set.copyOf(singleValued);
    }

    /** Whether the draft or the lexicon already gives an entity a value of a property (before any candidate). */
    private static boolean holds(EntityBook book, String id, String property) {
        return book.defined(id).map(b -> b.has(property)).orElse(false) || !book.lexiconValues(id, property).isEmpty();
    }

    /**
     * The candidates about the document itself, as the document's own facts in the order given; each thing they
     * point to is mentioned at the passage it was read from (its description in the draft starts there if it is
     * the first mention). Candidates about anything else are not this merge's.
     */
    static List<Draft.FactPart> documentFacts(List<CandidateFact> candidates, String documentId, EntityBook book) {
        List<Draft.FactPart> out = new ArrayList<>();
        for (CandidateFact c : candidates) {
            if (!c.subject().equals(documentId)) {
                continue;
            }
            if (!c.literal()) {
                book.mention(c.object(), c.evidence().at());
            }
            out.add(new Draft.FactPart(c.property(), c.literal() ? new Draft.Literal(c.object(), true)
                    : new Draft.Ref(c.object()), c.evidence().at()));
        }
        return out;
    }

    void apply(List<CandidateFact> candidates, EntityBook book) {
        Set<String> decided = new HashSet<>();
        Set<String> written = new HashSet<>();
        for (CandidateFact c : candidates) {
            if (singleValued.contains(c.property()) && (!decided.add(c.subject() + " " + c.property())
                    || holds(book, c.subject(), c.property()))) {
                continue;
            }
            if (!written.add(c.subject() + " " + c.property() + " " + c.object() + " " + c.evidence().at())) {
                continue;
            }
            var b = book.candidate(c.subject(), c.evidence().at());
            if (c.literal()) {
                b.literal(c.property(), c.object(), true, null);
            } else {
                b.ref(c.property(), c.object(), null);
            }
            b.comment(c.why() + " [rule " + c.rule() + "]");
        }
    }
}
