package stikg.diag;

import java.util.Objects;

/** One thing wrong with the input, where it is, and why; prints as {@code path:line: message}. */
public record Problem(Location location, String message) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
