package stikg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
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

    /**
     * Defaults of the query, overridden by the given values; an unknown parameter name is an error. A value given
     * for a parameter whose default is an IRI must name an IRI: {@code <iri>}, a full IRI, a prefixed name, or a
     * bare id such as {@code k-program} (read against the id base).
     */
    public static Map<String, Node> resolve(NamedQuery query, Map<String, String> given) {
        return resolve(query, given, Namespaces.DEFAULT_ID_BASE);
    }

    public static Map<String, Node> resolve(NamedQuery query, Map<String, String> given, String idBase) {
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
            Node def = out.get(e.getKey());
            out.put(e.getKey(), def != null && def.isURI() ? iri(query, e.getKey(), e.getValue(), idBase)
                    : term(e.getValue()));
        }
        return out;
    }

    private static final Pattern BARE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    /** A value for an IRI parameter: {@code <iri>}, an absolute IRI, a prefixed name, or a bare id. */
    static Node iri(NamedQuery query, String name, String value, String idBase) {
        String t = value.trim();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1).trim();
        } else if (BARE_ID.matcher(t).matches()) {
            t = idBase + t;
        } else if (t.contains(":") && PREFIXES.containsPrefix(t.substring(0, t.indexOf(':')))) {
            t = PREFIXES.expand(t);
        }
        if (t == null || !SCHEME.matcher(t).matches() || t.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            throw new InvalidInputException(new Problem(Location.wholeFile(query.name() + ".rq"),
                    "parameter '" + name + "' needs an IRI (an id such as k-program, a full IRI or <IRI>); got '"
                            + value + "'"));
        }
        return NodeFactory.createURI(t);
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
