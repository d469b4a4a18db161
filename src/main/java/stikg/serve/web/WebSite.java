package stikg.serve.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import stikg.query.QueryLibrary;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.vocab.Graphs;

/**
 * The web site for researchers, beside the SPARQL dataset on the same server:
 * <ul>
 * <li>{@code /}: the query page (YASGUI, the query library as examples, CSV and JSON downloads, links that carry
 * the query);</li>
 * <li>{@code /id/X}: the entity {@code <idBase>X}, as HTML or RDF by content negotiation;</li>
 * <li>{@code /views/technology} and {@code /views/investment}: the technology-area taxonomy of a plan with the
 * agencies behind each area, and the investment targets against the actuals as a chart;</li>
 * <li>{@code /api/queries}: the query library as JSON; {@code /assets/}: the pages' scripts and styles.</li>
 * </ul>
 */
public final class WebSite implements StikgServer.WebModule {

    private final IdPaths paths;
    private final Graphs graphs;

    public WebSite(String idBase, Graphs graphs) {
        this.paths = new IdPaths(idBase);
        this.graphs = graphs;
    }

    @Override
    public void install(FusekiServer.Builder builder, DatasetGraph dataset, QueryLibrary library) {
        builder.addServlet("", new Assets("web/", "index.html"))
                .addServlet("/index.html", new Assets("web/", "index.html"))
                .addServlet("/assets/*", new Assets("web/", null))
                .addServlet("/views/*", new Assets("web/views/", "index.html"))
                .addServlet("/api/queries/*", new QueryLibraryServlet(library, paths.idBase(), ServerConfig.DATASET + "/sparql"))
                .addServlet("/id/*", new EntityServlet(dataset, graphs, paths));
    }
}
