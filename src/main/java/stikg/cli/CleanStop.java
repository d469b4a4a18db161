package stikg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the launcher that a server started and stopped cleanly, the only run whose class-data archive (recorded by
 * the JVM at exit) is worth keeping: the launcher names the marker file in the system property
 * {@code stikg.clean-stop}.
 */
final class CleanStop {

    private CleanStop() {
    }

    static void mark() {
        String marker = System.getProperty("stikg.clean-stop");
        if (marker == null) {
            return;
        }
        try {
            Files.writeString(Path.of(marker), "clean\n");
        } catch (IOException e) {
            // no archive this time
        }
    }
}
