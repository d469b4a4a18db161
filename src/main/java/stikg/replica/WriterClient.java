package stikg.replica;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A replica's side of the patch log: asks the writer over HTTP, with the replicator's login. */
final class WriterClient {

    /**
     * One answer of the log: which log, what it keeps, the writer's build, and the RDF Patch text. The status code
     * is not trusted: a delivery counts only when these headers are there and its patches pass the follower's checks.
     */
    record Delivery(String log, long first, long last, String build, byte[] body) {
    }

    private final URI patches;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code writer}: the writer's base URL, e.g. {@code http://127.0.0.1:3030}. */
    WriterClient(URI writer, String user, String password) {
        String base = writer.toString().replaceAll("/+$", "");
        this.patches = URI.create(base + "/stikg/patches");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    Delivery after(long number, Duration wait) throws IOException, InterruptedException {
        return get("?after=" + number + "&wait=" + wait.toMillis() / 1000.0, wait.plusSeconds(10));
    }

    Delivery snapshot() throws IOException, InterruptedException {
        return get("?snapshot", Duration.ofMinutes(10));
    }

    private Delivery get(String query, Duration timeout) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(patches + query)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", PatchLogServlet.MEDIA_TYPE).GET().build();
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        String log = resp.headers().firstValue("Stikg-Log").orElse(null);
        String build = resp.headers().firstValue("Stikg-Build").orElse(null);
        String first = resp.headers().firstValue("Stikg-Log-First").orElse(null);
        String last = resp.headers().firstValue("Stikg-Log-Last").orElse(null);
        if (log == null || build == null || first == null || last == null) {
            throw new IOException("the writer's answer (HTTP " + resp.statusCode() + ") is not a patch log answer"
                    + (resp.statusCode() == 401 || resp.statusCode() == 403 ? ": the replicator login was refused" : ""));
        }
        try {
            return new Delivery(log, Long.parseLong(first), Long.parseLong(last), build, resp.body());
        } catch (NumberFormatException e) {
            throw new IOException("the writer's log range is not numbers: " + first + ", " + last);
        }
    }
}
