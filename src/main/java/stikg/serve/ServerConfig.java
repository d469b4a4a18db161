package stikg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the service runs.
 *
 * @param port TCP port; 0 picks a free one
 * @param passwordFile users allowed to log in ({@code user: password} per line); none means writes are off
 * @param writers the users of the password file who may write
 * @param timeout a query running longer is stopped
 * @param rowCap the most rows (or triples) one query returns
 * @param serviceHosts hosts that SERVICE may call; empty refuses every SERVICE call
 * @param corsOrigins origins browsers may read from; {@code *} for any (then without credentials)
 * @param queriesDir the query library, described in VoID and offered on the web page
 * @param corsWriteOrigins origins whose pages may send a logged-in write; never {@code *}
 * @param limits what one request may cost
 * @param host the address to listen on: loopback unless an operator opens it on purpose ({@code 0.0.0.0} for all)
 * @param answerCacheBytes room for answers to repeated queries, kept until the data changes; 0 turns it off
 * @param preparedPlans how many query texts keep their parsed query and ARQ plan, so that a query asked again is
 *        evaluated at once (its answer still computed anew); 0 turns it off
 */
public record ServerConfig(int port, Path passwordFile, List<String> writers, Duration timeout, long rowCap,
        List<String> serviceHosts, List<String> corsOrigins, Path queriesDir, List<String> corsWriteOrigins,
        Limits limits, String host, long answerCacheBytes, int preparedPlans) {

    /** The default address: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** Default query timeout: long enough for any library question, short enough to stop a runaway one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default result cap: far above any library answer, low enough to protect the server. */
    public static final long DEFAULT_ROW_CAP = 10_000;
    /** Room for answers to repeated queries: the library's answers on the shipped graph take well under 1 MiB. */
    public static final long DEFAULT_ANSWER_CACHE_BYTES = 64L << 20;
    /** Query texts whose plans are kept: the library and a web page's variants of it, with room to spare. */
    public static final int DEFAULT_PREPARED_PLANS = 512;
    /** The dataset's path on the server. */
    public static final String DATASET = "/stikg";

    public ServerConfig {
        writers = List.copyOf(writers);
        serviceHosts = List.copyOf(serviceHosts);
        corsOrigins = List.copyOf(corsOrigins);
        corsWriteOrigins = List.copyOf(corsWriteOrigins);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(host, "host");
        if (corsWriteOrigins.contains("*")) {
            throw new IllegalArgumentException("writes cannot be opened to any origin (*): name each origin");
        }
        for (String h : serviceHosts) {
            ServiceAllowList.Entry.parse(h);
        }
        if (answerCacheBytes < 0) {
            throw new IllegalArgumentException("the answer cache cannot hold fewer than 0 bytes");
        }
        if (preparedPlans < 0) {
            throw new IllegalArgumentException("the plan cache cannot hold fewer than 0 queries");
        }
        if (rowCap < 1) {
            throw new IllegalArgumentException("row cap must be at least 1");
        }
    }

    public static ServerConfig defaults(Path queriesDir) {
        return new ServerConfig(3030, null, List.of("admin"), DEFAULT_TIMEOUT, DEFAULT_ROW_CAP, List.of(),
                List.of("*"), queriesDir, List.of(), Limits.defaults(), LOOPBACK,
                DEFAULT_ANSWER_CACHE_BYTES, DEFAULT_PREPARED_PLANS);
    }

    public Optional<Path> passwords() {
        return Optional.ofNullable(passwordFile);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(p, passwordFile, writers, timeout, rowCap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, h, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withPasswordFile(Path f, List<String> w) {
        return new ServerConfig(port, f, w, timeout, rowCap, serviceHosts, corsOrigins, queriesDir, corsWriteOrigins,
                limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withTimeout(Duration t) {
        return new ServerConfig(port, passwordFile, writers, t, rowCap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withRowCap(long cap) {
        return new ServerConfig(port, passwordFile, writers, timeout, cap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withServiceHosts(List<String> hosts) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, hosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, serviceHosts, origins, queriesDir,
                corsWriteOrigins, limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withCorsWriteOrigins(List<String> origins) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, serviceHosts, corsOrigins, queriesDir,
                origins, limits, host, answerCacheBytes, preparedPlans);
    }

    public ServerConfig withLimits(Limits l) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, l, host, answerCacheBytes, preparedPlans);
    }

    /** Room for answers kept until the data changes; 0 turns the cache off. */
    public ServerConfig withAnswerCacheBytes(long bytes) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, host, bytes, preparedPlans);
    }

    /** How many query texts keep their plans; 0 plans every query anew. */
    public ServerConfig withPreparedPlans(int entries) {
        return new ServerConfig(port, passwordFile, writers, timeout, rowCap, serviceHosts, corsOrigins, queriesDir,
                corsWriteOrigins, limits, host, answerCacheBytes, entries);
    }

    /** The update timeout: its own if set, else the query timeout. */
    public Duration updateTimeout() {
        return limits.updateTimeout().orElse(timeout);
    }
}
