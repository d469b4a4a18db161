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
    private final long deadlineNanos;
    private int reads;

    /**
     * @param deadlineNanos a {@link System#nanoTime()} past which reading stops, or {@link Long#MAX_VALUE}: ARQ
     *        folds constant expressions while planning, before its timeout timer runs
     */
    DeadlineChars(String text, AtomicBoolean cancelled, long deadlineNanos) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (cancelled != null && cancelled.get()
                || (++reads & 0xFFF) == 0 && deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
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
