package stikg.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
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
 * Lets a SPARQL {@code SERVICE} call through only to a host and port on a configured list. An open SERVICE would
 * let anyone make the server fetch any address (server-side request forgery), so the default list is empty. An
 * entry names a host and, optionally, a port ({@code query.wikidata.org}, {@code 127.0.0.1:8080}); without a
 * port only the scheme's standard port (80, 443) is allowed. The HTTP client given to SERVICE follows no
 * redirect, so an allowed host cannot send the server on to one that is not.
 */
final class ServiceAllowList implements ChainingServiceExecutor {

    private final List<Entry> entries;

    ServiceAllowList(List<String> hosts) {
        this.entries = hosts.stream().map(Entry::parse).toList();
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node target = opExecute.getService();
        if (!target.isURI() || !allowed(target.getURI())) {
            throw new Refused("SERVICE <" + (target.isURI() ? target.getURI() : target)
                    + "> refused: its host and port are not on this server's allow-list " + entries);
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    boolean allowed(String iri) {
        try {
            URI u = URI.create(iri);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return false;
            }
            int port = u.getPort() != -1 ? u.getPort() : ("https".equals(scheme) ? 443 : 80);
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return entries.stream().anyMatch(e -> e.allows(host, port));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The client SERVICE uses: no redirects (a 3xx is an answer, not an instruction), a bounded connect time. */
    static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A SERVICE call the allow-list refused: the client's request, answered 403. */
    static final class Refused extends QueryExecException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * One allowed host and port; port -1 stands for the scheme's standard port.
     */
    record Entry(String host, int port) {

        static Entry parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.contains("/") || t.isEmpty()) {
                throw new IllegalArgumentException("an allow-list entry is host or host:port, not " + text);
            }
            try {
                URI u = URI.create("http://" + t);
                if (u.getHost() == null || u.getRawPath() != null && !u.getRawPath().isEmpty()) {
                    throw new IllegalArgumentException("an allow-list entry is host or host:port, not " + text);
                }
                return new Entry(u.getHost(), u.getPort());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("an allow-list entry is host or host:port, not " + text, e);
            }
        }

        boolean allows(String h, int p) {
            if (!host.equals(h)) {
                return false;
            }
            return port == -1 ? p == 80 || p == 443 : port == p;
        }

        @Override
        public String toString() {
            return port == -1 ? host : host + ":" + port;
        }
    }
}
