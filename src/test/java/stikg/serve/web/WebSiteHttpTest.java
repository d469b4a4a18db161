package stikg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.vocab.Namespaces;

/** The web site over HTTP, without a browser: pages, assets, the library API, entity negotiation, escaping. */
class WebSiteHttpTest {

    static final String ID = Namespaces.DEFAULT_ID_BASE;
    static final String EVIL = "<script>alert('stikg')</script> & \"quoted\"";

    @TempDir
    static Path dir;

    static WebServer web;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        web = WebServer.start(dir, dsg -> {
            Node g = NodeFactory.createURI("urn:ex:web-test");
            Node evil = NodeFactory.createURI(ID + "fx-evil");
            dsg.add(g, evil, RDF.type.asNode(), NodeFactory.createURI(Namespaces.STI + "Program"));
            dsg.add(g, evil, RDFS.label.asNode(), NodeFactory.createLiteralLang(EVIL, "en"));
            dsg.add(g, evil, NodeFactory.createURI(Namespaces.STI + "supports"), NodeFactory.createURI(ID + "fx-area-space"));
        });
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.url(path))).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenTheSite_whenItsPagesAndAssetsAreFetched_thenTheyAreServedFromTheJarWithTheirTypes() throws Exception {
        HttpResponse<String> index = get("/", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("/assets/vendor/yasgui.min.js"), "the page loads the bundled YASGUI");
        assertFalse(index.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no script or style from elsewhere");
        HttpResponse<String> yasgui = get("/assets/vendor/yasgui.min.js", null);
        assertEquals(200, yasgui.statusCode(), "YASGUI is copied into the jar by the build");
        assertTrue(yasgui.body().length() > 500_000);
        assertTrue(yasgui.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, get("/assets/vendor/yasgui.min.css", null).statusCode());
        assertEquals(200, get("/views/technology", null).statusCode());
        assertEquals(200, get("/views/investment", null).statusCode());
        assertEquals(200, get("/views", null).statusCode());
        assertEquals(404, get("/assets/no-such-file.js", null).statusCode());
        assertEquals(404, get("/views/no-such-view", null).statusCode());
    }

    @Test
    void givenTheLibrary_whenListed_thenEveryQueryHasTitlesAndDescriptionsInEnglishAndKorean() throws Exception {
        HttpResponse<String> r = get("/api/queries", "application/json");
        assertEquals(200, r.statusCode());
        var json = org.apache.jena.atlas.json.JSON.parse(r.body());
        assertEquals("/stikg/sparql", json.get("endpoint").getAsString().value());
        assertEquals(ID, json.get("idBase").getAsString().value());
        var queries = json.get("queries").getAsArray();
        assertEquals(2, queries.size());
        for (var q : queries) {
            var o = q.getAsObject();
            assertTrue(o.get("titles").getAsObject().hasKey("ko"), o.toString());
            assertTrue(o.get("descriptions").getAsObject().hasKey("en"), o.toString());
            assertTrue(o.get("descriptions").getAsObject().hasKey("ko"), o.toString());
            assertFalse(o.get("sparql").getAsString().value().isBlank());
        }
    }

    @Test
    void givenAParameter_whenTheQueryIsAskedWithAValue_thenTheValueIsBoundAsATermNotAsText() throws Exception {
        String def = get("/api/queries/agencies-by-area", null).body();
        assertTrue(def.contains("VALUES ?lang { \"en\" }"), def);
        String ko = get("/api/queries/agencies-by-area?lang=ko", null).body();
        assertTrue(ko.contains("= \"ko\""), ko);
        assertTrue(org.apache.jena.query.QueryFactory.create(ko).toString().contains("\"ko\""), ko);
        String injected = get("/api/queries/agencies-by-area?lang=" + java.net.URLEncoder.encode(
                "ko\") } DELETE WHERE { ?s ?p ?o } #", java.nio.charset.StandardCharsets.UTF_8), null).body();
        var parsed = org.apache.jena.query.QueryFactory.create(injected);
        assertTrue(parsed.isSelectType(), "a value is one literal, never query text: " + injected);
        assertTrue(injected.contains("\"ko\\\") } DELETE WHERE { ?s ?p ?o } #\""), injected);
        assertEquals(400, get("/api/queries/agencies-by-area?nope=1", null).statusCode());
        assertEquals(404, get("/api/queries/no-such-query", null).statusCode());
    }

    @Test
    void givenAnEntity_whenAskedForTurtleOrJsonLd_thenTheSameUrlAnswersWithItsFactsAndProvenance() throws Exception {
        HttpResponse<String> ttl = get("/id/fx-area-quantum", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.headers().allValues("Vary").toString().contains("Accept"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        Node quantum = NodeFactory.createURI(ID + "fx-area-quantum");
        assertTrue(g.contains(quantum, RDFS.label.asNode(), NodeFactory.createLiteralLang("양자", "ko")));
        assertTrue(g.contains(NodeFactory.createURI(ID + "fx-program"), NodeFactory.createURI(Namespaces.STI + "supports"),
                quantum), "links in both directions");
        assertTrue(g.contains(Node.ANY, RDF.subject.asNode(), quantum), "the provenance of its facts");

        HttpResponse<String> jsonld = get("/id/fx-area-quantum", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Graph j = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(j);
        assertTrue(j.isIsomorphicWith(g), "Turtle and JSON-LD carry the same graph");

        HttpResponse<String> html = get("/id/fx-area-quantum",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(200, get("/id/fx-area-quantum?format=nt", "text/html").statusCode());
        assertTrue(get("/id/fx-area-quantum?format=nt", "text/html").headers().firstValue("Content-Type").orElse("")
                .startsWith("application/n-triples"));
        assertEquals(406, get("/id/fx-area-quantum", "image/png").statusCode());
    }

    @Test
    void givenAnIdTheGraphDoesNotHave_whenRequested_thenItIs404InEveryRepresentation() throws Exception {
        assertEquals(404, get("/id/fx-no-such-thing", "text/html").statusCode());
        assertTrue(get("/id/fx-no-such-thing", "text/html").body().contains("fx-no-such-thing"));
        assertEquals(404, get("/id/fx-no-such-thing", "text/turtle").statusCode());
        assertEquals(404, get("/id/", "text/html").statusCode());
    }

    @Test
    void givenAnIdWithNonAsciiCharacters_whenRequestedEncoded_thenThePassagePageAnswers() throws Exception {
        HttpResponse<String> r = get("/id/fx-brief/passage/t-areas/%E2%91%A0/L11", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("t-areas/①/L11"), "the page of a passage (table row ①)");
    }

    @Test
    void givenALabelWithMarkup_whenItsPageIsRendered_thenTheMarkupIsEscaped() throws Exception {
        String page = get("/id/fx-evil?lang=en", "text/html").body();
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;stikg&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"), page);
        String space = get("/id/fx-area-space?lang=en", "text/html").body();
        assertFalse(space.contains("<script>alert"), "nor on the pages that link to it");
    }

    @Test
    void givenAnEntityPage_whenRendered_thenItShowsTypesLinksBothWaysSourcesAndExternalLinks() throws Exception {
        String page = get("/id/fx-tech-qc?lang=ja", "text/html").body();
        assertTrue(page.contains("<html lang=\"ja\">"));
        assertTrue(page.contains("量子コンピューティング技術"), "the Japanese label is the title");
        assertTrue(page.contains("href=\"/id/fx-area-quantum\""), "a link to the area, which names it as an example");
        assertTrue(page.contains("11行目"), "the source line, in Japanese");
        assertTrue(page.contains("fx-brief.yaml:"), "the curated file and line");
        HttpResponse<String> country = get("/id/fx-country?lang=en", "text/html");
        assertTrue(country.body().contains("href=\"https://www.wikidata.org/wiki/Q4115189\""), country.body());
        assertTrue(country.body().contains("Wikidata sandbox item"), "with the evidence for the link");
        assertTrue(country.headers().allValues("Set-Cookie").toString().contains("stikg-lang=en"), "the choice is remembered");
    }
}
