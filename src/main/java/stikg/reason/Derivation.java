package stikg.reason;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;

/** Why a triple holds: it is asserted (with where), or a rule concluded it from premises that hold. */
public sealed interface Derivation permits Derivation.Asserted, Derivation.Inferred, Derivation.Computed {

    Triple triple();

    /**
     * An asserted triple.
     *
     * @param graphs the named graphs that hold it (empty when only a union of graphs was given)
     * @param sources where documents state it, from the provenance graphs (empty for the ontology, linked lists)
     */
    record Asserted(Triple triple, List<String> graphs, List<SourceLocator> sources) implements Derivation {
        public Asserted {
            graphs = List.copyOf(graphs);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A triple a rule concluded.
     *
     * @param rule the rule's name
     * @param premises why each premise holds, in the order the rule lists them (builtins such as notEqual are not
     *     premises)
     */
    record Inferred(Triple triple, String rule, List<Derivation> premises) implements Derivation {
        public Inferred {
            premises = List.copyOf(premises);
        }
    }

    /**
     * A triple a derivation step written in Java concluded ({@link ComputedStep}): one that counts or weighs.
     *
     * @param step the step's name
     * @param detail why, in one line (full IRIs: printers shorten them)
     * @param premises why each triple it rests on holds
     */
    record Computed(Triple triple, String step, String detail, List<Derivation> premises) implements Derivation {
        public Computed {
            premises = List.copyOf(premises);
        }
    }

    /** The asserted facts at the leaves of the tree, each once, in the order they are met. */
    default List<Asserted> assertedLeaves() {
        Set<Triple> seen = new LinkedHashSet<>();
        List<Asserted> out = new ArrayList<>();
        collect(this, seen, out);
        return out;
    }

    private static void collect(Derivation d, Set<Triple> seen, List<Asserted> out) {
        if (d instanceof Asserted a) {
            if (seen.add(a.triple())) {
                out.add(a);
            }
        } else if (d instanceof Inferred i) {
            i.premises().forEach(p -> collect(p, seen, out));
        } else if (d instanceof Computed c) {
            c.premises().forEach(p -> collect(p, seen, out));
        }
    }

    /** The number of rule steps on the longest path down to an asserted fact (0 for an asserted triple). */
    default int depth() {
        if (this instanceof Inferred i) {
            return 1 + i.premises().stream().mapToInt(Derivation::depth).max().orElse(0);
        }
        if (this instanceof Computed c) {
            return 1 + c.premises().stream().mapToInt(Derivation::depth).max().orElse(0);
        }
        return 0;
    }
}
