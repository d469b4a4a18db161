package stikg.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import stikg.diag.StikgException;
import stikg.vocab.Namespaces;

/**
 * Reads a triple as a person types it on the command line: {@code "<s> <p> <o>"} with each term an IRI in angle
 * brackets, a prefixed name of a known vocabulary ({@code sti:engagedIn}, {@code skos:broader}), a literal as in
 * Turtle ({@code 7}, {@code "양자"@ko}, {@code "2026"^^xsd:gYear}), or a bare id of an instance
 * ({@code fx-plan-1}, minted under the id base). A bare name in the predicate's place is a stikg property
 * ({@code engagedIn}), and {@code a} is {@code rdf:type}. A final {@code .} is allowed.
 */
public final class TripleText {

    private static final Pattern TOKEN = Pattern.compile(
            "<[^>\\s]*>|\"(?:[^\"\\\\]|\\\\.)*\"(?:@[A-Za-z0-9-]+|\\^\\^\\S+)?|'(?:[^'\\\\]|\\\\.)*'(?:@[A-Za-z0-9-]+|\\^\\^\\S+)?|\\S+");

    private TripleText() {
    }

    /** The triple {@code text} names; fails with a message saying which term cannot be read. */
    public static Triple parse(String text, String idBase) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.trim());
        while (m.find()) {
            tokens.add(m.group());
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(".")) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() != 3) {
            throw new StikgException("expected a triple of three terms \"<subject> <predicate> <object>\", got "
                    + tokens.size() + " in: " + text);
        }
        Node s = term(tokens.get(0), idBase, false);
        Node p = term(tokens.get(1), idBase, true);
        Node o = term(tokens.get(2), idBase, false);
        if (!s.isURI() && !s.isBlank()) {
            throw new StikgException("the subject must be an IRI or an id, not " + tokens.get(0));
        }
        if (!p.isURI()) {
            throw new StikgException("the predicate must be an IRI or a prefixed name, not " + tokens.get(1));
        }
        return Triple.create(s, p, o);
    }

    private static Node term(String token, String idBase, boolean predicate) {
        if (token.startsWith("<") && token.endsWith(">")) {
            String iri = token.substring(1, token.length() - 1);
            return NodeFactory.createURI(iri.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") ? iri : idBase + iri);
        }
        if (predicate && token.equals("a")) {
            return RDF.type.asNode();
        }
        boolean literal = token.startsWith("\"") || token.startsWith("'") || token.matches("[+-]?(\\d+|\\d*\\.\\d+)")
                || token.equals("true") || token.equals("false");
        int colon = token.indexOf(':');
        if (!literal && colon < 0) {
            return NodeFactory.createURI(predicate ? Namespaces.STI + token : idBase + token);
        }
        if (!literal && !Namespaces.PREFIXES.containsKey(token.substring(0, colon))) {
            if (token.substring(colon).startsWith("://")) {
                return NodeFactory.createURI(token);
            }
            throw new StikgException("unknown prefix '" + token.substring(0, colon + 1) + "' in " + token
                    + " (known: " + String.join(", ", Namespaces.PREFIXES.keySet()) + ")");
        }
        try {
            return NodeFactoryExtra.parseNode(token, prefixes());
        } catch (RuntimeException e) {
            throw new StikgException("cannot read the term " + token + ": " + e.getMessage());
        }
    }

    private static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        Namespaces.PREFIXES.forEach(pm::add);
        return pm;
    }
}
