package stikg.reason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Names and values shared by the steps that conclude relation nodes (the n-ary relation pattern). */
final class RelationNodes {

    private RelationNodes() {
    }

    /**
     * The IRI of the relation of {@code kind} between {@code from} and {@code to}, minted beside {@code from}
     * (same namespace), so that it is stable from build to build and readable: {@code …/id/relation/co-support/a--b}.
     */
    static Node iri(String kind, Node from, Node to) {
        String a = from.getURI();
        int cut = Math.max(a.lastIndexOf('/'), a.lastIndexOf('#')) + 1;
        String base = a.substring(0, cut);
        String b = to.getURI();
        // the other end by its path under the same base when it has one (lists share local names: us…/quantum)
        String other = b.startsWith(base) ? b.substring(base.length()).replace('/', '.') : local(b);
        return NodeFactory.createURI(base + "relation/" + kind + "/" + local(a) + "--" + clean(other));
    }

    private static String clean(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    private static String local(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
        return clean(iri.substring(cut));
    }

    /** A strength as an xsd:decimal in canonical form, three places at most ("0.333", "1.0"). */
    static Node strength(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        String lex = d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
    }

    /** A strength as people read it in explanations. */
    static String text(double value) {
        return strength(value).getLiteralLexicalForm();
    }
}
