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

/**
 * A digest of every input of a build (content only: the ontology, rules, shapes, lexicon, sources, links and the
 * build code), so {@code serve} can tell whether the store is stale; it is also the store's build id.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** The packages whose code decides what a build makes. */
    private static final List<String> BUILD_CODE = List.of("stikg/diag/", "stikg/source/", "stikg/graph/",
            "stikg/reason/", "stikg/pipeline/", "stikg/store/", "stikg/vocab/", "stikg/link/");

    /**
     * A digest of the bytes of the build code's class files (javac writes the same bytes for the same source), so a
     * changed build code rebuilds the graph and a jar merely built again does not: no file time, no path.
     */
    static String codeVersion() {
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String name = code.relativize(f).toString().replace('\\', '/');
                        digestClass(md, name, Files.readAllBytes(f));
                    }
                }
                return HexFormat.of().formatHex(md.digest());
            }
            return jarDigest(code, code.resolveSibling(code.getFileName() + ".code-sha256"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the build code to fingerprint it: " + e, e);
        }
    }

    /**
     * The digest of a jar's build code, remembered beside the jar with the jar's size and time: reading the
     * 37,000 entries of the fat jar to digest a few hundred took a tenth of every start-up of the server. The
     * remembered digest is used only while the jar has that size and time (a jar built again, even from the same
     * code, is digested again once); where it cannot be written the jar is digested at every start, as before.
     */
    static String jarDigest(Path jar, Path memo) throws IOException, NoSuchAlgorithmException {
        String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        try {
            String[] kept = Files.readString(memo, StandardCharsets.UTF_8).strip().split("\\s+");
            if (kept.length == 3 && (kept[0] + " " + kept[1]).equals(stamp) && kept[2].matches("[0-9a-f]{64}")) {
                return kept[2];
            }
        } catch (IOException | RuntimeException unread) {
            // no memo yet, or one that cannot be read: digest the jar
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry e : zip.stream().filter(e -> isBuildCode(e.getName()))
                    .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName)).toList()) {
                try (var in = zip.getInputStream(e)) {
                    digestClass(md, e.getName(), in.readAllBytes());
                }
            }
        }
        String digest = HexFormat.of().formatHex(md.digest());
        try {
            Path temp = Files.createTempFile(memo.toAbsolutePath().getParent(), ".code-sha256", ".tmp");
            Files.writeString(temp, stamp + " " + digest + "\n", StandardCharsets.UTF_8);
            Files.move(temp, memo, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException unwritable) {
            // a jar in a folder this user cannot write to is digested at every start
        }
        return digest;
    }

    private static boolean isBuildCode(String name) {
        // most of the jar's 37,000 entries are libraries: one plain test sends them away, at every start
        if (!name.startsWith("stikg/") || !name.endsWith(".class")) {
            return false;
        }
        for (String prefix : BUILD_CODE) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void digestClass(MessageDigest md, String name, byte[] bytes) {
        if (isBuildCode(name)) {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update(bytes);
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
