package stikg.serve;

import java.io.IOException;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The Graph Store Protocol read endpoint, with {@code ?default} answering what a query's default graph is on this
 * service: the union of all named graphs. (Stock Fuseki answers the stored default graph, which stikg leaves
 * empty, so the documented dump was empty.) Named graphs and the whole dataset are served as Fuseki serves them.
 */
final class UnionDefaultGraphGet extends GSP_R {

    @Override
    protected void execGetGSP(HttpAction action) {
        if (action.getRequestParameter("default") == null || action.getRequestParameter("graph") != null) {
            super.execGetGSP(action);
            return;
        }
        ActionLib.setCommonHeaders(action);
        MediaType mediaType = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(mediaType.getContentTypeStr());
        if (lang == null) {
            lang = RDFLanguages.TURTLE;
        }
        try {
            action.getResponseOutputStream();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
        action.beginRead();
        try {
            ActionLib.graphResponse(action, action.getActiveDSG().getUnionGraph(), lang);
            ServletOps.success(action);
        } finally {
            action.endRead();
        }
    }
}
