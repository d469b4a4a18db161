package stikg.cli;

import java.net.BindException;
import stikg.diag.UnavailableException;

/** Turns a server that could not start into the one-line reason an operator can act on. */
final class ServerStart {

    private ServerStart() {
    }

    static RuntimeException explain(RuntimeException e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new UnavailableException("cannot listen on " + host + ":" + port + " (" + t.getMessage()
                        + "): another program uses the port; stop it or choose another with --port", e);
            }
        }
        return e;
    }
}
