package stikg.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular-expression matcher reads it, checking the query's cancel signal at every character.
 * {@code java.util.regex} backtracks without bound and never looks at a timeout; reading its input through this
 * lets the request's deadline stop a catastrophic pattern ({@code ^((a+)+)\2b}) where a check between result rows
 * never comes.
 */
final class DeadlineChars implements CharSequence {

    private final String text;
    private final AtomicBoolean cancelled;

    DeadlineChars(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
