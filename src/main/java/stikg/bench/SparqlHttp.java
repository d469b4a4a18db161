package stikg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;

/**
 * A SPARQL protocol client for one endpoint: GET with the query in the URL, JSON results, body read whole. Unless
 * told otherwise it asks for every answer to be computed ({@code Cache-Control: no-cache}), so that what is measured
 * is the evaluation, not stikg's answer cache (plain Fuseki ignores the header).
 */
final class SparqlHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;
    private final boolean computed;

    SparqlHttp(String endpoint) {
        this(endpoint, true);
    }

    /** {@code computed} false: requests as a client sends them, which stikg may answer from its answer cache. */
    SparqlHttp(String endpoint, boolean computed) {
        this.endpoint = endpoint;
        this.computed = computed;
    }

    /** One answer: the HTTP status and the body. */
    record Answer(int status, byte[] body) {
        boolean ok() {
            return status == 200;
        }

        /** Rows of a SELECT answer (1 for ASK). */
        int rows() {
            String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
            if (s.contains("\"boolean\"")) {
                return 1;
            }
            ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(body));
            int n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

    Answer ask(String query) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120)).GET();
        if (computed) {
            builder.header("Cache-Control", "no-cache");
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(-1, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, new byte[0]);
        }
    }
}
