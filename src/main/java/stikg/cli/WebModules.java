package stikg.cli;

import java.util.List;
import stikg.pipeline.BuildConfig;
import stikg.serve.StikgServer;
import stikg.serve.web.WebSite;

/** The extra modules the served site has beside the SPARQL dataset. */
final class WebModules {

    private WebModules() {
    }

    static List<StikgServer.WebModule> standard(BuildConfig config) {
        return List.of(new WebSite(config.iris().base(), config.graphs()));
    }
}
