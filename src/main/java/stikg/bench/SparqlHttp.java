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

/** A SPARQL protocol client for one endpoint: GET with the query in the URL, JSON results, body read whole. */
final class SparqlHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;

    SparqlHttp(String endpoint) {
        this.endpoint = endpoint;
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120)).GET().build();
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
