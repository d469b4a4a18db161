package stikg.serve;

import java.util.Optional;

/**
 * How deeply a SPARQL text nests groups, sub-queries, brackets and property paths, measured by a scan that skips
 * strings, IRIs and comments. ARQ parses and evaluates nesting by recursion; refusing a text deeper than a limit
 * far below the stack's reach turns a would-be {@link StackOverflowError} into a 400 before any work is done.
 */
final class Nesting {

    private Nesting() {
    }

    /** Why {@code text} is refused, if it nests deeper than {@code limit}. */
    static Optional<String> check(String text, int limit) {
        int depth = depth(text, limit);
        return depth > limit ? Optional.of("the request nests groups, brackets or paths deeper than " + limit
                + " levels, this server's limit (--max-nesting)") : Optional.empty();
    }

    /** The deepest nesting in {@code text}, counted up to {@code stopAbove + 1}. */
    static int depth(String text, int stopAbove) {
        int depth = 0;
        int max = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            switch (c) {
                case '{', '(', '[' -> {
                    depth++;
                    if (depth > max) {
                        max = depth;
                        if (max > stopAbove) {
                            return max;
                        }
                    }
                    i++;
                }
                case '}', ')', ']' -> {
                    depth = Math.max(0, depth - 1);
                    i++;
                }
                case '#' -> {
                    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        i++;
                    }
                }
                case '"', '\'' -> i = skipString(text, i);
                case '<' -> i = skipIri(text, i);
                default -> i++;
            }
        }
        return max;
    }

    private static int skipString(String text, int start) {
        char q = text.charAt(start);
        int n = text.length();
        boolean longForm = start + 2 < n && text.charAt(start + 1) == q && text.charAt(start + 2) == q;
        int i = start + (longForm ? 3 : 1);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == q) {
                if (!longForm) {
                    return i + 1;
                }
                if (i + 2 < n && text.charAt(i + 1) == q && text.charAt(i + 2) == q) {
                    return i + 3;
                }
            }
            if (!longForm && (c == '\n' || c == '\r')) {
                return i;
            }
            i++;
        }
        return n;
    }

    /** An IRI is {@code <} followed by no space or bracket up to {@code >}; otherwise {@code <} is less-than. */
    private static int skipIri(String text, int start) {
        int n = text.length();
        for (int i = start + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}' || c == '(' || c == ')') {
                return start + 1;
            }
        }
        return start + 1;
    }
}
