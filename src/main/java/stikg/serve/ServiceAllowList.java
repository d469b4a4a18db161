package stikg.serve;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Lets a SPARQL {@code SERVICE} call through only to hosts on a configured list. An open SERVICE would let
 * anyone make the server fetch any address (server-side request forgery), so the default list is empty.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final List<String> hosts;

    ServiceAllowList(List<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node target = opExecute.getService();
        if (!target.isURI() || !allowed(target.getURI())) {
            throw new QueryExecException("SERVICE <" + (target.isURI() ? target.getURI() : target)
                    + "> refused: its host is not on this server's allow-list " + hosts);
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    boolean allowed(String iri) {
        try {
            URI u = URI.create(iri);
            String host = u.getHost();
            String scheme = u.getScheme();
            return host != null && ("http".equals(scheme) || "https".equals(scheme))
                    && hosts.contains(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
