package stikg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import stikg.diag.StikgException;

/**
 * What a running server records in the folder of the store it holds, so that other commands on the same store can
 * go through it instead of failing on the database lock: its address, its process id, and a random token (the
 * file is readable by its owner only) that its control endpoint asks for.
 *
 * @param url where it listens, e.g. {@code http://127.0.0.1:3030}
 * @param token the secret a command sends to the control endpoint
 * @param pid the server's process
 */
public record ServerRecord(String url, String token, long pid, Path file) {

    private static final String FILE = "server.properties";

    /** A new random token. */
    public static String newToken() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** Records this process as the server of {@code location}, listening at {@code url}, asking for {@code token}. */
    public static ServerRecord write(StoreLocation location, String url, String token) {
        ServerRecord r = new ServerRecord(url, token, ProcessHandle.current().pid(),
                location.root().resolve(FILE));
        Properties p = new Properties();
        p.setProperty("url", r.url);
        p.setProperty("token", r.token);
        p.setProperty("pid", Long.toString(r.pid));
        Path tmp = location.root().resolve(FILE + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
                Files.createFile(tmp);
            }
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "the stikg server holding this store; deleted when it stops");
            }
            try {
                Files.move(tmp, r.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, r.file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StikgException("cannot record the server in " + r.file + ": " + e.getMessage(), e);
        }
        return r;
    }

    /** The server recorded in the store folder {@code root}, if its process is still alive. */
    public static Optional<ServerRecord> read(Path root) {
        Path f = root.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            long pid = Long.parseLong(p.getProperty("pid", "-1"));
            if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.empty(); // left by a server that was killed
            }
            return Optional.of(new ServerRecord(p.getProperty("url"), p.getProperty("token"), pid, f));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the record (when the server stops). */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a record of a dead process is ignored by readers
        }
    }
}
