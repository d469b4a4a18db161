package stikg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update operation, with the request read and checked whole before the write transaction starts:
 * <ul>
 * <li>a request nested deeper than the limit, one that does not parse, and one whose {@code using-graph-uri} /
 * {@code using-named-graph-uri} parameters meet a {@code USING} or {@code WITH} in its text (SPARQL 1.1 Protocol
 * §2.2.3) are 400;</li>
 * <li>{@code LOAD} is refused (403): it would let a writer make the server read its own files and reach hosts
 * behind it; data is sent with the Graph Store Protocol instead;</li>
 * <li>the update's WHERE runs under the update timeout and a
 * timed-out update is rolled back and answered 503; a refused SERVICE or an over-long string is a 4xx.</li>
 * </ul>
 */
final class GuardedUpdateProcessor extends SPARQL_Update {

    private static final IRIxResolver RESOLVER = IRIxResolver.create().base(Fuseki.BaseParserSPARQL)
            .resolve(true).allowRelative(false).build();

    private final int maxNesting;
    private final Duration timeout;

    GuardedUpdateProcessor(int maxNesting, Duration timeout) {
        this.maxNesting = maxNesting;
        this.timeout = timeout;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UsingList using = usingList(action);
        String text;
        try {
            text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            ServletOps.errorBadRequest("the update could not be read: " + e.getMessage());
            return;
        }
        Nesting.check(text, maxNesting).ifPresent(why -> ClientFaults.refuse(action, 400, why));
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            if (using.usingIsPresent()) {
                checkNoUsingOrWith(action, request);
                request = UpdateFactory.read(using, new java.io.ByteArrayInputStream(
                        text.getBytes(StandardCharsets.UTF_8)), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            }
        } catch (QueryParseException e) {
            ClientFaults.refuse(action, 400, SPARQLProtocol.messageForParseException(e));
        } catch (UpdateException e) {
            ClientFaults.refuse(action, 400, e.getMessage());
        } catch (StackOverflowError e) {
            ClientFaults.raise(action, e);
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                ClientFaults.refuse(action, 403, "LOAD <" + load.getSource() + "> refused: LOAD is off on this "
                        + "server; send the data with the Graph Store Protocol (PUT or POST to /stikg/data)");
            }
        }
        action.beginWrite();
        try {
            // the timeout on the execution itself: ARQ 5.6 replaces a dataset context's updateTimeout with the
            // builder's (unset) one, so a timeout set only in the context never applies
            UpdateExec.dataset(action.getActiveDSG()).update(request)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute();
            action.commit();
        } catch (ActionErrorException | QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            action.abortSilent();
            ClientFaults.raise(action, e);
            if (e instanceof UpdateException) {
                // what ARQ refuses while applying an update (a graph that exists, or does not) is the request's fault
                ClientFaults.refuse(action, 400, e.getMessage());
            }
            throw e;
        } finally {
            action.endWrite();
        }
    }

    /** SPARQL 1.1 Protocol 2.2.3: protocol USING parameters and USING/WITH in the request may not meet. */
    private static void checkNoUsingOrWith(HttpAction action, UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof org.apache.jena.sparql.modify.request.UpdateWithUsing w
                    && (w.getWithIRI() != null || !w.getUsing().isEmpty() || !w.getUsingNamed().isEmpty())) {
                ClientFaults.refuse(action, 400, "using-graph-uri/using-named-graph-uri parameters may not be given "
                        + "with an update that has USING, USING NAMED or WITH (SPARQL 1.1 Protocol, 2.2.3)");
            }
        }
    }

    private static UsingList usingList(HttpAction action) {
        UsingList list = new UsingList();
        String[] using = action.getRequest().getParameterValues(HttpNames.paramUsingGraphURI);
        String[] named = action.getRequest().getParameterValues(HttpNames.paramUsingNamedGraphURI);
        if (using != null) {
            for (String s : using) {
                list.addUsing(iri(s));
            }
        }
        if (named != null) {
            for (String s : named) {
                list.addUsingNamed(iri(s));
            }
        }
        return list;
    }

    private static Node iri(String text) {
        try {
            IRIx iri = RESOLVER.resolve(text);
            return NodeFactory.createURI(iri.str());
        } catch (RuntimeException e) {
            ServletOps.errorBadRequest("SPARQL Update: bad IRI: " + text);
            return null;
        }
    }
}
