package stikg.serve;

import java.io.IOException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation with two additions: every query is capped at the configured number of rows, and a
 * GET without a query returns the service description instead of an error.
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {

    private final long rowCap;
    private final ServiceDescription description;

    GuardedQueryProcessor(long rowCap, ServiceDescription description) {
        this.rowCap = rowCap;
        this.description = description;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") == null && action.getRequestParameter("request") == null) {
            describe(action);
            return;
        }
        super.execGet(action);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > rowCap)) {
            query.setLimit(rowCap);
        }
        return super.createQueryExec(action, query, dataset);
    }

    private void describe(HttpAction action) {
        Lang lang = RdfResponse.negotiate(action.getRequestHeader("Accept"));
        String url = action.getRequest().getRequestURL().toString();
        try {
            action.setResponseStatus(200);
            action.setResponseContentType(RdfResponse.contentType(lang));
            RdfResponse.write(action.getResponseOutputStream(), description.describe(url), lang);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
