package stikg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import stikg.diag.StikgException;
import stikg.query.Bindings;
import stikg.query.NamedQuery;
import stikg.query.Parameter;
import stikg.query.QueryLibrary;
import stikg.vocab.Namespaces;

/**
 * The query library for the web page. {@code GET /api/queries}: every query as JSON (names, titles and
 * descriptions by language, parameters, the text, and the text with the defaults bound), with the endpoint and
 * the id base. {@code GET /api/queries/NAME?PARAM=VALUE...}: the query's SPARQL with those values bound, as the
 * command line binds them ({@link Bindings}), ready for the editor.
 */
final class QueryLibraryServlet extends HttpServlet {

    private final transient QueryLibrary library;
    private final String idBase;
    private final String endpoint;

    QueryLibraryServlet(QueryLibrary library, String idBase, String endpoint) {
        this.library = library;
        this.idBase = idBase;
        this.endpoint = endpoint;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            JsonObject all = new JsonObject();
            all.put("endpoint", endpoint);
            all.put("idBase", idBase);
            JsonArray list = new JsonArray();
            library.queries().forEach(q -> list.add(describe(q)));
            all.put("queries", list);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, all);
            send(resp, 200, "application/json; charset=utf-8", out.toString(StandardCharsets.UTF_8));
            return;
        }
        Optional<NamedQuery> q = library.find(path.substring(1));
        if (q.isEmpty()) {
            send(resp, 404, "text/plain; charset=utf-8", "No query named '" + path.substring(1) + "'; the library has: "
                    + String.join(", ", library.names()) + "\n");
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (v.length > 0) {
                given.put(k, v[0]);
            }
        });
        try {
            send(resp, 200, "application/sparql-query; charset=utf-8", bound(q.get(), given));
        } catch (StikgException | IllegalArgumentException e) {
            send(resp, 400, "text/plain; charset=utf-8", e.getMessage() + "\n");
        }
    }

    private static JsonObject describe(NamedQuery q) {
        JsonObject o = new JsonObject();
        o.put("name", q.name());
        JsonObject titles = new JsonObject();
        q.titles().forEach(titles::put);
        o.put("titles", titles);
        JsonObject descriptions = new JsonObject();
        q.descriptions().forEach(descriptions::put);
        o.put("descriptions", descriptions);
        JsonArray params = new JsonArray();
        for (Parameter p : q.parameters()) {
            JsonObject po = new JsonObject();
            po.put("name", p.name());
            po.put("default", p.defaultValue());
            po.put("description", p.description());
            params.add(po);
        }
        o.put("parameters", params);
        o.put("inference", q.needsInference());
        Query parsed = QueryFactory.create(q.text());
        o.put("form", parsed.isSelectType() ? "select" : parsed.isAskType() ? "ask"
                : parsed.isConstructType() ? "construct" : "describe");
        o.put("text", q.text());
        o.put("sparql", bound(q, Map.of()));
        return o;
    }

    /**
     * The query with its parameters bound. Without parameters it is the file as written (it holds its defaults in
     * its VALUES blocks); with them, the file's comment header followed by the query whose VALUES blocks hold the
     * given values.
     */
    static String bound(NamedQuery q, Map<String, String> given) {
        if (given.isEmpty()) {
            return q.text();
        }
        Map<String, Node> values = Bindings.resolve(q, given);
        Map<String, Node> changed = new LinkedHashMap<>();
        given.keySet().forEach(k -> changed.put(k, values.get(k)));
        Query parsed = QueryFactory.create(q.text());
        Query replaced = q.bound(changed);
        replaced.getPrefixMapping().setNsPrefixes(parsed.getPrefixMapping());
        StringBuilder b = new StringBuilder();
        for (String line : q.text().split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            b.append(line).append('\n');
        }
        changed.forEach((name, node) -> b.append("# ").append(name).append(" = ")
                .append(org.apache.jena.riot.out.NodeFmtLib.str(node, prefixes())).append('\n'));
        return b.append(replaced.serialize()).toString();
    }

    private static org.apache.jena.riot.system.PrefixMap prefixes() {
        return org.apache.jena.riot.system.PrefixMapFactory.create(Namespaces.PREFIXES);
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
