package stikg.importer.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconEntry;

/**
 * The entities of one draft while it is being made: definitions with ids minted under the document's id,
 * descriptions of lexicon entities at their first mention, and candidate facts each in a record of its own.
 * Knows which classes every id has, lexicon or draft, so that facts only link what the ontology allows.
 */
public final class EntityBook {

    /** The note every fact read from prose carries. */
    public static final String CANDIDATE = "candidate fact for review";

    private final String prefix;
    private final Lexicon lexicon;
    private final List<EntityBuilder> records = new ArrayList<>();
    private final Map<String, EntityBuilder> defined = new LinkedHashMap<>();
    private final Map<String, EntityBuilder> mentioned = new LinkedHashMap<>();
    private final Map<String, EntityBuilder> described = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    /** Ids of definitions found to be another definition, and that definition's id. */
    private final Map<String, String> merged = new LinkedHashMap<>();

    private final String language;

    /** A book for one document whose names are written in {@code language} (the layout's, "ko" for Korean). */
    public EntityBook(String documentId, Lexicon lexicon, String language) {
        this.language = language;
        this.prefix = documentId + "/";
        this.lexicon = lexicon;
        lexicon.entries().forEach(e -> ids.add(e.id()));
        ids.add(documentId);
    }

    /** The language the document's names are written in, for the labels drafted from them. */
    public String language() {
        return language;
    }

    /** A new id: the document's id, '/', and the local name, made unique. */
    public String reserve(String local) {
        String base = prefix + local;
        String id = base;
        int n = 2;
        while (ids.contains(id)) {
            id = base + "-" + n++;
        }
        ids.add(id);
        return id;
    }

    /** Defines a new entity with an id from {@link #reserve}. */
    public EntityBuilder define(String local, String type, String at) {
        String id = reserve(local);
        EntityBuilder b = EntityBuilder.defining(id, at).type(type);
        defined.put(id, b);
        records.add(b);
        return b;
    }

    /** The description of a lexicon entity, made at its first mention. */
    public EntityBuilder mention(String lexiconId, String at) {
        return mentioned.computeIfAbsent(lexiconId, k -> {
            EntityBuilder b = EntityBuilder.describing(k, at);
            records.add(b);
            return b;
        });
    }

    /**
     * The record for facts read from prose about an entity at one place, with the candidate note (one record per
     * entity and place).
     */
    public EntityBuilder candidate(String subjectId, String at) {
        return describing(subjectId, at, true);
    }

    /** The record for facts a table states about an entity defined elsewhere (no candidate note). */
    public EntityBuilder facts(String subjectId, String at) {
        return describing(subjectId, at, false);
    }

    /**
     * Makes a definition part of another that names the same thing: its names become aliases of the other, its
     * facts go (the other states its own), and every reference to it, before or after, points to the other.
     */
    public void merge(String from, String into) {
        EntityBuilder gone = defined.remove(from);
        EntityBuilder kept = defined.get(into);
        if (gone == null || kept == null) {
            throw new IllegalArgumentException("only definitions can be merged: " + from + ", " + into);
        }
        records.remove(gone);
        gone.labels().forEach(kept::alt);
        gone.altLabels().forEach((lang, names) -> names.forEach(n -> kept.alt(lang, n)));
        kept.comment("also the item at " + gone.at() + " that this row details");
        merged.put(from, into);
    }

    private EntityBuilder describing(String id, String at, boolean candidate) {
        String subjectId = merged.getOrDefault(id, id);
        if (!candidate && defined.containsKey(subjectId)) {
            return defined.get(subjectId);
        }
        if (lexicon.defines(subjectId)) {
            mention(subjectId, at);
        }
        String key = subjectId + " " + at + " " + candidate;
        return described.computeIfAbsent(key, k -> {
            EntityBuilder b = EntityBuilder.describing(subjectId, at);
            if (candidate) {
                b.note(CANDIDATE);
            }
            records.add(b);
            return b;
        });
    }

    public Optional<EntityBuilder> defined(String id) {
        return Optional.ofNullable(defined.get(merged.getOrDefault(id, id)));
    }

    /** The first literal value a record of the draft gives an id for a property (a period read beside it). */
    public Optional<String> literalOf(String id, String property) {
        String subject = merged.getOrDefault(id, id);
        return records.stream().filter(b -> subject.equals(b.subject())).flatMap(b -> b.facts().stream())
                .filter(f -> f.property().equals(property) && f.value() instanceof Draft.Literal)
                .map(f -> ((Draft.Literal) f.value()).text()).findFirst();
    }

    /** The lexicon ids mentioned so far, in the order first mentioned. */
    public List<String> mentionedIds() {
        return List.copyOf(mentioned.keySet());
    }

    /** The classes of an id, whether the lexicon or the draft defines it. */
    public List<String> typesOf(String id) {
        EntityBuilder b = defined.get(merged.getOrDefault(id, id));
        if (b != null) {
            return List.copyOf(b.types());
        }
        return lexicon.find(id).map(LexiconEntry::types).orElse(List.of());
    }

    /** The label of an id in a language, whether the lexicon or the draft defines it. */
    public Optional<String> labelOf(String id, String language) {
        EntityBuilder b = defined.get(id);
        if (b != null) {
            return Optional.ofNullable(b.labels().get(language));
        }
        return lexicon.find(id).flatMap(e -> e.label(language));
    }

    /** The lexicon entity of a class with a value for a property (the plan of a series with an edition). */
    public Optional<String> lexiconWith(String type, String property, String value, String property2, String value2) {
        return lexicon.entries().stream().filter(e -> e.types().contains(type) && e.values(property).contains(value)
                && e.values(property2).contains(value2)).map(LexiconEntry::id).findFirst();
    }

    /** The values the lexicon writes for a property of an entity (none for an entity it does not define). */
    public List<String> lexiconValues(String id, String property) {
        return lexicon.entries().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> e.values(property)).orElse(List.of());
    }

    public boolean known(String id) {
        return defined.containsKey(id) || lexicon.defines(id);
    }

    /** All defined entities, in the order they were defined. */
    public List<EntityBuilder> definitions() {
        return List.copyOf(defined.values());
    }

    /** The defined entities that name things (not table items), for recognition in prose. */
    public List<LexiconEntry> recognisable(Set<String> ofIds) {
        List<LexiconEntry> out = new ArrayList<>();
        for (String id : ofIds) {
            EntityBuilder b = defined.get(id);
            if (b == null) {
                continue;
            }
            Map<String, List<String>> labels = new LinkedHashMap<>();
            b.labels().forEach((lang, text) -> {
                if (!text.startsWith("[draft]")) {
                    labels.put(lang, List.of(text));
                }
            });
            out.add(new LexiconEntry(id, List.copyOf(b.types()), labels, b.altLabels(), b.acronyms(), Map.of(),
                    "draft"));
        }
        return out;
    }

    /** Every record, in order, with English labels drafted for definitions that lack one. */
    public List<Draft.EntityPart> parts() {
        List<Draft.EntityPart> out = new ArrayList<>();
        for (EntityBuilder b : records) {
            b.redirect(merged);
            if (b.id() != null) {
                b.draftEnglish();
            }
            if (b.about() != null && b.facts().isEmpty() && b.notes().isEmpty() && !mentioned.containsValue(b)) {
                continue;
            }
            out.add(b.part());
        }
        return out;
    }
}
