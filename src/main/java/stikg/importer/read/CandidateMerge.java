package stikg.importer.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    void apply(List<CandidateFact> candidates, EntityBook book) {
        Set<String> decided = new HashSet<>();
        Set<String> written = new HashSet<>();
        for (CandidateFact c : candidates) {
            if (singleValued.contains(c.property()) && (!decided.add(c.subject() + " " + c.property())
                    || holds(book, c.subject(), c.property()))) {
                continue;
            }
            if (!written.add(c.subject() + " " + c.property() + " " + c.object() + c.node() + " "
                    + c.evidence().at())) {
                continue;
            }
            var b = book.candidate(c.subject(), c.evidence().at());
            if (!c.node().isEmpty()) {
                b.nested(c.property(), node(c), null);
            } else if (c.literal()) {
                b.literal(c.property(), c.object(), quoted(c.object()), null);
            } else {
                b.ref(c.property(), c.object(), null);
            }
            b.comment(c.why() + " [rule " + c.rule() + "]");
        }
    }

    /** The node a fact's object stands for: its class and values ("p/C/q" keys: a node of class C under p). */
    private static stikg.importer.draft.EntityBuilder node(CandidateFact c) {
        var node = stikg.importer.draft.EntityBuilder.nested(c.object());
        c.node().forEach((key, value) -> {
            String[] path = key.split("/");
            if (path.length == 3) {
                node.nested(path[0], stikg.importer.draft.EntityBuilder.nested(path[1])
                        .literal(path[2], value, quoted(value), null), null);
            } else {
                node.literal(key, value, quoted(value), null);
            }
        });
        return node;
    }

    /** Whether a value is written as a quoted string (not a number nor a truth value). */
    private static boolean quoted(String value) {
        return !value.matches("-?\\d+(?:\\.\\d+)?|true|false");
    }
}
