package stikg.reason;

import java.util.Comparator;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import stikg.vocab.Namespaces;

/**
 * How terms are written for people: an instance minted under the id base as its bare id ({@code fx-plan-1}),
 * a term of a known vocabulary as a prefixed name ({@code sti:engagedIn}), other IRIs in angle brackets, and
 * literals as in Turtle ({@code 7}, {@code "양자"@ko}, {@code "2026"^^xsd:gYear}).
 *
 * @param idBase the base IRI of minted instances
 */
public record TermFormat(String idBase) {

    public static TermFormat standard() {
        return new TermFormat(Namespaces.DEFAULT_ID_BASE);
    }

    /** One term. */
    public String node(Node n) {
        if (n == null) {
            return "?";
        }
        if (n.isURI()) {
            return iri(n.getURI());
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        if (n.isLiteral()) {
            return literal(n);
        }
        return n.toString();
    }

    /** A triple as subject, predicate and object separated by spaces. */
    public String triple(Triple t) {
        return node(t.getSubject()) + " " + node(t.getPredicate()) + " " + node(t.getObject());
    }

    /** A text with every IRI of a known namespace (as a rule's strConcat writes them) shortened the same way. */
    public String text(String message) {
        String out = message;
        for (Map.Entry<String, String> e : namespacesLongestFirst()) {
            out = out.replace(e.getValue(), e.getKey() + ":");
        }
        return out.replace(idBase, "");
    }

    private String iri(String iri) {
        if (iri.startsWith(idBase) && iri.length() > idBase.length()
                && iri.substring(idBase.length()).matches("[\\p{L}\\p{N}._/%-]+")) {
            return iri.substring(idBase.length());
        }
        for (Map.Entry<String, String> e : namespacesLongestFirst()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && iri.substring(ns.length()).matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                return e.getKey() + ":" + iri.substring(ns.length());
            }
        }
        return "<" + iri + ">";
    }

    private String literal(Node n) {
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        String quoted = "\"" + lex.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        if (lang != null && !lang.isEmpty()) {
            return quoted + "@" + lang;
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
            return quoted;
        }
        if ((dt.equals(XSDDatatype.XSDinteger.getURI()) && lex.matches("[+-]?\\d+"))
                || (dt.equals(XSDDatatype.XSDdecimal.getURI()) && lex.matches("[+-]?\\d*\\.\\d+"))
                || (dt.equals(XSDDatatype.XSDboolean.getURI()) && lex.matches("true|false"))) {
            return lex;
        }
        return quoted + "^^" + iri(dt);
    }

    private static Iterable<Map.Entry<String, String>> namespacesLongestFirst() {
        return Namespaces.PREFIXES.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getValue().length()))
                .toList();
    }
}
