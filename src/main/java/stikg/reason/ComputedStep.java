package stikg.reason;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * A documented derivation step written in Java, for conclusions a forward rule cannot reach well: those that count
 * or weigh (how specific a supporter is, how strong a chain of mappings is) or that rest on an absence (an area
 * with no counterpart in a list). A step reads the closure the rules reached (asserted and inferred triples) and
 * records each conclusion with the triples it rests on, so {@code ./stikg explain} follows them down to their
 * sources as it follows a rule's premises. Its conclusions go to the inferred graph; rules do not build on them.
 */
public interface ComputedStep {

    /** The step's name, shown in explanations and in the README's table of what the reasoner concludes. */
    String name();

    /** The steps the build runs after the rules, in this order. */
    static List<ComputedStep> standard() {
        return List.of(new CoSupport(), new Counterparts(), new SupportChange());
    }

    /** Adds every conclusion of the step over {@code closure} to {@code out}. */
    void derive(Graph closure, Conclusions out);

    /**
     * Whether the step's conclusions can depend on {@code t}: a write that adds or removes (or makes the rules add
     * or remove) no such triple leaves them as they are, and the incremental inference does not run the step again.
     * Every triple by default; a step that names what it reads must name all of it.
     */
    default boolean reads(Triple t) {
        return true;
    }

    /**
     * The part of the step's conclusions that a write can change, when the step can tell: the incremental inference
     * then keeps every conclusion outside it and derives again only those inside, at a cost that follows the
     * change rather than the store. Empty (the default) when the step can only run whole.
     *
     * @param closure what the step reads, as the write left it (asserted triples and the rules' conclusions)
     * @param changed the triples the write added or removed, or made the rules add or remove, that the step reads
     * @param previous the step's conclusions before the write
     */
    default Optional<Scope> scope(Graph closure, Set<Triple> changed, Graph previous) {
        return Optional.empty();
    }

    /** The conclusions of a step around a change. */
    interface Scope {

        /** The step's earlier conclusions (of the {@code previous} it was made with) that lie in the scope. */
        Set<Triple> earlier();

        /**
         * Adds the step's conclusions over {@code closure} that lie in the scope: with the earlier conclusions
         * outside it, exactly what {@link ComputedStep#derive} would conclude now.
         */
        void derive(Graph closure, Conclusions out);
    }
}
