package stikg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may use the service from a page on another origin. Reads: the configured origins, or any ({@code *}) —
 * then answered with {@code Access-Control-Allow-Origin: *} and never with credentials, so a page cannot read
 * with a visitor's login. Writes: only the origins named for writing (never {@code *}); they alone get
 * {@code Access-Control-Allow-Credentials} and {@code Authorization}. A write (or any request carrying a login)
 * from another foreign origin is refused with 403 before it runs, whatever its content type: an HTML form can
 * post {@code update=…} across origins without a preflight, and a browser adds the visitor's saved login.
 */
final class CrossOrigin {

    private static final Logger LOG = LoggerFactory.getLogger(CrossOrigin.class);
    private static final String READ_METHODS = "GET, POST, HEAD, OPTIONS";
    private static final String WRITE_METHODS = "GET, POST, PUT, DELETE, HEAD, OPTIONS";
    private static final String READ_HEADERS = "Accept, Content-Type, X-Requested-With";
    private static final String WRITE_HEADERS = READ_HEADERS + ", Authorization";
    private static final Set<String> SAFE_REQUEST_HEADERS = Set.of("accept", "content-type", "x-requested-with",
            "accept-language", "content-language", "origin");

    private final boolean anyReader;
    private final List<String> readers;
    private final List<String> writers;

    CrossOrigin(List<String> readOrigins, List<String> writeOrigins) {
        if (writeOrigins.contains("*")) {
            throw new IllegalArgumentException("writes cannot be opened to any origin (*)");
        }
        this.anyReader = readOrigins.contains("*");
        this.readers = readOrigins.stream().map(CrossOrigin::normal).toList();
        this.writers = writeOrigins.stream().map(CrossOrigin::normal).toList();
    }

    /** A request that changes data: anything but a read method to the write endpoints, or PUT/DELETE/PATCH. */
    static boolean isWrite(String path, String method) {
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) {
            return false;
        }
        return path.startsWith(ServerConfig.DATASET + "/update") || path.startsWith(ServerConfig.DATASET + "/data")
                || m.equals("PUT") || m.equals("DELETE") || m.equals("PATCH");
    }

    /**
     * Sets the CORS headers of the answer; answers a preflight itself. Returns whether the request goes on.
     */
    boolean admit(HttpServletRequest req, HttpServletResponse resp, boolean write) throws IOException {
        String origin = req.getHeader("Origin");
        if (origin == null || sameOrigin(req, origin)) {
            if (write && origin == null && "cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"))) {
                return refuse(req, resp, "a cross-site write without an Origin header is refused");
            }
            return true;
        }
        String o = normal(origin);
        boolean writer = writers.contains(o);
        boolean reader = writer || anyReader || readers.contains(o);
        resp.addHeader("Vary", "Origin");
        if (isPreflight(req)) {
            resp.setStatus(204);
            String method = req.getHeader("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
            if (writer) {
                allow(resp, origin, true);
                resp.setHeader("Access-Control-Allow-Methods", WRITE_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", WRITE_HEADERS);
            } else if (reader && !isWrite(req.getRequestURI(), method) && safeHeaders(req)) {
                allow(resp, origin, false);
                resp.setHeader("Access-Control-Allow-Methods", READ_METHODS);
                resp.setHeader("Access-Control-Allow-Headers", READ_HEADERS);
            }
            resp.setHeader("Access-Control-Max-Age", "600");
            return false;
        }
        if (!writer && (write || req.getHeader("Authorization") != null)) {
            return refuse(req, resp, (write ? "a write" : "a request with credentials") + " from the origin " + origin
                    + " is refused: only origins named with --cors-write-origin may send one");
        }
        if (reader) {
            allow(resp, origin, writer);
        }
        return true;
    }

    private void allow(HttpServletResponse resp, String origin, boolean credentials) {
        if (credentials) {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            resp.setHeader("Access-Control-Allow-Credentials", "true");
        } else {
            resp.setHeader("Access-Control-Allow-Origin", anyReader ? "*" : origin);
        }
        resp.setHeader("Access-Control-Expose-Headers",
                GuardedQueryProcessor.TRUNCATED + ", " + GuardedQueryProcessor.PLAN + ", Location");
    }

    private static boolean refuse(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        LOG.warn("{} {} 403: {}", req.getMethod(), req.getRequestURI(), message);
        resp.setStatus(403);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
        return false;
    }

    private static boolean isPreflight(HttpServletRequest req) {
        return "OPTIONS".equalsIgnoreCase(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null;
    }

    private static boolean safeHeaders(HttpServletRequest req) {
        String asked = req.getHeader("Access-Control-Request-Headers");
        if (asked == null || asked.isBlank()) {
            return true;
        }
        for (String h : asked.split(",")) {
            if (!SAFE_REQUEST_HEADERS.contains(h.trim().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOrigin(HttpServletRequest req, String origin) {
        String host = req.getHeader("Host");
        return host != null && normal(origin).equals(normal(req.getScheme() + "://" + host));
    }

    private static String normal(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
