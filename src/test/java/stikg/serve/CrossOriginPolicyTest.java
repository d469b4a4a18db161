package stikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.pipeline.Fixture;
import stikg.reason.RuleSet;
import stikg.store.GraphStore;
import stikg.vocab.Graphs;

/**
 * The cross-origin policy as a browser meets it, on a server started with the defaults (any origin may read) and
 * one page origin named for writes: a foreign page reads without credentials, cannot write even with a writer's
 * login, and cannot make a form post change the data; only the named origin writes.
 */
class CrossOriginPolicyTest {

    private static final String NAMED = "https://editor.example.org";
    private static final String FOREIGN = "https://evil.example.com";
    private static final String WRITER = "Basic "
            + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "admin: admin-pw\n");
        store = Fixture.buildInto(dir.resolve("store")).open();
        server = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0)
                .withPasswordFile(passwords, List.of("admin")).withCorsWriteOrigins(List.of(NAMED)),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), "https://w3id.org/stikg/id/", List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder write(String origin, String graph) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", WRITER)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + graph + "> { <urn:a> <urn:b> 1 } }"));
        return origin == null ? b : b.header("Origin", origin);
    }

    private static boolean exists(String graph) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")).body().contains("true");
    }

    private static HttpResponse<String> preflight(String origin, String path, String method, String headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", method);
        return send(headers == null ? b : b.header("Access-Control-Request-Headers", headers));
    }

    @Test
    void givenTheDefaults_whenAForeignPageReads_thenAnyOriginMayReadButWithoutCredentials() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", FOREIGN));
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("")
                .contains(GuardedQueryProcessor.TRUNCATED));
        HttpResponse<String> pre = preflight(FOREIGN, "/stikg/sparql", "POST", "content-type");
        assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }

    @Test
    void givenAForeignOrigin_whenItTriesToWriteWithAWritersLogin_thenItIsRefusedAndNothingChanges() throws Exception {
        HttpResponse<String> pre = preflight(FOREIGN, "/stikg/update", "POST", "authorization, content-type");
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        HttpResponse<String> r = send(write(FOREIGN, "urn:cors:foreign"));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("--cors-write-origin"), r.body());
        // an HTML form needs no preflight and the browser adds the saved login
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/stikg/update"))
                .header("Origin", FOREIGN).header("Authorization", WRITER)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(
                        "INSERT DATA { GRAPH <urn:cors:form> { <urn:a> <urn:b> 1 } }", StandardCharsets.UTF_8))));
        assertEquals(403, form.statusCode(), form.body());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/stikg/data?graph=urn:cors:put")).header("Origin", FOREIGN).header("Authorization", WRITER)
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> 1 .")));
        assertEquals(403, put.statusCode(), put.body());
        assertFalse(exists("urn:cors:foreign"));
        assertFalse(exists("urn:cors:form"));
        assertFalse(exists("urn:cors:put"));
    }

    @Test
    void givenAnyOriginForReading_whenACredentialedRequestComesFromAForeignOrigin_thenItIsRefused() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", FOREIGN)
                .header("Authorization", WRITER));
        assertEquals(403, r.statusCode(), r.body());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.defaults(Path.of("queries")).withCorsWriteOrigins(List.of("*")));
    }

    @Test
    void givenTheOriginNamedForWrites_whenItWritesAfterThePreflight_thenItSucceedsWithCredentialsAllowed()
            throws Exception {
        HttpResponse<String> pre = preflight(NAMED, "/stikg/update", "POST", "authorization, content-type");
        assertEquals(NAMED, pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", pre.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
        HttpResponse<String> r = send(write(NAMED, "urn:cors:named"));
        assertEquals(2, r.statusCode() / 100, r.body());
        assertEquals(NAMED, r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(exists("urn:cors:named"));
        // a client that is not a browser sends no Origin: the login alone decides
        assertEquals(2, send(write(null, "urn:cors:cli")).statusCode() / 100);
    }
}
