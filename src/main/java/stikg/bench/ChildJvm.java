package stikg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Starting the stikg jar as a child process with the same Java, and reading a child's heap with jcmd. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The java binary this JVM runs on. */
    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The fat jar: the one this code runs from, else {@code target/stikg-*-all.jar} of the project. */
    static Optional<Path> jar(Path projectRoot) {
        try {
            Path code = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.toString().endsWith(".jar")) {
                return Optional.of(code);
            }
        } catch (Exception e) {
            // fall through to the project's target folder
        }
        try (Stream<Path> list = Files.list(projectRoot.resolve("target"))) {
            return list.filter(p -> p.getFileName().toString().matches("stikg-.*-all\\.jar")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on loopback", e);
        }
    }

    static Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /** Ends a child this benchmark started, by its own handle, and waits for it. */
    static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final Pattern USED = Pattern.compile("total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");

    /** The heap a running child uses, in bytes (jcmd GC.heap_info), optionally after a full collection. */
    static long heapUsed(long pid, boolean collectFirst) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return -1;
        }
        try {
            if (collectFirst) {
                run(List.of(jcmd.toString(), Long.toString(pid), "GC.run"));
            }
            String text = run(List.of(jcmd.toString(), Long.toString(pid), "GC.heap_info"));
            Matcher m = USED.matcher(text);
            return m.find() ? Long.parseLong(m.group(2)) * 1024 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            String text = new String(in.readAllBytes());
            p.waitFor(30, TimeUnit.SECONDS);
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
