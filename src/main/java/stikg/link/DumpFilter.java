package stikg.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * An RDF4J Rio handler that passes on, as triples (a quad's graph is dropped), only the statements whose subject or
 * object is a linked entity or an IRI starting with one of the filter prefixes. It keeps nothing but counters and
 * the set of linked entities seen, so its memory does not grow with the dump.
 */
final class DumpFilter extends AbstractRDFHandler {

    /** How often, in statements read, progress is reported. */
    static final long PROGRESS_EVERY = 1_000_000;

    private final LinkTargets targets;
    private final List<String> prefixes;
    private final RDFHandler out;
    private final LongConsumer progress;
    private final ValueFactory values = SimpleValueFactory.getInstance();
    private final Set<String> found = new HashSet<>();
    private long read;
    private long kept;

    DumpFilter(LinkTargets targets, List<String> prefixes, RDFHandler out, LongConsumer progress) {
        this.targets = targets;
        this.prefixes = List.copyOf(prefixes);
        this.out = out;
        this.progress = progress;
    }

    @Override
    public void handleStatement(Statement st) {
        read++;
        if (read % PROGRESS_EVERY == 0) {
            progress.accept(read);
        }
        Resource s = st.getSubject();
        Value o = st.getObject();
        boolean keep = s.isIRI() && matches(s.stringValue());
        if (o.isIRI() && matches(o.stringValue())) {
            keep = true;
        }
        if (keep) {
            kept++;
            out.handleStatement(st.getContext() == null ? st
                    : values.createStatement(s, st.getPredicate(), o));
        }
    }

    private boolean matches(String iri) {
        if (targets.contains(iri)) {
            if (found.size() < targets.size()) {
                found.add(iri);
            }
            return true;
        }
        for (String p : prefixes) {
            if (iri.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    long read() {
        return read;
    }

    long kept() {
        return kept;
    }

    /** How many distinct linked entities the dump had triples about. */
    int found() {
        return found.size();
    }
}
