package stikg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.vocab.Namespaces;

/**
 * Turns parameter values given by a user into RDF terms. A value that reads as an RDF term ({@code <iri>},
 * {@code sti:Plan}, {@code "text"@en}, {@code 7}) is that term; anything else is a plain string literal. The
 * terms are bound to variables, so no value can change the query's text.
 */
public final class Bindings {

    private static final PrefixMap PREFIXES = PrefixMapFactory.unmodifiablePrefixMap(PrefixMapFactory.create(Namespaces.PREFIXES));

    private Bindings() {
    }

    /** Defaults of the query, overridden by the given values; an unknown parameter name is an error. */
    public static Map<String, Node> resolve(NamedQuery query, Map<String, String> given) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Parameter p : query.parameters()) {
            out.put(p.name(), term(p.defaultValue()));
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(e.getKey()))) {
                throw new InvalidInputException(new Problem(Location.wholeFile(query.name() + ".rq"),
                        "the query has no parameter '" + e.getKey() + "' (it has: "
                                + query.parameters().stream().map(Parameter::name).toList() + ")"));
            }
            out.put(e.getKey(), term(e.getValue()));
        }
        return out;
    }

    /** An RDF term written in Turtle/SPARQL syntax, or else a plain string literal of the text. */
    public static Node term(String text) {
        String t = text.trim();
        boolean looksLikeTerm = t.startsWith("<") || t.startsWith("\"") || t.matches("[+-]?\\d+(\\.\\d+)?")
                || t.equals("true") || t.equals("false")
                || (t.matches("[A-Za-z][\\w-]*:[^\\s]*") && PREFIXES.containsPrefix(t.substring(0, t.indexOf(':'))));
        if (looksLikeTerm) {
            try {
                Node n = NodeFactoryExtra.parseNode(t, PREFIXES);
                if (n != null && !n.isBlank() && !n.isVariable()) {
                    return n;
                }
            } catch (RiotException | IllegalArgumentException e) {
                // not a well-formed term: fall through and take the text literally
            }
        }
        return NodeFactory.createLiteralString(text);
    }
}
