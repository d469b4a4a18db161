package stikg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's query operation, made to keep its promises:
 * <ul>
 * <li>one limit on what a request returns — rows for SELECT, triples (or quads) for CONSTRUCT and DESCRIBE — and a
 * response header {@value #TRUNCATED} naming it when an answer reached it;</li>
 * <li>the whole answer is computed before the first byte is sent, so a timeout is a 503, never a 200 with a cut
 * body (the answer is at most the limit, so holding it is cheap);</li>
 * <li>a query nested deeper than the limit is refused before parsing, and what the request itself caused (a
 * refused SERVICE, a string past the limit) is a 4xx ({@link ClientFaults});</li>
 * <li>a GET without a query returns the service description instead of an error;</li>
 * <li>a query text asked before runs its kept plan ({@link PreparedPlans}), without being parsed, printed for the
 * log and optimised again.</li>
 * </ul>
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {

    /** The response header that says an answer was cut at the server's limit; its value is the limit. */
    static final String TRUNCATED = "Stikg-Result-Truncated";

    /**
     * The response header that says how a query was planned: {@code kept} when it ran the plan kept from an earlier
     * request of the same text, {@code new} when it was parsed and planned for this request.
     */
    static final String PLAN = "Stikg-Plan";

    /** Request attributes: the text of a query whose plan may be kept, and the kept plan a request runs. */
    private static final String TEXT = "stikg.query.text";
    private static final String KEPT = "stikg.query.kept";

    private final long rowCap;
    private final int maxNesting;
    private final ServiceDescription description;
    private final Optional<PreparedPlans> plans;

    GuardedQueryProcessor(long rowCap, int maxNesting, ServiceDescription description,
            Optional<PreparedPlans> plans) {
        this.rowCap = rowCap;
        this.maxNesting = maxNesting;
        this.description = description;
        this.plans = plans;
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
    protected void execute(String queryString, HttpAction action) {
        Nesting.check(queryString, maxNesting).ifPresent(why -> ClientFaults.refuse(action, 400, why));
        try {
            // a dataset named in the request makes a dataset of its own, planned with it: such requests plan anew
            boolean defaultDataset = action.getRequestParameter("default-graph-uri") == null
                    && action.getRequestParameter("named-graph-uri") == null;
            Optional<PreparedPlans.Prepared> kept = defaultDataset
                    ? plans.flatMap(p -> p.find(queryString)) : Optional.empty();
            if (kept.isPresent()) {
                action.setResponseHeader(PLAN, "kept");
                executeKept(queryString, kept.get(), action);
                return;
            }
            action.setResponseHeader(PLAN, "new");
            if (defaultDataset) {
                action.getRequest().setAttribute(TEXT, queryString);
            }
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ClientFaults.raise(action, e);
            throw e;
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        if (query.hasDatasetDescription()) {
            // FROM and FROM NAMED make a dataset of this request's own, and are taken off the query to make it
            action.getRequest().removeAttribute(TEXT);
        }
        return super.decideDataset(action, query, queryStringLog);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        // one row more than the cap tells a capped answer from one that fits exactly
        if ((query.isSelectType() || query.isJsonType()) && (!query.hasLimit() || query.getLimit() > rowCap)) {
            query.setLimit(rowCap + 1);
        }
        QueryExec exec = super.createQueryExec(action, query, dataset);
        if (action.getRequest().getAttribute(KEPT) instanceof PreparedPlans.Prepared kept) {
            PreparedPlans.runKept(exec.getContext(), kept);
        } else if (plans.isPresent() && action.getRequest().getAttribute(TEXT) instanceof String text) {
            plans.get().keepPlanOf(exec.getContext(), text, query);
        }
        return exec;
    }

    /**
     * Fuseki's own steps after parsing (the read transaction, the dataset, the execution with its timeouts, the
     * answer), with a copy of the query parsed before.
     */
    private void executeKept(String queryString, PreparedPlans.Prepared kept, HttpAction action) {
        String forLog = ServletOps.formatForLog(queryString);
        action.log.info(String.format("[%d] Query = %s", action.id, action.verbose ? queryString : forLog));
        Query query = kept.query().cloneQuery();
        action.getRequest().setAttribute(KEPT, kept);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, forLog);
            Query asked = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, asked, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, forLog), query.getPrologue());
            }
        } catch (QueryParseException e) {
            // raised while running, as a text index does with a search string it cannot read
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n"
                    + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            if (query.isSelectType()) {
                return select(action, exec.select());
            }
            if (query.isConstructType() && query.isConstructQuad()) {
                return quads(action, exec.constructQuads());
            }
            if (query.isConstructType()) {
                return triples(action, exec.constructTriples());
            }
            if (query.isDescribeType()) {
                return triples(action, exec.describe().find());
            }
            if (query.isJsonType()) {
                return jsonItems(action, exec.execJsonItems());
            }
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (RuntimeException | StackOverflowError e) {
            ClientFaults.raise(action, e);
            throw e;
        }
    }

    private QueryExecResult select(HttpAction action, RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() < rowCap) {
            kept.add(rows.next());
        }
        if (rows.hasNext()) {
            truncated(action);
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }

    /** ARQ's JSON query form: one object a row, capped as rows are. */
    private QueryExecResult jsonItems(HttpAction action, Iterator<JsonObject> items) {
        List<JsonObject> kept = new ArrayList<>();
        while (items.hasNext() && kept.size() < rowCap) {
            kept.add(items.next());
        }
        if (items.hasNext()) {
            truncated(action);
        }
        return new QueryExecResult(kept.iterator());
    }

    private QueryExecResult triples(HttpAction action, Iterator<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (g.size() >= rowCap && !g.contains(t)) {
                truncated(action);
                break;
            }
            g.add(t);
        }
        return new QueryExecResult(g);
    }

    private QueryExecResult quads(HttpAction action, Iterator<Quad> quads) {
        DatasetGraph d = DatasetGraphFactory.create();
        long n = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (d.contains(q)) {
                continue;
            }
            if (n >= rowCap) {
                truncated(action);
                break;
            }
            d.add(q);
            n++;
        }
        return new QueryExecResult(d);
    }

    private void truncated(HttpAction action) {
        action.setResponseHeader(TRUNCATED, Long.toString(rowCap));
        action.log.info(String.format("[%d] answer cut at the limit of %d", action.id, rowCap));
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
