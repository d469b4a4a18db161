package stikg.replica;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Read-your-writes over the dataset's endpoints. A write answers with {@code Stikg-Version}: the patch it created
 * (or, if it changed no user graph, the writer's last). A read that sends {@code Stikg-Min-Version: N} is answered
 * only once this server has reached patch N, after waiting up to {@code wait} for it; otherwise 503, which the load
 * balancer retries on another server, ending at the writer. Every read answers with the version it was served at
 * (at least).
 */
final class VersionFilter implements Filter {

    static final String VERSION = "Stikg-Version";
    static final String MIN_VERSION = "Stikg-Min-Version";
    /** Which kind of server answered ({@code writer} or {@code replica}): for operators and tests. */
    static final String ROLE = "Stikg-Role";

    private final ServerVersion version;
    private final Duration wait;
    private final Supplier<OptionalLong> appendedHere;

    /** {@code appendedHere}: the patch the current thread's write created, if any (the writer's log tells). */
    VersionFilter(ServerVersion version, Duration wait, Supplier<OptionalLong> appendedHere) {
        this.version = version;
        this.wait = wait;
        this.appendedHere = appendedHere;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader(ROLE, version.status().role());
        String min = req.getHeader(MIN_VERSION);
        if (min != null) {
            long wanted;
            try {
                wanted = Long.parseLong(min.trim());
            } catch (NumberFormatException e) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, MIN_VERSION + " is a patch number: " + min);
                return;
            }
            boolean reached;
            try {
                reached = version.awaitReached(wanted, wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reached = false;
            }
            if (!reached) {
                resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                resp.setHeader(VERSION, Long.toString(version.reached()));
                resp.setHeader("Retry-After", "1");
                resp.setContentType("text/plain;charset=utf-8");
                resp.getOutputStream().write(("This server has reached patch " + version.reached() + ", not "
                        + wanted + " yet: ask another server, or again shortly.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        if (!isWrite(req)) {
            resp.setHeader(VERSION, Long.toString(version.reached()));
            chain.doFilter(request, response);
            return;
        }
        appendedHere.get(); // clears what an earlier request on this thread left
        WriteVersion wrapped = new WriteVersion(resp);
        chain.doFilter(request, wrapped);
        wrapped.stamp();
    }

    private static boolean isWrite(HttpServletRequest req) {
        String path = req.getRequestURI();
        String method = req.getMethod();
        boolean readMethod = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        return path.endsWith("/update") || (path.endsWith("/data") && !readMethod);
    }

    /** Sets the write's version header at the last moment before the response is committed. */
    private final class WriteVersion extends HttpServletResponseWrapper {

        private boolean stamped;

        WriteVersion(HttpServletResponse resp) {
            super(resp);
        }

        void stamp() {
            if (stamped || isCommitted()) {
                return;
            }
            stamped = true;
            OptionalLong mine = appendedHere.get();
            setHeader(VERSION, Long.toString(mine.isPresent() ? mine.getAsLong() : version.reached()));
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            stamp();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            stamp();
            super.sendError(sc);
        }
    }
}
