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
    private final CountedThings counted;

    CandidateMerge(Set<String> singleValued) {
        this(singleValued, null);
    }

    /** @param counted the concepts counts count, by name (null: a count's counted noun is not written) */
    CandidateMerge(Set<String> singleValued, CountedThings counted) {
        this.singleValued = Set.copyOf(singleValued);
        this.counted = counted;
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
     * Properties whose values are texts in the brief's language (a job title as printed), written with the draft's
     * language; any other value is a plain one.
     */
    static final Setting<Set<String>> TEXT_PROPERTIES = new Setting<>("textProperties", Set.of("jobTitle",
            "description"), "properties whose candidate values are texts in the brief's language, written with its "
                    + "language tag (default: jobTitle, description)");

    /**
     * The proposals of the document phase that name who or what the brief itself is related to (its author): each
     * proposed entity is the one the recognizer finds in its name with the proposed class, described at the passage
     * with the facts proposed about it, else a new definition of the draft (its id the local name, made unique by
     * the book); the facts about the document come back as the document's own facts, in the order given.
     */
    static List<Draft.FactPart> describe(List<Proposal> proposals, String documentId, EntityBook book,
            EntityRecognizer recognizer, Set<String> textProperties) {
        List<Draft.FactPart> out = new ArrayList<>();
        for (Proposal p : proposals) {
            Map<String, stikg.importer.draft.EntityBuilder> described = new HashMap<>();
            for (CandidateEntity e : p.entities()) {
                String at = e.evidence().at();
                // a thing an earlier passage of the phase proposed (a unit two credits name) is the same thing
                Optional<String> known = recognizer.find(e.name()).stream().map(Mention::id)
                        .filter(id -> book.typesOf(id).contains(e.type())).findFirst()
                        .or(() -> book.definitions().stream().filter(b -> b.id() != null
                                && b.types().contains(e.type()) && b.labels().containsValue(e.name()))
                                .map(b -> b.id()).findFirst());
                described.put(e.key(), known.map(id -> book.facts(id, at)).orElseGet(() -> book.define(e.local(),
                        e.type(), at).label(book.language(), e.name()).comment(e.why())));
            }
            for (CandidateFact f : p.facts()) {
                String object = described.containsKey(f.object()) ? described.get(f.object()).subject() : f.object();
                String at = f.evidence().at();
                if (f.subject().equals(documentId)) {
                    out.add(new Draft.FactPart(f.property(), f.literal() ? new Draft.Literal(object, true)
                            : new Draft.Ref(object), at));
                    continue;
                }
                var b = described.get(f.subject());
                if (b == null) {
                    continue;
                }
                if (f.literal() && textProperties.contains(f.property())) {
                    b.texts(f.property(), Map.of(book.language(), object), null);
                } else if (f.literal()) {
                    b.literal(f.property(), object, quoted(object), null);
                } else {
                    b.ref(f.property(), object, null);
                    book.mention(object, at);
                }
            }
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
        define(proposals, book, recognizer, folder, new HashMap<>(), Policy.NAMED, null, new ArrayList<>());
    }

    /**
     * As {@link #define(List, EntityBook, EntityRecognizer, NameFolder)}, with the facts whose subject is the
     * document ({@code documentId}) added to {@code documentFacts} (a link to what they resolved to), once each,
     * rather than written into the book.
     */
    static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer, NameFolder folder,
            String documentId, List<Draft.FactPart> documentFacts) {
        define(proposals, book, recognizer, folder, documentId, documentFacts, null);
    }

    /** As above, a count's counted noun written as the concept {@code counted} names (none where it is null). */
    static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer, NameFolder folder,
            String documentId, List<Draft.FactPart> documentFacts, CountedThings counted) {
        define(proposals, book, recognizer, folder, new HashMap<>(), new Policy(false, false, false, id -> false,
                counted), documentId, documentFacts);
    }

    /**
     * How a phase merged passage by passage resolves what its extractors propose.
     *
     * @param alwaysNew every proposed entity is a new definition (the extractor refers to what the context knows by
     *     its id), else the one of the draft or the recognizer so named
     * @param valuesOfNewOnly a value describes only what the merge newly defines (a table's row that a list names
     *     again keeps its own order)
     * @param newForReview new definitions are candidates for review
     * @param forReview the things of the draft a link from which is a candidate for review in a record of its own
     *     (a document the passage cites is guessed to be about what it proposes), not part of what describes them
     * @param counted the concepts counts count, by name, or null where a count's counted noun is not written
     */
    record Policy(boolean alwaysNew, boolean valuesOfNewOnly, boolean newForReview,
            java.util.function.Predicate<String> forReview, CountedThings counted) {

        /** Resolution by name, every value and link written into what describes its subject. */
        static final Policy NAMED = new Policy(false, false, false, id -> false);

        /** A policy whose merge writes no count's counted noun. */
        Policy(boolean alwaysNew, boolean valuesOfNewOnly, boolean newForReview,
                java.util.function.Predicate<String> forReview) {
            this(alwaysNew, valuesOfNewOnly, newForReview, forReview, null);
        }
    }

    /**
     * As {@link #define(List, EntityBook, EntityRecognizer, NameFolder)}, numbering new definitions on from
     * {@code numbered} (local name to the last number given), for a phase merged passage by passage, as the
     * policy says. A literal "skos:altLabel" is a name as printed in the brief's language, "skos:prefLabel@xx" a
     * name in language xx.
     */
    static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer, NameFolder folder,
            Map<String, Integer> numbered, Policy policy) {
        define(proposals, book, recognizer, folder, numbered, new HashSet<>(), List.of(), policy);
    }

    /**
     * As {@link #define(List, EntityBook, EntityRecognizer, NameFolder, Map, Policy)}, for a phase whose extractors
     * refer to things by id ({@link Policy#alwaysNew}): a value of a thing known by id is a candidate for review at
     * its passage, which cites the documents the passage cites ({@code cites}), and the one value of its property
     * the thing keeps: the first merged ({@code decided}, "id property" pairs, kept across the phase's passages),
     * unless the draft's definition of the thing already gives one.
     */
    static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer, NameFolder folder,
            Map<String, Integer> numbered, Set<String> decided, List<String> cites, Policy policy) {
        define(proposals, book, recognizer, folder, numbered, policy, null, new ArrayList<>(), decided, cites);
    }

    private static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer,
            NameFolder folder, Map<String, Integer> numbered, Policy policy, String documentId,
            List<Draft.FactPart> documentFacts) {
        define(proposals, book, recognizer, folder, numbered, policy, documentId, documentFacts, new HashSet<>(),
                List.of());
    }

    private static void define(List<Proposal> proposals, EntityBook book, EntityRecognizer recognizer,
            NameFolder folder, Map<String, Integer> numbered, Policy policy, String documentId,
            List<Draft.FactPart> documentFacts, Set<String> decided, List<String> cites) {
        for (Proposal p : proposals) {
            Map<String, String> ids = new HashMap<>();
            Set<String> made = new HashSet<>();
            List<CandidateEntity> entities = p.entities();
            int resolved = 0;
            for (CandidateFact f : p.facts()) {
                int needed = Math.max(indexOf(entities, f.subject()), f.literal() ? -1 : indexOf(entities,
                        f.object()));
                for (; resolved <= needed; resolved++) {
                    CandidateEntity e = entities.get(resolved);
                    int before = book.definitions().size();
                    String id = policy.alwaysNew() ? define(e, book, numbered)
                            : resolve(e, book, recognizer, folder, numbered);
                    if (policy.newForReview() && book.definitions().size() > before) {
                        book.defined(id).ifPresent(b -> b.note(EntityBook.CANDIDATE));
                    }
                    if (book.definitions().size() > before) {
                        made.add(id);
                    }
                    ids.put(e.key(), id);
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
                } else if (f.literal() && policy.valuesOfNewOnly() && !made.contains(subject)) {
                    continue;
                } else if (!f.node().isEmpty() && policy.forReview().test(f.subject())) {
                    // a node of its own about a thing the context knows by id (a renaming): a candidate for review
                    book.candidate(subject, at).nested(f.property(), node(f, policy.counted(), at), null)
                            .comment(f.why() + " [rule " + f.rule() + "]");
                } else if (!f.node().isEmpty()) {
                    // a node of its own (a count, a target): into a definition of the draft, as a value is, with
                    // the line it is read from and the rule that read it, so that the curator can check it
                    // the same figure the definition already states (a table item's count read by the rows phase)
                    // is not given twice
                    var node = node(f, policy.counted(), at);
                    String figure = figureOf(node.part());
                    book.defined(subject).filter(b -> figure.isEmpty() || b.facts().stream().noneMatch(x ->
                            x.property().equals(f.property()) && x.value() instanceof Draft.Nested n
                            && figureOf(n.entity()).equals(figure))).ifPresent(b -> b.nested(f.property(), node, at)
                            .comment(f.property() + " (" + at + ") " + f.why() + " [rule " + f.rule() + "]"));
                } else if (f.literal() && f.property().equals("skos:altLabel")) {
                    book.defined(subject).ifPresent(b -> b.alt(book.language(), f.object()));
                } else if (f.literal() && f.property().startsWith("skos:prefLabel@")) {
                    book.defined(subject).ifPresent(b -> b.label(f.property().substring("skos:prefLabel@".length()),
                            f.object()));
                } else if (f.literal() && policy.alwaysNew() && !CandidateEntity.isKey(f.subject())) {
                    // a value of a thing known by id: the first of its property, a candidate for review
                    String pair = subject + " " + f.property();
                    if (decided.contains(pair) || book.defined(subject).map(b -> b.has(f.property())).orElse(false)) {
                        continue;
                    }
                    decided.add(pair);
                    var b = book.candidate(subject, at).literal(f.property(), f.object(), quoted(f.object())
                            && !DATE.matcher(f.object()).matches(), null)
                            .comment(f.why() + " [rule " + f.rule() + "]");
                    cites.stream().filter(doc -> !doc.equals(b.subject())).forEach(doc -> b.ref("citedSource", doc,
                            null));
                } else if (f.literal() && f.property().indexOf('@') > 0) {
                    // "p@xx": a text in language xx (a figure's coverage note)
                    int tag = f.property().indexOf('@');
                    book.defined(subject).ifPresent(b -> b.texts(f.property().substring(0, tag),
                            Map.of(f.property().substring(tag + 1), f.object()), null));
                } else if (f.literal()) {
                    // numbers, truth values and periods of years ("2021/2025") are written plain
                    book.defined(subject).ifPresent(b -> b.literal(f.property(), f.object(),
                            quoted(f.object()) && !YEARS.matcher(f.object()).matches(), null));
                } else {
                    (policy.forReview().test(f.subject()) ? book.candidate(subject, at) : book.facts(subject, at))
                            .ref(f.property(), ids.getOrDefault(f.object(), f.object()), null);
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
        return known.orElseGet(() -> define(e, book, numbered));
    }

    /** A new definition of a proposed entity, its id the local name numbered on. */
    private static String define(CandidateEntity e, EntityBook book, Map<String, Integer> numbered) {
        var b = book.define(e.local() + "-" + numbered.merge(e.local(), 1, Integer::sum), e.type(),
                e.evidence().at());
        // a thing proposed without a name (a ranking whose words before it are a clause) gets none
        if (!e.name().isBlank()) {
            b.label(book.language(), e.name());
        }
        return b.comment(e.why()).id();
    }

    /**
     * Links between things the draft defines that its outline implies (an overview's item and the sub-area treating
     * it), in the order given: each written into its subject's own description, as a table's facts are, not as a
     * candidate of its own, with its why and rule among the comments. A literal, a node or a fact about a thing the
     * draft does not define is not this merge's.
     */
    static void link(List<CandidateFact> links, EntityBook book) {
        for (CandidateFact c : links) {
            if (!c.literal() && c.node().isEmpty()) {
                book.defined(c.subject()).ifPresent(b -> b.ref(c.property(), c.object(), null)
                        .comment(c.why() + " [rule " + c.rule() + "]"));
            }
        }
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
                b.nested(c.property(), node(c, counted, c.evidence().at()), null);
            } else if (c.literal() && TEXT_PROPERTIES.defaultValue().contains(c.property())) {
                b.texts(c.property(), Map.of(book.language(), c.object()), null);
            } else if (c.literal()) {
                b.literal(c.property(), c.object(), quoted(c.object()), null);
            } else {
                b.ref(c.property(), c.object(), null);
            }
            b.comment(c.why() + " [rule " + c.rule() + "]");
        }
    }

    /** The figure a node states: its amount and currency, multiplier or counted number ("" where none). */
    private static String figureOf(Draft.EntityPart node) {
        StringBuilder out = new StringBuilder();
        for (Draft.FactPart f : node.facts()) {
            if (f.value() instanceof Draft.Literal l && Set.of("amount", "currency", "multiplier", "countValue")
                    .contains(f.property())) {
                out.append(f.property()).append('=').append(l.text()).append(';');
            } else if (f.value() instanceof Draft.Nested n && f.property().equals("count")) {
                out.append(figureOf(n.entity()));
            }
        }
        return out.toString();
    }

    /**
     * The node a fact's object stands for: its class and values ("p/C/q" keys: one node of class C under p holding
     * every such q; "counted" or "p/C/counted": the name of what a count counts, the concept {@code counted} gives
     * it, or nothing without one; "skos:prefLabel@xx": its name in language xx; "p@xx": a text in language xx). A date is written
     * as a date.
     */
    private static stikg.importer.draft.EntityBuilder node(CandidateFact c, CountedThings counted, String at) {
        var node = stikg.importer.draft.EntityBuilder.nested(c.object());
        // the inner nodes first, each whole, then written where its first value stands
        Map<String, stikg.importer.draft.EntityBuilder> inner = new java.util.LinkedHashMap<>();
        c.node().forEach((key, value) -> {
            String[] path = key.split("/");
            if (path.length == 3) {
                var part = inner.computeIfAbsent(path[0] + "/" + path[1],
                        k -> stikg.importer.draft.EntityBuilder.nested(path[1]));
                if (!path[2].equals(stikg.importer.extract.CountedNoun.COUNTED)) {
                    part.literal(path[2], value, quoted(value), null);
                } else if (counted != null) {
                    counted.name(part, value, at);
                }
            }
        });
        Set<String> written = new HashSet<>();
        c.node().forEach((key, value) -> {
            String[] path = key.split("/");
            int tag = key.lastIndexOf('@');
            if (path.length == 3) {
                if (written.add(path[0] + "/" + path[1])) {
                    node.nested(path[0], inner.get(path[0] + "/" + path[1]), null);
                }
            } else if (key.equals(stikg.importer.extract.CountedNoun.COUNTED)) {
                if (counted != null) {
                    counted.name(node, value, at);
                }
            } else if (key.startsWith("skos:prefLabel@")) {
                node.label(key.substring("skos:prefLabel@".length()), value);
            } else if (tag > 0) {
                node.texts(key.substring(0, tag), Map.of(key.substring(tag + 1), value), null);
            } else if (DATE.matcher(value).matches()) {
                node.literal(key, value, false, null);
            } else {
                node.literal(key, value, quoted(value), null);
            }
        });
        return node;
    }

    /** A period of years as the readers of plans give it ("2021/2025"). */
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("\\d{4}/\\d{4}");

    /** A date as the readers of dates give it: a year, a month or a day ("2026", "2026-03", "2026-03-02"). */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}(?:-\\d{2}){0,2}");

    /** Whether a value is written as a quoted string (not a number nor a truth value). */
    private static boolean quoted(String value) {
        return !value.matches("-?\\d+(?:\\.\\d+)?|true|false");
    }
}
