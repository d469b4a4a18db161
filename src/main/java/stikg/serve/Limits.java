package stikg.serve;

import java.time.Duration;
import java.util.Optional;

/**
 * What one request may cost the server. Each limit is checked before the work it bounds grows past it, and a
 * request that reaches one gets a 4xx (or 503 for time) with the limit named, never a cut answer.
 *
 * @param updateTimeout an update running longer is stopped and rolled back; empty means the query timeout
 * @param maxRequestBytes the largest query or update a request may carry (body, form or query string)
 * @param maxUploadBytes the largest body a Graph Store Protocol write may carry
 * @param maxStringLength the longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT)
 * @param maxNesting the deepest nesting of groups, sub-queries, brackets and paths a query may have
 */
public record Limits(Optional<Duration> updateTimeout, long maxRequestBytes, long maxUploadBytes, int maxStringLength,
        int maxNesting) {

    /** A query text of 1 MiB parses in well under a second; the SPARQL parser is slower than linear in long tokens. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    /** Graph Store uploads: a large document, not an unbounded stream. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 20;
    /** Far above any label or text in the graph; 10^6 UTF-16 chars is at most a few MB per value. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** Far above any library question (the deepest has under 10 levels), far below a stack overflow. */
    public static final int DEFAULT_MAX_NESTING = 100;

    public Limits {
        if (maxRequestBytes < 1 || maxUploadBytes < 1 || maxStringLength < 1 || maxNesting < 1) {
            throw new IllegalArgumentException("every limit must be at least 1");
        }
        updateTimeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("the update timeout must be positive");
            }
        });
    }

    public static Limits defaults() {
        return new Limits(Optional.empty(), DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_UPLOAD_BYTES,
                DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NESTING);
    }

    public Limits withUpdateTimeout(Duration t) {
        return new Limits(Optional.ofNullable(t), maxRequestBytes, maxUploadBytes, maxStringLength, maxNesting);
    }

    public Limits withMaxRequestBytes(long n) {
        return new Limits(updateTimeout, n, maxUploadBytes, maxStringLength, maxNesting);
    }

    public Limits withMaxUploadBytes(long n) {
        return new Limits(updateTimeout, maxRequestBytes, n, maxStringLength, maxNesting);
    }

    public Limits withMaxStringLength(int n) {
        return new Limits(updateTimeout, maxRequestBytes, maxUploadBytes, n, maxNesting);
    }

    public Limits withMaxNesting(int n) {
        return new Limits(updateTimeout, maxRequestBytes, maxUploadBytes, maxStringLength, n);
    }
}
