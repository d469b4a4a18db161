package stikg.serve;

import static java.lang.String.format;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * Turns what a request itself caused during evaluation into the answer it deserves, logged in one line: a refused
 * SERVICE is 403, a string past the limit 400, nesting too deep for the evaluator 400, a SERVICE endpoint that
 * failed or redirected 502. Anything else is left to Fuseki (a timeout stays 503, a bug stays 500).
 */
final class ClientFaults {

    private ClientFaults() {
    }

    /** Rethrows {@code failure} as the client's fault if it is one; returns if it is not. */
    static void raise(HttpAction action, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryCancelledException || t instanceof ActionErrorException) {
                return;
            }
            if (t instanceof ServiceAllowList.Refused) {
                refuse(action, 403, t.getMessage());
            }
            if (t instanceof StringTooLong) {
                refuse(action, 400, t.getMessage());
            }
            if (t instanceof StackOverflowError) {
                refuse(action, 400, "the request is nested too deeply to evaluate (groups, UNIONs, sub-queries or"
                        + " paths); split it");
            }
            if (t instanceof QueryExceptionHTTP http) {
                int code = http.getStatusCode();
                String why = code / 100 == 3 ? "answered " + code + " (a redirect, which SERVICE does not follow)"
                        : code > 0 ? "answered " + code : "could not be reached";
                refuse(action, 502, "a SERVICE endpoint " + why + ": " + oneLine(http.getMessage()));
            }
            if (t.getCause() == t) {
                return;
            }
        }
    }

    static void refuse(HttpAction action, int status, String message) {
        action.log.warn(format("[%d] %d %s", action.id, status, oneLine(message)));
        ServletOps.error(status, oneLine(message));
    }

    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.replaceAll("\\s+", " ").trim();
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
