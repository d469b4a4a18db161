package stikg.serve.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Maps entity IRIs to this server's paths and back: the IRI {@code <idBase>X} is served at {@code /id/X}, so
 * every minted IRI resolves here whatever host the IRIs were minted under.
 */
final class IdPaths {

    static final String PREFIX = "/id/";

    private final String idBase;

    IdPaths(String idBase) {
        this.idBase = idBase;
    }

    String idBase() {
        return idBase;
    }

    /** The IRI of the entity at a request path below {@code /id/} (the servlet's decoded path info). */
    Optional<String> iriOf(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String local = pathInfo.substring(1);
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            // characters no IRI may hold: such a path names no entity
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(idBase + local);
    }

    /** The local page of an IRI minted under the id base, percent-encoded for an href. */
    Optional<String> pathOf(String iri) {
        if (iri == null || !iri.startsWith(idBase) || iri.length() == idBase.length()) {
            return Optional.empty();
        }
        return Optional.of(PREFIX + encodePath(iri.substring(idBase.length())));
    }

    /** Percent-encodes UTF-8 bytes of everything but unreserved characters and the slash. */
    static String encodePath(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
