package stikg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the site's files from the class path ({@code web/} in the jar, copied there by the build from
 * src/main/web/site and YASGUI's build): a path without an extension is an HTML page, the folder's index page
 * stands for the folder itself.
 */
final class Assets extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8");

    private final String folder;
    private final String index;
    private final transient Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    /** Files under the class-path folder {@code folder}; {@code index} answers for the folder (null: none). */
    Assets(String folder, String index) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name;
        if (path == null || path.equals("/") || path.isEmpty()) {
            name = index;
        } else {
            name = path.substring(1);
            String last = name.substring(name.lastIndexOf('/') + 1);
            if (!last.contains(".")) {
                name = name + ".html";
            }
        }
        if (name == null || name.contains("..") || name.contains("\\") || name.startsWith("/")) {
            resp.sendError(404);
            return;
        }
        Optional<byte[]> body = cache.computeIfAbsent(name, this::load);
        if (body.isEmpty()) {
            resp.sendError(404);
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        resp.setStatus(200);
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        // pages and our scripts change with the jar; YASGUI's build only with its version
        resp.setHeader("Cache-Control", name.startsWith("vendor/") ? "public, max-age=86400" : "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.get().length);
        resp.getOutputStream().write(body.get());
    }

    private Optional<byte[]> load(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(folder + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
