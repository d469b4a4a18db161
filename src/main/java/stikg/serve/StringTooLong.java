package stikg.serve;

import org.apache.jena.query.QueryExecException;

/** A query tried to build a string longer than the server allows: the client's request, answered 400. */
final class StringTooLong extends QueryExecException {
    private static final long serialVersionUID = 1L;

    StringTooLong(String function, long length, int limit) {
        super(function + " would build a string of " + length + " characters; this server allows " + limit
                + " (--max-string)");
    }
}
