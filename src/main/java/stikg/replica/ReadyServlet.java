package stikg.replica;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /stikg/ready}: 200 while this server can answer as the writer's copy, 503 otherwise (the load
 * balancer's health check); the body says the build, the patch reached and, when not ready, why.
 */
final class ReadyServlet extends HttpServlet {

    private final ServerVersion version;

    ReadyServlet(ServerVersion version) {
        this.version = version;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServerVersion.Status s = version.status();
        resp.setStatus(s.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader(VersionFilter.VERSION, Long.toString(version.reached()));
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(s.json().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
