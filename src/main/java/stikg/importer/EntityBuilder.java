package stikg.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity being drafted: facts are added as the import finds them and duplicates are ignored. Turned into an
 * immutable {@link Draft.EntityPart} at the end; used by one import only.
 */
final class EntityBuilder {

    final String id;
    final String about;
    final Set<String> types = new LinkedHashSet<>();
    String at;
    final Map<String, String> label = new LinkedHashMap<>();
    final Map<String, List<String>> altLabel = new LinkedHashMap<>();
    final List<String> acronyms = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Draft.FactPart> facts = new ArrayList<>();
    final List<String> comments = new ArrayList<>();

    private EntityBuilder(String id, String about, String at) {
        this.id = id;
        this.about = about;
        this.at = at;
    }

    static EntityBuilder defining(String id, String at) {
        return new EntityBuilder(id, null, at);
    }

    static EntityBuilder describing(String id, String at) {
        return new EntityBuilder(null, id, at);
    }

    static EntityBuilder nested(String type) {
        EntityBuilder b = new EntityBuilder(null, null, null);
        b.types.add(type);
        return b;
    }

    String subject() {
        return id != null ? id : about;
    }

    EntityBuilder type(String t) {
        types.add(t);
        return this;
    }

    EntityBuilder label(String lang, String text) {
        if (text != null && !text.isBlank()) {
            label.putIfAbsent(lang, text.strip());
        }
        return this;
    }

    EntityBuilder alt(String lang, String text) {
        if (text != null && !text.isBlank() && !text.strip().equals(label.get(lang))) {
            List<String> l = altLabel.computeIfAbsent(lang, k -> new ArrayList<>());
            if (!l.contains(text.strip())) {
                l.add(text.strip());
            }
        }
        return this;
    }

    EntityBuilder acronym(String a) {
        if (a != null && !a.isBlank() && !acronyms.contains(a.strip())) {
            acronyms.add(a.strip());
        }
        return this;
    }

    EntityBuilder note(String n) {
        if (!notes.contains(n)) {
            notes.add(n);
        }
        return this;
    }

    EntityBuilder comment(String c) {
        if (!comments.contains(c)) {
            comments.add(c);
        }
        return this;
    }

    boolean has(String property) {
        return facts.stream().anyMatch(f -> f.property().equals(property));
    }

    boolean hasRef(String property, String target) {
        return facts.stream().anyMatch(f -> f.property().equals(property) && f.value() instanceof Draft.Ref r
                && r.id().equals(target));
    }

    EntityBuilder ref(String property, String target, String factAt) {
        if (!hasRef(property, target)) {
            facts.add(new Draft.FactPart(property, new Draft.Ref(target), same(factAt)));
        }
        return this;
    }

    EntityBuilder literal(String property, String text, boolean quoted, String factAt) {
        boolean dup = facts.stream().anyMatch(f -> f.property().equals(property) && f.value() instanceof Draft.Literal l
                && l.text().equals(text));
        if (!dup) {
            facts.add(new Draft.FactPart(property, new Draft.Literal(text, quoted), same(factAt)));
        }
        return this;
    }

    EntityBuilder texts(String property, Map<String, String> byLanguage, String factAt) {
        facts.add(new Draft.FactPart(property, new Draft.Texts(byLanguage), same(factAt)));
        return this;
    }

    EntityBuilder nested(String property, EntityBuilder inner, String factAt) {
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
    EntityBuilder draftEnglish() {
        if (!label.containsKey("en")) {
            String base = label.values().stream().findFirst().orElse(acronyms.isEmpty() ? null : acronyms.get(0));
            if (base != null) {
                label.put("en", acronyms.isEmpty() ? "[draft] " + base : acronyms.get(0));
            }
        }
        return this;
    }

    Draft.EntityPart part() {
        return new Draft.EntityPart(id, about, List.copyOf(types), at, label, altLabel, acronyms, notes, facts,
                comments);
    }
}
