package stikg.serve.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The forms an entity is served in, and the choice among them: {@code ?format=} when given, else the Accept
 * header by quality, the most specific media range winning ties. A header that only says {@code *}{@code /*}
 * (or none) gets Turtle, since browsers always ask for HTML by name.
 */
enum Representation {
    TURTLE("text/turtle", Lang.TURTLE, "ttl"),
    HTML("text/html", null, "html"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf");

    final String mediaType;
    final Lang lang;
    final String format;

    Representation(String mediaType, Lang lang, String format) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.format = format;
    }

    static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    static Optional<Representation> byFormat(String format) {
        if (format == null) {
            return Optional.empty();
        }
        String f = format.trim().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.format.equals(f) || r.mediaType.equals(f)) {
                return Optional.of(r);
            }
        }
        return switch (f) {
            case "turtle" -> Optional.of(TURTLE);
            case "json-ld", "json" -> Optional.of(JSONLD);
            case "ntriples", "n-triples" -> Optional.of(NTRIPLES);
            case "rdfxml", "xml" -> Optional.of(RDFXML);
            default -> Optional.empty();
        };
    }

    /** The best representation for an Accept header; empty when the client accepts none of them. */
    static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(TURTLE);
        }
        Representation best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Representation r : values()) {
            double q = -1;
            int specificity = -1;
            for (String range : accept.split(",")) {
                String[] bits = range.trim().split(";");
                String type = bits[0].trim().toLowerCase(Locale.ROOT);
                int s = matches(type, r);
                if (s < 0 || s < specificity) {
                    continue;
                }
                double rq = 1;
                for (int i = 1; i < bits.length; i++) {
                    String b = bits[i].trim();
                    if (b.startsWith("q=")) {
                        try {
                            rq = Double.parseDouble(b.substring(2));
                        } catch (NumberFormatException e) {
                            rq = 0;
                        }
                    }
                }
                if (s > specificity) {
                    specificity = s;
                    q = rq;
                } else {
                    q = Math.max(q, rq);
                }
            }
            if (q > 0 && (q > bestQ || (q == bestQ && specificity > bestSpecificity))) {
                best = r;
                bestQ = q;
                bestSpecificity = specificity;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How specifically a media range names this representation: 2 exactly, 1 by type, 0 by any; -1 not. */
    private static int matches(String range, Representation r) {
        if (range.equals(r.mediaType) || (r == JSONLD && range.equals("application/json"))
                || (r == HTML && range.equals("application/xhtml+xml"))) {
            return 2;
        }
        if (range.equals("*/*")) {
            return 0;
        }
        if (range.endsWith("/*") && r.mediaType.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return -1;
    }
}
