package stikg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import stikg.vocab.Namespaces;

/** Mints every instance IRI from ids and locators alone, so the same input always gives the same graph. */
public record Iris(String base) {

    public Iris {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("instance base IRI must end with / or #: " + base);
        }
    }

    public static Iris standard() {
        return new Iris(Namespaces.DEFAULT_ID_BASE);
    }

    public Node entity(String id) {
        return NodeFactory.createURI(base + id);
    }

    /** The id an entity IRI was minted from, if it was minted here. */
    public java.util.Optional<String> idOf(Node iri) {
        if (iri.isURI() && iri.getURI().startsWith(base)) {
            return java.util.Optional.of(iri.getURI().substring(base.length()));
        }
        return java.util.Optional.empty();
    }

    public Node nested(Node parent, String propertyLocalName, int n) {
        return NodeFactory.createURI(parent.getURI() + "/" + propertyLocalName + "-" + n);
    }

    public Node section(String documentId, String sectionId) {
        return NodeFactory.createURI(base + documentId + "/section/" + sectionId);
    }

    public Node table(String documentId, String tableId) {
        return NodeFactory.createURI(base + documentId + "/table/" + tableId);
    }

    public Node passage(String documentId, String locatorKey) {
        return NodeFactory.createURI(base + documentId + "/passage/" + safeSegment(locatorKey));
    }

    /** Keeps letters, digits and {@code - _ . /}; percent-encodes the rest (a table row can be any mark). */
    static String safeSegment(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                    || "-_./".indexOf(cp) >= 0) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return sb.toString();
    }

    /** A statement node named by a digest of the triple, so provenance IRIs are stable too. */
    public Node statement(String documentId, Triple t) {
        return statement(documentId, NodeFmtLib.str(t));
    }

    /**
     * The provenance node of one triple as one passage states it and one place of a curated file records it: a
     * triple stated by two passages (or recorded twice) has one node for each, so each passage keeps its own line.
     */
    public Node statement(String documentId, Triple t, Node passage, String file, int line) {
        return statement(documentId, NodeFmtLib.str(t) + " " + passage + " " + file + ":" + line);
    }

    private Node statement(String documentId, String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(base + documentId + "/statement/" + HexFormat.of().formatHex(d, 0, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
