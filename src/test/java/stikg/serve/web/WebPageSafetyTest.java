package stikg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.vocab.Namespaces;

/**
 * What a writer can put into the graph must not turn an anonymous page view into an attack or a denial of
 * service: a {@code javascript:} IRI is shown as text, not a link; every HTML page carries a Content-Security-
 * Policy; a decimal with a huge exponent is shown as written instead of being spelt out (which ran out of heap).
 */
class WebPageSafetyTest {

    static final String ID = Namespaces.DEFAULT_ID_BASE;

    @TempDir
    static Path dir;

    static WebServer web;

    @BeforeAll
    static void start() {
        web = WebServer.start(dir, dsg -> {
            Node g = NodeFactory.createURI("urn:ex:safety");
            Node p = NodeFactory.createURI(ID + "fx-unsafe");
            dsg.add(g, p, RDF.type.asNode(), NodeFactory.createURI(Namespaces.STI + "Program"));
            dsg.add(g, p, RDFS.label.asNode(), NodeFactory.createLiteralLang("Unsafe", "en"));
            dsg.add(g, p, OWL2.sameAs.asNode(), NodeFactory.createURI("javascript:alert(document.cookie)"));
            dsg.add(g, p, NodeFactory.createURI(Namespaces.STI + "amount"),
                    NodeFactory.createLiteralDT("1E999999999", XSDDatatype.XSDdecimal));
            dsg.add(g, p, NodeFactory.createURI(Namespaces.STI + "seeAlso"),
                    NodeFactory.createURI("data:text/html,<script>alert(1)</script>"));
        });
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.url(path)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenAJavascriptIri_whenTheEntityPageIsShown_thenItIsTextNotALink() throws Exception {
        HttpResponse<String> r = page("/id/fx-unsafe");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("javascript:alert(document.cookie)"), "the IRI is still shown");
        assertFalse(r.body().matches("(?s).*href=\"\\s*(javascript|data):.*"), r.body());
    }

    @Test
    void givenADecimalWithAHugeExponent_whenTheEntityPageIsShown_thenItAnswersAtOnceWithTheNumberAsWritten() {
        HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> page("/id/fx-unsafe"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("1E999999999"), "shown as written");
    }

    @Test
    void givenAnyHtmlPage_whenServed_thenItCarriesAContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/id/fx-unsafe", "/id/fx-area-quantum", "/views/technology"}) {
            HttpResponse<String> r = page(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("object-src 'none'"), path + ": " + csp);
        }
    }
}
