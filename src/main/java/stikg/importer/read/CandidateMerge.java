package stikg.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stikg.importer.draft.Draft;
import stikg.importer.draft.EntityBook;
import stikg.importer.extract.CandidateEntity;
import stikg.importer.extract.CandidateFact;
import stikg.importer.extract.Proposal;
import stikg.importer.extract.Setting;
import stikg.importer.names.EntityRecognizer;
import stikg.importer.names.Mention;
import stikg.importer.names.NameFolder;

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

    /**
     * The proposals of extractors that name things the draft may not hold yet, passage by passage. Each proposed
     * entity is resolved in the order proposed, no later than the first fact that refers to it: to what the
     * recognizer finds by the same name (folded), else to a definition of the draft so named (one an earlier
     * passage proposed, too), else to a new definition numbered by its local name. The facts of such a passage
     * describe what they are about, at the passage, rather than standing as separate candidates: a link from
     * whatever the subject resolved to, a value only into a definition of the draft (the lexicon owns its entries'
     * values), a number written as a number.
     */
    static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer, NameFolder folder) {
        define(proposals, book, recognizer, folder, null, new ArrayList<>());
    }

    /**
     * As {@link #define(List, EntityBook, EntityRecognizer, NameFolder)}, with the facts whose subject is the
     * document ({@code documentId}) added to {@code documentFacts} (a link to what they resolved to), once each,
     * rather than written into the book.
     */
    static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer, NameFolder folder,
            String documentId, List<Draft.FactPart> documentFacts) {
        Map<String, Integer> numbered = new HashMap<>();
        for (Proposal p : proposals) {
            Map<String, String> ids = new HashMap<>();
            List<CandidateEntity> entities = p.entities();
            int resolved = 0;
            for (CandidateFact f : p.facts()) {
                int needed = Math.max(indexOf(entities, f.subject()), f.literal() ? -1 : indexOf(entities,
                        f.object()));
                for (; resolved <= needed; resolved++) {
                    CandidateEntity e = entities.get(resolved);
                    ids.put(e.key(), resolve(e, book, recognizer, folder, numbered));
                }
                String subject = ids.getOrDefault(f.subject(), f.subject());
                String at = f.evidence().at();
                if (subject.equals(documentId)) {
                    String object = f.literal() ? f.object() : ids.getOrDefault(f.object(), f.object());
                    boolean known = documentFacts.stream().anyMatch(d -> d.property().equals(f.property())
                            && (d.value() instanceof Draft.Ref r ? r.id().equals(object)
                            : d.value() instanceof Draft.Literal l && l.text().equals(object)));
                    if (!known) {
                        documentFacts.add(new Draft.FactPart(f.property(), f.literal() ? new Draft.Literal(object,
                                true) : new Draft.Ref(object), at));
                    }
                } else if (!f.node().isEmpty()) {
                    // a node of its own (a count): into a definition of the draft, as a value is
                    book.defined(subject).ifPresent(b -> b.nested(f.property(), node(f), null));
                } else if (f.literal()) {
                    book.defined(subject).ifPresent(b -> b.literal(f.property(), f.object(),
                            !f.object().matches("-?\\d+(\\.\\d+)?"), null));
                } else {
                    book.facts(subject, at).ref(f.property(), ids.getOrDefault(f.object(), f.object()), null);
                }
            }
        }
    }

    private static int indexOf(List<CandidateEntity> entities, String key) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String resolve(CandidateEntity e, EntityBook book, EntityRecognizer recognizer, NameFolder folder,
            Map<String, Integer> numbered) {
        String f = folder.fold(e.name());
        Optional<String> known = recognizer.find(e.name()).stream()
                .filter(x -> folder.fold(x.surface()).equals(f)).map(Mention::id).findFirst()
                .or(() -> book.definitions().stream().filter(b -> b.labels().values().stream()
                        .anyMatch(l -> folder.fold(l).equals(f))).map(b -> b.id()).findFirst());
        return known.orElseGet(() -> book.define(e.local() + "-" + numbered.merge(e.local(), 1, Integer::sum),
                e.type(), e.evidence().at()).label(book.language(), e.name()).comment(e.why()).id());
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
