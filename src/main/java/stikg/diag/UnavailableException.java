package stikg.diag;

/**
 * A situation the program understands but cannot work around: the store is held by another process, a port is
 * taken, no store was built yet. Its message says the cause and what to do; the command line gives it an exit
 * code of its own.
 */
public class UnavailableException extends StikgException {

    public UnavailableException(String message) {
        super(message);
    }

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
