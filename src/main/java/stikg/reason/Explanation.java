package stikg.reason;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Triple;

/**
 * The answer to "why does this triple hold?".
 *
 * @param triple the triple asked about
 * @param derivation why it holds, or empty when it is neither asserted nor inferred
 * @param notes remarks on the answer, such as a store whose inferred graph no longer matches the rules
 */
public record Explanation(Triple triple, Optional<Derivation> derivation, List<String> notes) {

    public Explanation {
        notes = List.copyOf(notes);
    }

    public boolean holds() {
        return derivation.isPresent();
    }

    public boolean asserted() {
        return derivation.map(d -> d instanceof Derivation.Asserted).orElse(false);
    }
}
