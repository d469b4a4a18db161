package stikg.diag;

/** The root of every error stikg raises on purpose; its message is meant for the user, not a stack trace. */
public class StikgException extends RuntimeException {

    public StikgException(String message) {
        super(message);
    }

    public StikgException(String message, Throwable cause) {
        super(message, cause);
    }
}
