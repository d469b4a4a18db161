package stikg.reason;

import java.util.ArrayList;
import java.util.List;
import stikg.diag.Location;
import stikg.vocab.Graphs;

/**
 * Writes an explanation as an indented tree, one line per triple and one per reason:
 *
 * <pre>
 * fx-ministry sti:engagedIn fx-area-quantum
 *   by rule engagedIn, from:
 *     fx-ministry sti:runs fx-program
 *       by rule subProperty, from:
 *         ...
 *     fx-program sti:contributesTo fx-area-quantum
 *       by rule contributesDirectly, from:
 *         fx-program sti:supports fx-area-quantum
 *           asserted: from fx-brief §1 line 6 [data/sources/fx-brief.yaml:21]
 * </pre>
 */
public final class ExplanationPrinter {

    private static final String INDENT = "  ";

    private final TermFormat format;
    private final Graphs graphs;

    public ExplanationPrinter(TermFormat format, Graphs graphs) {
        this.format = format;
        this.graphs = graphs;
    }

    /** The lines of the explanation, without line ends. */
    public List<String> lines(Explanation e) {
        List<String> out = new ArrayList<>();
        if (e.derivation().isEmpty()) {
            out.add(format.triple(e.triple()));
            out.add(INDENT + "does not hold: it is neither asserted nor inferred by the rules");
        } else {
            write(e.derivation().get(), 0, out);
        }
        e.notes().forEach(n -> out.add("note: " + n));
        return out;
    }

    /** The explanation as text, one line each, ending with a line end. */
    public String text(Explanation e) {
        StringBuilder sb = new StringBuilder();
        lines(e).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private void write(Derivation d, int depth, List<String> out) {
        String pad = INDENT.repeat(depth);
        out.add(pad + format.triple(d.triple()));
        if (d instanceof Derivation.Inferred i) {
            out.add(pad + INDENT + "by rule " + i.rule() + ", from:");
            i.premises().forEach(p -> write(p, depth + 2, out));
        } else if (d instanceof Derivation.Computed c) {
            out.add(pad + INDENT + "by derivation step " + c.step() + ": " + format.text(c.detail())
                    + (c.premises().isEmpty() ? "" : "; from:"));
            c.premises().forEach(p -> write(p, depth + 2, out));
        } else if (d instanceof Derivation.Asserted a) {
            for (SourceLocator s : a.sources()) {
                out.add(pad + INDENT + "asserted: " + source(s));
            }
            for (String g : a.graphs()) {
                if (a.sources().isEmpty() || !hasProvenance(g)) {
                    out.add(pad + INDENT + "asserted in " + graph(g));
                }
            }
            if (a.sources().isEmpty() && a.graphs().isEmpty()) {
                out.add(pad + INDENT + "asserted");
            }
        }
    }

    /** {@code from <document> §<section> lines a–b (table t row r) [file:line]}. */
    public String source(SourceLocator s) {
        StringBuilder sb = new StringBuilder("from ");
        if (s.lexicon()) {
            sb.append("the lexicon");
        } else {
            sb.append(s.document() == null ? "an unknown document" : format.node(
                    org.apache.jena.graph.NodeFactory.createURI(s.document())));
            if (s.section() != null) {
                sb.append(" §").append(s.section());
            }
            if (s.lineStart() > 0) {
                sb.append(s.lineEnd() > s.lineStart() ? " lines " + s.lineStart() + "–" + s.lineEnd()
                        : " line " + s.lineStart());
            }
            if (s.table() != null) {
                sb.append(" (table ").append(s.table());
                if (s.row() != null) {
                    sb.append(" row ").append(s.row());
                }
                sb.append(')');
            }
        }
        if (!s.curatedAt().isEmpty()) {
            sb.append(" [").append(String.join(", ", s.curatedAt().stream().map(Location::toString).toList())).append(']');
        }
        return sb.toString();
    }

    /** Graphs whose triples the provenance graphs trace: the lexicon and the source documents. */
    private boolean hasProvenance(String graph) {
        return graph.equals(graphs.lexicon()) || graph.startsWith(graphs.source(""));
    }

    private String graph(String iri) {
        if (iri.equals(graphs.ontology())) {
            return "the ontology";
        }
        String base = graphs.base();
        return "graph " + (iri.startsWith(base) ? iri.substring(base.length()) : "<" + iri + ">");
    }
}
