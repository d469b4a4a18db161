package stikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.riot.Lang;

/** Serves the VoID and service description at {@code /.well-known/void}, by content negotiation. */
final class VoidServlet extends HttpServlet {

    private final transient ServiceDescription description;

    VoidServlet(ServiceDescription description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Lang lang = RdfResponse.negotiate(req.getHeader("Accept"));
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        resp.setStatus(200);
        resp.setContentType(RdfResponse.contentType(lang));
        RdfResponse.write(resp.getOutputStream(), description.describe(base + ServerConfig.DATASET + "/sparql"), lang);
    }
}
