package stikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint (the build id) is the content that decides the graph, never file times or places. */
class FingerprintTest {

    @TempDir
    Path dir;

    private BuildConfig copyOfFixture() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        try (var files = Files.list(Fixture.ROOT.resolve("sources"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sources.resolve(f.getFileName()));
            }
        }
        return Fixture.config().withSources(sources);
    }

    @Test
    void givenAnUnchangedProject_whenEveryFileIsTouched_thenTheFingerprintStaysTheSame() throws Exception {
        BuildConfig config = copyOfFixture();
        String before = Fingerprint.of(config);
        try (var files = Files.list(config.sourcesDir())) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(3600)));
            }
        }
        assertEquals(before, Fingerprint.of(config));
    }

    @Test
    void givenTheSameCodeAndInputs_whenFingerprinted_thenTheCodeVersionIsADigestOfClassBytesNotATimeOrPath()
            throws Exception {
        String code = Fingerprint.codeVersion();
        assertEquals(64, code.length(), code);
        assertEquals(code, Fingerprint.codeVersion());
        // the class files' times change with every compile; the digest must not
        Path self = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(self)) {
            Path cls = self.resolve("stikg/pipeline/Fingerprint.class");
            FileTime was = Files.getLastModifiedTime(cls);
            Files.setLastModifiedTime(cls, FileTime.from(Instant.now().plusSeconds(7200)));
            try {
                assertEquals(code, Fingerprint.codeVersion());
            } finally {
                Files.setLastModifiedTime(cls, was);
            }
        }
    }

    @Test
    void givenAJarDigestedOnce_whenDigestedAgainUnchanged_thenTheRememberedDigestIsUsedUntilTheJarChanges()
            throws Exception {
        Path jar = dir.resolve("code.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("stikg/pipeline/Build.class"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        Path memo = dir.resolve("code.jar.code-sha256");
        String digest = Fingerprint.jarDigest(jar, memo);
        assertEquals(64, digest.length());
        // a remembered digest is what the next start uses, without reading the jar: write another one to see it
        String other = "a".repeat(64);
        Files.writeString(memo, Files.readString(memo).replace(digest, other));
        assertEquals(other, Fingerprint.jarDigest(jar, memo));
        // a jar built again (another time) is digested again, and the memo is replaced
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(digest, Fingerprint.jarDigest(jar, memo));
        assertEquals(digest, Fingerprint.jarDigest(jar, memo));
        // a memo that cannot be read as one is ignored
        Files.writeString(memo, "not a memo");
        assertEquals(digest, Fingerprint.jarDigest(jar, memo));
    }

    @Test
    void givenAnEditedSource_whenFingerprinted_thenTheFingerprintChanges() throws Exception {
        BuildConfig config = copyOfFixture();
        String before = Fingerprint.of(config);
        Path f = config.sourcesDir().resolve("fx-brief.yaml");
        Files.writeString(f, Files.readString(f) + "\n# a curator's note\n");
        assertNotEquals(before, Fingerprint.of(config));
    }
}
