package stikg.graph;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import stikg.diag.Location;
import stikg.diag.Problems;
import stikg.source.EntityRecord;
import stikg.source.SourceFile;
import stikg.source.SourceSet;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Every entity id defined across all files, with where it was defined and the classes all files give it;
 * built in a first pass so that references can be checked in any order.
 */
final class EntityRegistry {

    /** One defined entity. */
    record Entry(String id, Location definedAt, Set<Node> types) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    static EntityRegistry collect(SourceSet sources, Schema schema, Problems problems) {
        EntityRegistry r = new EntityRegistry();
        for (SourceFile f : sources.lexicon()) {
            r.collectFile(f, schema, problems);
        }
        for (SourceFile f : sources.sources()) {
            f.documentDecl().ifPresent(d -> r.define(d.id(), d.where(), Set.of(Sti.Document), problems));
            r.collectFile(f, schema, problems);
        }
        for (SourceFile f : sources.lexicon()) {
            r.collectAbouts(f, schema, problems);
        }
        for (SourceFile f : sources.sources()) {
            r.collectAbouts(f, schema, problems);
        }
        return r;
    }

    private void collectFile(SourceFile f, Schema schema, Problems problems) {
        for (EntityRecord e : f.entities()) {
            if (e.defines()) {
                define(e.id(), e.where(), classes(e, schema, problems), problems);
            }
        }
    }

    private void collectAbouts(SourceFile f, Schema schema, Problems problems) {
        for (EntityRecord e : f.entities()) {
            if (!e.defines()) {
                Entry existing = entries.get(e.about());
                if (existing == null) {
                    problems.add(e.where(), "'about: " + e.about() + "' names no entity defined in any file");
                } else {
                    existing.types().addAll(classes(e, schema, problems));
                }
            }
        }
    }

    private void define(String id, Location where, Set<Node> types, Problems problems) {
        Entry before = entries.get(id);
        if (before != null) {
            problems.add(where, "id '" + id + "' is already defined at " + before.definedAt());
            return;
        }
        entries.put(id, new Entry(id, where, new LinkedHashSet<>(types)));
    }

    /** The classes an entity record names; unknown names are reported. */
    static Set<Node> classes(EntityRecord e, Schema schema, Problems problems) {
        Set<Node> out = new LinkedHashSet<>();
        for (String t : e.types()) {
            Optional<String> iri = Namespaces.expand(t);
            Node c = iri.map(NodeFactory::createURI).orElse(null);
            if (c == null || !schema.isClass(c)) {
                problems.add(e.where(), "unknown type '" + t + "' (not a class of the ontology)");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    int size() {
        return entries.size();
    }
}
