package stikg.importer.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ontology's classes as source files name them ({@code Program}, {@code skos:Concept}), each with its direct
 * superclasses. The evaluation reads it from the ontology (the one source of truth for types) so that a draft that
 * names a class more or less precisely than its curator ({@code Program} for an {@code InternationalProgram},
 * {@code skos:Concept} for a {@code PolicyArea}) is not counted as a trap; one that puts an entity in another branch
 * ({@code SubArea} for a {@code Measure}) is.
 */
public record ClassHierarchy(Map<String, Set<String>> superclasses) {

    public static final ClassHierarchy NONE = new ClassHierarchy(Map.of());

    public ClassHierarchy {
        superclasses = Map.copyOf(superclasses);
    }

    /** True when the two classes are the same or one lies above the other. */
    public boolean related(String a, String b) {
        return a.equals(b) || ancestors(a).contains(b) || ancestors(b).contains(a);
    }

    /** Every class above {@code c}. */
    public Set<String> ancestors(String c) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(superclasses.getOrDefault(c, Set.of()));
        while (!todo.isEmpty()) {
            String s = todo.pop();
            if (out.add(s)) {
                todo.addAll(superclasses.getOrDefault(s, Set.of()));
            }
        }
        return out;
    }
}
