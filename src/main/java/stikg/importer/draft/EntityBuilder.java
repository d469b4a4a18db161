package stikg.importer.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity being drafted: facts are added as the import finds them and duplicates are ignored. Turned into an
 * immutable {@link Draft.EntityPart} at the end; used by one import only.
 */
public final class EntityBuilder {

    private final String id;
    private final String about;
    private final Set<String> types = new LinkedHashSet<>();
    private final String at;
    private final Map<String, String> label = new LinkedHashMap<>();
    private final Map<String, List<String>> altLabel = new LinkedHashMap<>();
    private final List<String> acronyms = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Draft.FactPart> facts = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();

    private EntityBuilder(String id, String about, String at) {
        this.id = id;
        this.about = about;
        this.at = at;
    }

    public static EntityBuilder defining(String id, String at) {
        return new EntityBuilder(id, null, at);
    }

    static EntityBuilder describing(String id, String at) {
        return new EntityBuilder(null, id, at);
    }

    public static EntityBuilder nested(String type) {
        EntityBuilder b = new EntityBuilder(null, null, null);
        b.types.add(type);
        return b;
    }

    public String subject() {
        return id != null ? id : about;
    }

    /** The id this entity is defined under here, or null. */
    public String id() {
        return id;
    }

    /** The id of the entity defined elsewhere that this one describes, or null. */
    String about() {
        return about;
    }

    /** The entity's own locator. */
    public String at() {
        return at;
    }

    /** Its classes, in the order added (read-only). */
    public Set<String> types() {
        return Collections.unmodifiableSet(types);
    }

    /** Its labels by language tag (read-only). */
    public Map<String, String> labels() {
        return Collections.unmodifiableMap(label);
    }

    /** Its other names by language tag (read-only). */
    public Map<String, List<String>> altLabels() {
        return Collections.unmodifiableMap(altLabel);
    }

    /** Its acronyms (read-only). */
    public List<String> acronyms() {
        return Collections.unmodifiableList(acronyms);
    }

    /** The curator's notes on it (read-only). */
    List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Its facts so far (read-only). */
    public List<Draft.FactPart> facts() {
        return Collections.unmodifiableList(facts);
    }

    public EntityBuilder type(String t) {
        types.add(t);
        return this;
    }

    public EntityBuilder label(String lang, String text) {
        if (text != null && !text.isBlank()) {
            label.putIfAbsent(lang, text.strip());
        }
        return this;
    }

    public EntityBuilder alt(String lang, String text) {
        if (text != null && !text.isBlank() && !text.strip().equals(label.get(lang))) {
            List<String> l = altLabel.computeIfAbsent(lang, k -> new ArrayList<>());
            if (!l.contains(text.strip())) {
                l.add(text.strip());
            }
        }
        return this;
    }

    public EntityBuilder acronym(String a) {
        if (a != null && !a.isBlank() && !acronyms.contains(a.strip())) {
            acronyms.add(a.strip());
        }
        return this;
    }

    public EntityBuilder note(String n) {
        if (!notes.contains(n)) {
            notes.add(n);
        }
        return this;
    }

    public EntityBuilder comment(String c) {
        if (!comments.contains(c)) {
            comments.add(c);
        }
        return this;
    }

    public boolean has(String property) {
        return facts.stream().anyMatch(f -> f.property().equals(property));
    }

    public boolean hasRef(String property, String target) {
        return facts.stream().anyMatch(f -> f.property().equals(property) && f.value() instanceof Draft.Ref r
                && r.id().equals(target));
    }

    public EntityBuilder ref(String property, String target, String factAt) {
        if (!hasRef(property, target)) {
            facts.add(new Draft.FactPart(property, new Draft.Ref(target), same(factAt)));
        }
        return this;
    }

    public EntityBuilder literal(String property, String text, boolean quoted, String factAt) {
        boolean dup = facts.stream().anyMatch(f -> f.property().equals(property) && f.value() instanceof Draft.Literal l
                && l.text().equals(text));
        if (!dup) {
            facts.add(new Draft.FactPart(property, new Draft.Literal(text, quoted), same(factAt)));
        }
        return this;
    }

    public EntityBuilder texts(String property, Map<String, String> byLanguage, String factAt) {
        facts.add(new Draft.FactPart(property, new Draft.Texts(byLanguage), same(factAt)));
        return this;
    }

    public EntityBuilder nested(String property, EntityBuilder inner, String factAt) {
        Draft.FactPart f = new Draft.FactPart(property, new Draft.Nested(inner.part()), same(factAt));
        if (!facts.contains(f)) {
            facts.add(f);
        }
        return this;
    }

    /** Points the references to one id at another instead. */
    void redirect(java.util.Map<String, String> ids) {
        facts.replaceAll(f -> f.value() instanceof Draft.Ref r && ids.containsKey(r.id())
                ? new Draft.FactPart(f.property(), new Draft.Ref(ids.get(r.id())), f.at()) : f);
        java.util.Set<Draft.FactPart> seen = new java.util.HashSet<>();
        facts.removeIf(f -> !seen.add(f));
    }

    /** A fact's own locator, or null when it is the entity's. */
    private String same(String factAt) {
        return factAt == null || factAt.equals(at) ? null : factAt;
    }

    /** The English label, made from the first other one (or the acronym) when there is no translation yet. */
    public EntityBuilder draftEnglish() {
        if (!label.containsKey("en")) {
            String base = label.values().stream().findFirst().orElse(acronyms.isEmpty() ? null : acronyms.get(0));
            if (base != null) {
                label.put("en", acronyms.isEmpty() ? "[draft] " + base : acronyms.get(0));
            }
        }
        return this;
    }

    public Draft.EntityPart part() {
        return new Draft.EntityPart(id, about, List.copyOf(types), at, label, altLabel, acronyms, notes, facts,
                comments);
    }
}
