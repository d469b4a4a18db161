package stikg.importer.eval;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import stikg.source.EntityRecord;
import stikg.source.Fact;
import stikg.source.SourceFile;
import stikg.source.Value;

/**
 * A comparison of a drafted source file with a curated one for the same document, as entity and fact
 * precision and recall.
 *
 * <p><b>Entities.</b> The entities of a file are the ids it mentions: those it defines ({@code id:}), those it
 * describes ({@code about:}) and those its facts refer to, lexicon ids included; the document itself is left out.
 * A drafted entity is the same as a curated one when (in this order, each entity matched at most once): both have
 * the same id (lexicon entities); or they share a name, a label, alias or acronym in any language compared after
 * Unicode NFKC folding, lower-casing and removing blanks, punctuation and middle dots (and the importer's
 * "[draft]" mark); or the shorter of two names (at least 4 characters) lies within the longer and is at least
 * 60% of its length; or, failing all these, they stand in the same passage: both are defined with the same class
 * on overlapping lines and at least half of the character pairs of one's name (at least 4 characters) occur in
 * a name of the other (curators shorten or qualify what the brief prints: "인재 육성" under the heading of the
 * national strategic areas is their "국가전략기술 인재 육성"), the most alike pairs first. A web page is also
 * known by its address.
 * Entity precision is matched drafted entities / drafted entities; entity recall is matched curated entities /
 * curated entities. The figures are also given without the passage pass ({@link Figures#byNameOnly}), so that
 * what the names alone achieve stays visible.
 *
 * <p><b>Facts.</b> The facts of a file are its (subject, property, object) triples after id normalisation:
 * every drafted id is replaced by the curated id it matched (unmatched ones stay distinct), the document's id
 * by one shared key, and a property's {@code sti:} prefix is dropped. Objects are ids, or literals normalised
 * (numbers as exact decimals, other values trimmed); a nested entity (a target, a count) is an object keyed by
 * its class and its main number, and its own facts have that key as subject. {@code type} is a fact. Names
 * ({@code label}, {@code altLabel}, {@code acronym}), notes, external identifiers and texts by language (free
 * prose such as descriptions) are not facts: names are what entities are matched by, and prose cannot be
 * compared as triples. Fact precision is shared facts / drafted facts; fact recall is shared facts / curated
 * facts.
 */
public final class DraftAgreement {

    private static final Set<String> NOT_FACTS = Set.of("label", "altLabel", "acronym", "note", "wikidata", "ror",
            "evidence");
    private static final String DOCUMENT = "<document>";
    /** Names shorter than this (folded) are too common to match one entity to another by part of a name. */
    private static final int MINIMUM_NAME = 4;

    /** The figures of one comparison, and what was missed, for the report. */
    public record Figures(int draftEntities, int curatedEntities, int matchedEntities, int draftFacts,
            int curatedFacts, int matchedFacts, List<String> missedEntities, List<String> unmatchedEntities,
            List<String> missedFacts, List<String> samePassage, List<String> typeConflicts, Figures byNameOnly) {

        public double entityPrecision() {
            return ratio(matchedEntities, draftEntities);
        }

        public double entityRecall() {
            return ratio(matchedEntities, curatedEntities);
        }

        public double factPrecision() {
            return ratio(matchedFacts, draftFacts);
        }

        public double factRecall() {
            return ratio(matchedFacts, curatedFacts);
        }

        /** These figures, by name only, as the reference of figures that also match by passage. */
        Figures withPassages(Figures all) {
            return new Figures(all.draftEntities, all.curatedEntities, all.matchedEntities, all.draftFacts,
                    all.curatedFacts, all.matchedFacts, all.missedEntities, all.unmatchedEntities, all.missedFacts,
                    all.samePassage, all.typeConflicts, this);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        public String report() {
            return String.format(Locale.ROOT, "entities: precision %.3f (%d/%d), recall %.3f (%d/%d)%n"
                    + "facts:    precision %.3f (%d/%d), recall %.3f (%d/%d)", entityPrecision(), matchedEntities,
                    draftEntities, entityRecall(), matchedEntities, curatedEntities, factPrecision(), matchedFacts,
                    draftFacts, factRecall(), matchedFacts, curatedFacts)
                    + (byNameOnly == null ? "" : String.format(Locale.ROOT, "%n(by names alone, without matching "
                    + "entities of the same passage: entity recall %.3f, precision %.3f; fact recall %.3f, "
                    + "precision %.3f)", byNameOnly.entityRecall(), byNameOnly.entityPrecision(),
                    byNameOnly.factRecall(), byNameOnly.factPrecision()));
        }
    }

    private final Map<String, Set<String>> lexiconNames = new HashMap<>();

    private final Map<String, Set<String>> lexiconTypes = new HashMap<>();

    private final ClassHierarchy classes;

    public DraftAgreement(List<SourceFile> lexicon) {
        this(lexicon, ClassHierarchy.NONE);
    }

    /** With the ontology's classes, so that a class above or below the curated one is no trap. */
    public DraftAgreement(List<SourceFile> lexicon, ClassHierarchy classes) {
        this.classes = classes;
        for (SourceFile f : lexicon) {
            for (EntityRecord e : f.entities()) {
                if (e.defines()) {
                    lexiconNames.put(e.id(), names(e));
                    lexiconTypes.put(e.id(), Set.copyOf(e.types()));
                }
            }
        }
    }

    public Figures compare(SourceFile draft, SourceFile curated) {
        Map<String, Set<String>> d = entities(draft);
        Map<String, Set<String>> c = entities(curated);
        Map<String, String> byName = match(d, c, types(draft), types(curated));
        Map<String, String> draftToCurated = new LinkedHashMap<>(byName);
        List<String> samePassage = new ArrayList<>();
        for (Map.Entry<String, String> m : samePassage(passages(draft), passages(curated), d, c, byName).entrySet()) {
            draftToCurated.put(m.getKey(), m.getValue());
            samePassage.add(m.getValue() + " = " + m.getKey());
        }
        return figures(draft, curated, d, c, byName, List.of())
                .withPassages(figures(draft, curated, d, c, draftToCurated, samePassage));
    }

    private Figures figures(SourceFile draft, SourceFile curated, Map<String, Set<String>> d,
            Map<String, Set<String>> c, Map<String, String> draftToCurated, List<String> samePassage) {
        Set<String> matchedCurated = new HashSet<>(draftToCurated.values());
        List<String> missedEntities = c.keySet().stream().filter(k -> !matchedCurated.contains(k)).toList();
        List<String> unmatchedEntities = d.keySet().stream().filter(k -> !draftToCurated.containsKey(k)).toList();
        Set<String> df = facts(draft, draftToCurated);
        Set<String> cf = facts(curated, new HashMap<>());
        Set<String> shared = new LinkedHashSet<>(cf);
        shared.retainAll(df);
        List<String> missedFacts = cf.stream().filter(x -> !df.contains(x)).toList();
        return new Figures(d.size(), c.size(), draftToCurated.size(), df.size(), cf.size(), shared.size(),
                missedEntities, unmatchedEntities, missedFacts, samePassage,
                typeConflicts(types(draft), types(curated), draftToCurated, classes), null);
    }

    /**
     * The traps fallen: drafted entities matched to a curated one but given none of its classes (a technology typed
     * as a policy area because two lists both say "6대"), as "curated-id: curated classes drafted as drafted classes";
     * a class above or below a curated one (in the ontology) is no conflict.
     * Entities the draft only refers to (lexicon ids) have the lexicon's classes and are not counted.
     */
    private static List<String> typeConflicts(Map<String, Set<String>> draftTypes,
            Map<String, Set<String>> curatedTypes, Map<String, String> draftToCurated, ClassHierarchy classes) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> m : draftToCurated.entrySet()) {
            Set<String> dt = draftTypes.getOrDefault(m.getKey(), Set.of());
            Set<String> ct = curatedTypes.getOrDefault(m.getValue(), Set.of());
            if (!dt.isEmpty() && !ct.isEmpty() && dt.stream().noneMatch(x -> ct.stream().anyMatch(y -> classes.related(x, y)))) {
                out.add(m.getValue() + ": " + new java.util.TreeSet<>(ct) + " drafted as " + new java.util.TreeSet<>(dt));
            }
        }
        return out;
    }

    /** The classes of what a file defines, and of the lexicon entities it refers to. */
    private Map<String, Set<String>> types(SourceFile f) {
        Map<String, Set<String>> out = new HashMap<>(lexiconTypes);
        for (EntityRecord e : f.entities()) {
            if (e.defines()) {
                out.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).addAll(e.types());
            }
        }
        return out;
    }

    /**
     * The declared traps a draft fell into: for each, the drafted entities named so (after folding) that have
     * classes but none that is the trap's class or lies above or below it, as "name: drafted classes".
     */
    public List<String> trapsFallen(SourceFile draft, List<CorpusManifest.Trap> traps) {
        List<String> out = new ArrayList<>();
        for (CorpusManifest.Trap t : traps) {
            if (!t.checked()) {
                continue;
            }
            String name = normalise(t.name());
            for (EntityRecord e : draft.entities()) {
                if (e.defines() && names(e).contains(name) && !e.types().isEmpty()
                        && e.types().stream().noneMatch(x -> classes.related(x, t.type()))) {
                    out.add(t.name() + ": " + t.type() + " drafted as " + e.types());
                }
            }
        }
        return out;
    }

    /** The classes a curated file gives an entity it mentions (for grouping what the draft missed). */
    public Map<String, Set<String>> classesIn(SourceFile f) {
        return types(f);
    }

    /** Where and as what a file defines an entity. */
    private record Defined(Set<String> types, int firstLine, int lastLine) {

        boolean sharesPassageWith(Defined o) {
            return firstLine <= o.lastLine && o.firstLine <= lastLine && types.stream().anyMatch(o.types::contains);
        }
    }

    private static Map<String, Defined> passages(SourceFile f) {
        Map<String, Defined> out = new HashMap<>();
        for (EntityRecord e : f.entities()) {
            if (e.defines() && e.locator().filter(l -> l.hasLines()).isPresent()) {
                out.put(e.id(), new Defined(Set.copyOf(e.types()), e.locator().get().firstLine(),
                        e.locator().get().lastLine()));
            }
        }
        return out;
    }

    /**
     * Drafted to curated ids of the entities left unmatched by name that share a passage, one to one, the most
     * alike first: alike is the share of one name's character pairs found in the other's, at least one half.
     */
    private static Map<String, String> samePassage(Map<String, Defined> draftAt, Map<String, Defined> curatedAt,
            Map<String, Set<String>> draft, Map<String, Set<String>> curated, Map<String, String> matched) {
        Set<String> matchedCurated = new HashSet<>(matched.values());
        record Pair(String draftId, String curatedId, double alike) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, Defined> c : curatedAt.entrySet()) {
            if (matchedCurated.contains(c.getKey())) {
                continue;
            }
            for (Map.Entry<String, Defined> d : draftAt.entrySet()) {
                if (!matched.containsKey(d.getKey()) && d.getValue().sharesPassageWith(c.getValue())) {
                    double alike = alike(draft.getOrDefault(d.getKey(), Set.of()),
                            curated.getOrDefault(c.getKey(), Set.of()));
                    if (alike >= 0.5) {
                        pairs.add(new Pair(d.getKey(), c.getKey(), alike));
                    }
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(Pair::alike).reversed()
                .thenComparing(Pair::curatedId).thenComparing(Pair::draftId));
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.draftId()) && used.add(p.curatedId())) {
                out.put(p.draftId(), p.curatedId());
            }
        }
        return out;
    }

    /** The largest share of the character pairs of one name that occur in a name of the other entity. */
    static double alike(Set<String> a, Set<String> b) {
        double best = 0;
        for (String x : a) {
            for (String y : b) {
                best = Math.max(best, Math.max(pairsWithin(x, y), pairsWithin(y, x)));
            }
        }
        return best;
    }

    private static double pairsWithin(String name, String other) {
        if (name.length() < MINIMUM_NAME || name.startsWith("#")) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i + 1 < name.length(); i++) {
            if (other.contains(name.substring(i, i + 2))) {
                found++;
            }
        }
        return (double) found / (name.length() - 1);
    }

    /**
     * The ids a file mentions, each with the names it is known by (in the file or the lexicon); an event, a
     * figure or a ranking is also known by a key of its class and its date, amount or rank ("#Call 2024-08").
     */
    private Map<String, Set<String>> entities(SourceFile f) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (EntityRecord e : f.entities()) {
            String id = e.subjectId().orElseThrow();
            Set<String> names = out.computeIfAbsent(id, k -> new LinkedHashSet<>());
            names.addAll(e.defines() ? names(e) : lexiconNames.getOrDefault(id, Set.of()));
            if (e.defines()) {
                structuralKey(e).ifPresent(names::add);
            }
            refs(e, out);
        }
        f.documentDecl().ifPresent(doc -> doc.facts().forEach(x -> ref(x, out)));
        out.remove(f.documentDecl().map(x -> x.id()).orElse(""));
        return out;
    }

    private void refs(EntityRecord e, Map<String, Set<String>> out) {
        for (Fact x : e.facts()) {
            ref(x, out);
        }
    }

    private void ref(Fact x, Map<String, Set<String>> out) {
        if (NOT_FACTS.contains(x.property())) {
            return;
        }
        if (x.value() instanceof Value.Nested n) {
            refs(n.entity(), out);
        } else if (x.value() instanceof Value.Scalar s && looksLikeId(s.text())
                && (lexiconNames.containsKey(s.text()) || out.containsKey(s.text()) || s.text().contains("/"))) {
            out.computeIfAbsent(s.text(), k -> new LinkedHashSet<>()).addAll(lexiconNames.getOrDefault(s.text(),
                    Set.of()));
        }
    }

    private static boolean looksLikeId(String s) {
        return s.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*") && !s.matches("[0-9/-]+") && !isNumber(s);
    }

    /** A number in any notation ("30e12" too): a literal, compared as an exact decimal, never an id. */
    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Draft id to curated id, by id, then shared name, then one name within another. */
    /**
     * Matches by name, each entity at most once: by id, then by a shared name, then by one name holding another. In
     * the name passes a drafted entity of a class related to the curated one's (the same, or above or below it in the
     * ontology) is taken before one of another class, so that where two curated entities share a name (a plan and
     * the document that prints it, both "「제4차 …전략」") each is matched to the drafted entity of its kind, whatever
     * the order of the two files.
     */
    private Map<String, String> match(Map<String, Set<String>> draft, Map<String, Set<String>> curated,
            Map<String, Set<String>> draftTypes, Map<String, Set<String>> curatedTypes) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (boolean ofItsKind : pass == 0 ? List.of(false) : List.of(true, false)) {
                for (Map.Entry<String, Set<String>> c : curated.entrySet()) {
                    if (used.contains(c.getKey())) {
                        continue;
                    }
                    for (Map.Entry<String, Set<String>> d : draft.entrySet()) {
                        if (out.containsKey(d.getKey()) || ofItsKind && !related(draftTypes.get(d.getKey()),
                                curatedTypes.get(c.getKey()))) {
                            continue;
                        }
                        if (same(pass, d.getKey(), d.getValue(), c.getKey(), c.getValue())) {
                            out.put(d.getKey(), c.getKey());
                            used.add(c.getKey());
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    private boolean related(Set<String> draftTypes, Set<String> curatedTypes) {
        return draftTypes != null && curatedTypes != null && draftTypes.stream()
                .anyMatch(x -> curatedTypes.stream().anyMatch(y -> classes.related(x, y)));
    }

    private static boolean same(int pass, String did, Set<String> dn, String cid, Set<String> cn) {
        if (pass == 0) {
            return did.equals(cid);
        }
        if (pass == 1) {
            return dn.stream().anyMatch(cn::contains);
        }
        for (String a : dn) {
            for (String b : cn) {
                String shorter = a.length() <= b.length() ? a : b;
                String longer = a.length() <= b.length() ? b : a;
                if (shorter.length() >= MINIMUM_NAME && longer.contains(shorter)
                        && shorter.length() >= 0.6 * longer.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> EVENTS = Set.of("Event", "Call", "Announcement", "Establishment",
            "CabinetDecision");
    private static final Set<String> FIGURES = Set.of("Figure", "Target", "Actual", "Ranking");

    /** The key of an event (class and date) or a figure (class and amount with currency, or rank). */
    private static java.util.Optional<String> structuralKey(EntityRecord e) {
        Map<String, String> v = new TreeMap<>();
        for (Fact f : e.facts()) {
            if (f.value() instanceof Value.Scalar s) {
                v.putIfAbsent(f.property(), literal(s.text()));
            }
        }
        if (v.containsKey("url")) {
            return java.util.Optional.of("#url " + v.get("url").replaceAll("^<|>$", ""));
        }
        for (String t : e.types()) {
            if (EVENTS.contains(t) && v.containsKey("date")) {
                return java.util.Optional.of("#" + t + " " + v.get("date"));
            }
            if (FIGURES.contains(t) && v.containsKey("amount")) {
                return java.util.Optional.of("#" + t + " " + v.get("amount") + " " + v.get("currency"));
            }
            if (FIGURES.contains(t) && v.containsKey("rank")) {
                return java.util.Optional.of("#" + t + " " + v.get("rank") + " " + v.getOrDefault("referenceYear", ""));
            }
        }
        return java.util.Optional.empty();
    }

    /** The normalised names of an entity defined in a file. */
    private static Set<String> names(EntityRecord e) {
        Set<String> out = new LinkedHashSet<>();
        for (Fact f : e.facts()) {
            if (f.property().equals("label") || f.property().equals("altLabel")) {
                if (f.value() instanceof Value.LangText t) {
                    t.byLanguage().values().forEach(list -> list.forEach(s -> add(out, s)));
                }
            } else if (f.property().equals("acronym") && f.value() instanceof Value.Scalar s) {
                add(out, s.text());
            }
        }
        return out;
    }

    private static void add(Set<String> out, String name) {
        String n = normalise(name);
        if (!n.isEmpty()) {
            out.add(n);
        }
    }

    static String normalise(String name) {
        String s = Normalizer.normalize(name.replace("[draft]", ""), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    // ------------------------------------------------------------------ facts

    private Set<String> facts(SourceFile f, Map<String, String> ids) {
        Set<String> out = new LinkedHashSet<>();
        String docId = f.documentDecl().map(x -> x.id()).orElse("");
        Map<String, String> map = new HashMap<>(ids);
        map.put(docId, DOCUMENT);
        f.documentDecl().ifPresent(doc -> doc.facts().forEach(x -> fact(DOCUMENT, x, map, out)));
        for (EntityRecord e : f.entities()) {
            String s = canonical(e.subjectId().orElseThrow(), map);
            for (String t : e.types()) {
                out.add(s + " type " + t);
            }
            for (Fact x : e.facts()) {
                fact(s, x, map, out);
            }
        }
        return out;
    }

    private void fact(String subject, Fact x, Map<String, String> ids, Set<String> out) {
        if (NOT_FACTS.contains(x.property()) || x.value() instanceof Value.LangText) {
            return;
        }
        String p = x.property().startsWith("sti:") ? x.property().substring(4) : x.property();
        if (x.value() instanceof Value.Nested n) {
            String key = nestedKey(subject, p, n.entity());
            out.add(subject + " " + p + " " + key);
            for (String t : n.entity().types()) {
                out.add(key + " type " + t);
            }
            for (Fact inner : n.entity().facts()) {
                fact(key, inner, ids, out);
            }
            return;
        }
        String v = ((Value.Scalar) x.value()).text().strip();
        out.add(subject + " " + p + " " + (looksLikeId(v) ? canonical(v, ids) : literal(v)));
    }

    private String nestedKey(String subject, String property, EntityRecord e) {
        Map<String, String> main = new TreeMap<>();
        for (Fact f : e.facts()) {
            if (Set.of("amount", "currency", "multiplier", "countValue", "rank", "date").contains(f.property())
                    && f.value() instanceof Value.Scalar s) {
                main.put(f.property(), literal(s.text()));
            }
            if (f.property().equals("count") && f.value() instanceof Value.Nested n) {
                n.entity().facts().stream().filter(g -> g.property().equals("countValue"))
                        .forEach(g -> main.put("count", literal(((Value.Scalar) g.value()).text())));
            }
        }
        return "[" + subject + " " + property + " " + String.join("/", e.types()) + " " + main + "]";
    }

    private static String canonical(String id, Map<String, String> ids) {
        return ids.getOrDefault(id, id);
    }

    private static String literal(String v) {
        try {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** The property of a fact as this class writes facts ("subject property object"). */
    public static String propertyOf(String fact) {
        String rest = fact.startsWith("[") ? fact.substring(fact.indexOf("] ") + 2) : fact.substring(fact.indexOf(' ') + 1);
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }

    /** For the report: the curated entities and facts the draft missed, grouped. */
    public static List<String> sample(List<String> items, int n) {
        return new ArrayList<>(items.subList(0, Math.min(n, items.size())));
    }
}
