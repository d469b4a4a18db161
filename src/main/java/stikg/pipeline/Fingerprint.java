package stikg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A digest of every input of a build, so {@code serve} can tell whether the store is stale. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Changes whenever the code that builds changes, so a new jar rebuilds the graph. */
    private static String codeVersion() {
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

    public static String of(BuildConfig config) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(config.iris().base().getBytes(StandardCharsets.UTF_8));
            md.update(config.graphs().base().getBytes(StandardCharsets.UTF_8));
            md.update(codeVersion().getBytes(StandardCharsets.UTF_8));
            for (Path dir : List.of(config.ontologyDir(), config.lexiconDir(), config.sourcesDir(), config.linksDir())) {
                if (dir == null || !Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
