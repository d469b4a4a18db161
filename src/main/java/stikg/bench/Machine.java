package stikg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark ran on, read from the running system. */
public record Machine(Map<String, String> facts) {

    public Machine {
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static Machine current() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).replaceAll("\\.\\d+", ""));
        f.put("cpu", cpuModel());
        f.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        long total = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            total = os.getTotalMemorySize();
        }
        f.put("memory", total > 0 ? gib(total) : "unknown");
        f.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        f.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        f.put("bench JVM heap (-Xmx)", gib(Runtime.getRuntime().maxMemory()));
        f.put("bench JVM options", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        f.put("disk", disk());
        f.put("load average at start", loadAverage());
        return new Machine(f);
    }

    static String gib(long bytes) {
        return String.format("%.1f GiB", bytes / (double) (1L << 30));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine during the run shows here. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String disk() {
        try {
            var store = Files.getFileStore(Path.of("."));
            return store.type() + ", " + gib(store.getUsableSpace()) + " free";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
