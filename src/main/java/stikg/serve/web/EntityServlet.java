package stikg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.vocab.Graphs;

/**
 * {@code /id/X}: the entity {@code <idBase>X}, as an HTML page for browsers or as Turtle, JSON-LD, N-Triples or
 * RDF/XML by content negotiation on the same URL ({@code ?format=ttl|jsonld|nt|rdf|html} overrides the Accept
 * header, for links); 404 for an IRI the graph does not mention.
 */
final class EntityServlet extends HttpServlet {

    private final transient IdPaths paths;
    private final transient EntityReader reader;
    private final transient EntityGraph graph;

    EntityServlet(DatasetGraph dataset, Graphs graphs, IdPaths paths) {
        this.paths = paths;
        this.reader = new EntityReader(dataset, graphs);
        this.graph = new EntityGraph(dataset, graphs, paths.idBase());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept, Cookie, Accept-Language");
        String format = req.getParameter("format");
        Optional<Representation> chosen = format != null ? Representation.byFormat(format)
                : Representation.negotiate(req.getHeader("Accept"));
        if (chosen.isEmpty()) {
            plain(resp, 406, "Not acceptable: this resource is available as text/html, text/turtle, "
                    + "application/ld+json, application/n-triples and application/rdf+xml.\n");
            return;
        }
        Representation r = chosen.get();
        Optional<String> iri = paths.iriOf(req.getPathInfo());
        String self = req.getRequestURI();
        for (Representation alt : Representation.RDF) {
            resp.addHeader("Link", "<" + self + "?format=" + alt.format + ">; rel=\"alternate\"; type=\"" + alt.mediaType + "\"");
        }
        if (r == Representation.HTML) {
            String lang = LabelLanguage.choose(req, resp);
            Optional<Entity> entity = iri.flatMap(reader::read);
            if (entity.isEmpty()) {
                html(resp, 404, EntityPage.notFound(iri.orElse(paths.idBase() + String.valueOf(req.getPathInfo()).substring(1)), lang));
                return;
            }
            html(resp, 200, EntityPage.render(entity.get(), lang, paths));
            return;
        }
        if (iri.isEmpty() || !reader.exists(iri.get())) {
            plain(resp, 404, "Nothing in the graph has the IRI " + iri.orElse("(invalid)") + "\n");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(r.mediaType + "; charset=utf-8");
        OutputStream out = resp.getOutputStream();
        if (r == Representation.TURTLE) {
            RDFDataMgr.write(out, graph.describe(iri.get()), RDFFormat.TURTLE_PRETTY);
        } else {
            RDFDataMgr.write(out, graph.describe(iri.get()), r.lang);
        }
        out.flush();
    }

    private static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
