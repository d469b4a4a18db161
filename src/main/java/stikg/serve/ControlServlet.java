package stikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The control endpoint through which other stikg commands on the same store run inside the server that holds it
 * (a query, an export, a rebuild that the server then switches to). Loopback callers only, and only with the token
 * the server recorded in the store folder (readable by its owner only).
 */
final class ControlServlet extends HttpServlet {

    private final String token;
    private final StikgServer.CommandHandler handler;

    ControlServlet(String token, StikgServer.CommandHandler handler) {
        this.token = token;
        this.handler = handler;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!InetAddress.getByName(req.getRemoteAddr()).isLoopbackAddress()) {
            resp.sendError(403, "the control endpoint answers this machine only");
            return;
        }
        String given = req.getHeader("Stikg-Token");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            resp.sendError(403, "wrong or missing token");
            return;
        }
        JsonObject body;
        try (InputStream in = req.getInputStream()) {
            body = JSON.parse(in);
        } catch (RuntimeException e) {
            resp.sendError(400, "not JSON: " + e.getMessage());
            return;
        }
        List<String> args = new ArrayList<>();
        JsonArray a = body.get("args").getAsArray();
        for (JsonValue v : a) {
            args.add(v.getAsString().value());
        }
        StikgServer.CommandReply reply = handler.run(args, body.get("cwd").getAsString().value());
        JsonObject out = new JsonObject();
        out.put("exit", reply.exitCode());
        out.put("out", reply.out());
        out.put("err", reply.err());
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.toString(out).getBytes(StandardCharsets.UTF_8));
    }
}
