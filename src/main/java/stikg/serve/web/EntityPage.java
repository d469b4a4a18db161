package stikg.serve.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import stikg.vocab.Namespaces;
import stikg.vocab.Sti;

/**
 * Writes the HTML page of an entity: its names in the chosen language, types, facts in both directions with
 * the source locator of each, inferred facts apart, external links, and links to the same entity as data.
 * Every piece of data goes through {@link Html#esc}.
 */
final class EntityPage {

    /** Digits a number may have before or after the point and still be spelt out in full. */
    private static final int MAX_PLAIN_DIGITS = 40;
    private static final Set<String> NAME_PROPERTIES = Set.of(RDFS.label.getURI(), SKOS.altLabel.getURI(),
            SKOS.prefLabel.getURI(), Sti.acronym.getURI());
    private static final Set<String> IDENTITY_PROPERTIES = Set.of(OWL2.sameAs.getURI(), SKOS.exactMatch.getURI(),
            SKOS.closeMatch.getURI());
    private static final List<String> VOCABULARIES = List.of(Namespaces.STI, Namespaces.RDF, Namespaces.RDFS,
            Namespaces.XSD, Namespaces.OWL, Namespaces.SKOS, Namespaces.ORG, Namespaces.PROV, Namespaces.DCT,
            Namespaces.TIME, Namespaces.SCHEMA, Namespaces.FOAF, Namespaces.FRAPO, Namespaces.ELI, Namespaces.DCAT);

    private final Entity entity;
    private final String lang;
    private final IdPaths paths;
    private final Labels labels;
    private final StringBuilder b = new StringBuilder(16_384);

    private EntityPage(Entity entity, String lang, IdPaths paths) {
        this.entity = entity;
        this.lang = lang;
        this.paths = paths;
        this.labels = entity.labels();
    }

    static String render(Entity entity, String lang, IdPaths paths) {
        return new EntityPage(entity, lang, paths).page();
    }

    /** The page for an IRI nothing in the graph mentions. */
    static String notFound(String iri, String lang) {
        StringBuilder b = new StringBuilder();
        Frame.open(b, UiText.get("notFound", lang), lang);
        b.append("<h1>").append(Html.esc(UiText.get("notFound", lang))).append("</h1>\n<p>")
                .append(Html.esc(UiText.get("notFoundText", lang))).append(" <code>").append(Html.esc(iri))
                .append("</code></p>\n");
        Frame.close(b);
        return b.toString();
    }

    private String page() {
        Node x = entity.iri();
        Labels.Label title = labels.pick(x, lang).orElse(new Labels.Label(localName(x), ""));
        Frame.open(b, title.text(), lang);
        b.append("<article class=\"entity\" data-iri=\"").append(Html.esc(x.getURI())).append("\">\n");
        b.append("<h1").append(langAttr(title.lang())).append('>').append(Html.esc(title.text())).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(Html.esc(x.getURI())).append("</code></p>\n");
        types();
        names();
        external();
        List<Entity.Fact> asserted = new ArrayList<>();
        List<Entity.Fact> inferred = new ArrayList<>();
        for (Entity.Fact f : entity.outgoing()) {
            (f.inferred() ? inferred : asserted).add(f);
        }
        if (!asserted.isEmpty()) {
            b.append("<section class=\"facts outgoing\">\n<h2>").append(Html.esc(UiText.get("outgoing", lang)))
                    .append("</h2>\n");
            factTable(asserted, false);
            b.append("</section>\n");
        }
        incoming();
        if (!inferred.isEmpty()) {
            b.append("<details class=\"facts inferred\">\n<summary>").append(Html.esc(UiText.get("inferred", lang)))
                    .append(" (").append(inferred.size()).append(")</summary>\n<p class=\"note\">")
                    .append(Html.esc(UiText.get("inferredNote", lang))).append("</p>\n");
            factTable(inferred, false);
            b.append("</details>\n");
        }
        dataLinks();
        b.append("</article>\n");
        Frame.close(b);
        return b.toString();
    }

    private void types() {
        if (entity.types().isEmpty() && entity.inferredTypes().isEmpty()) {
            return;
        }
        b.append("<p class=\"types\"><span class=\"what\">").append(Html.esc(UiText.get("types", lang))).append("</span> ");
        for (Node t : sorted(entity.types())) {
            b.append("<span class=\"type\" title=\"").append(Html.esc(t.toString())).append("\">")
                    .append(Html.esc(name(t))).append("</span> ");
        }
        b.append("</p>\n");
        if (!entity.inferredTypes().isEmpty()) {
            b.append("<details class=\"types inferred\"><summary>").append(Html.esc(UiText.get("inferredTypes", lang)))
                    .append(" (").append(entity.inferredTypes().size()).append(")</summary><p>");
            for (Node t : sorted(entity.inferredTypes())) {
                b.append("<span class=\"type\" title=\"").append(Html.esc(t.toString())).append("\">")
                        .append(Html.esc(name(t))).append("</span> ");
            }
            b.append("</p></details>\n");
        }
    }

    /** The entity's names in every language, so that a reader sees the other languages too. */
    private void names() {
        Map<String, String> all = labels.all(entity.iri());
        if (all.size() < 2) {
            return;
        }
        b.append("<dl class=\"names\">\n");
        for (String l : List.of("ko", "ja", "en")) {
            if (all.containsKey(l)) {
                b.append("<dt>").append(Html.esc(l)).append("</dt><dd lang=\"").append(Html.esc(l)).append("\">")
                        .append(Html.esc(all.get(l))).append("</dd>\n");
            }
        }
        all.forEach((l, text) -> {
            if (!List.of("ko", "ja", "en").contains(l)) {
                b.append("<dt>").append(Html.esc(l.isEmpty() ? "-" : l)).append("</dt><dd").append(langAttr(l)).append('>')
                        .append(Html.esc(text)).append("</dd>\n");
            }
        });
        b.append("</dl>\n");
    }

    private void external() {
        List<Entity.Fact> links = entity.outgoing().stream()
                .filter(f -> IDENTITY_PROPERTIES.contains(f.property().getURI()) && f.other().isURI()
                        && paths.pathOf(f.other().getURI()).isEmpty())
                .toList();
        if (links.isEmpty()) {
            return;
        }
        b.append("<section class=\"external\">\n<h2>").append(Html.esc(UiText.get("external", lang))).append("</h2>\n<ul>\n");
        for (Entity.Fact f : links) {
            ExternalLink link = ExternalLink.of(f.other().getURI());
            if (ExternalLink.isWeb(link.href())) {
                b.append("<li><a class=\"external\" rel=\"external noopener\" href=\"").append(Html.esc(link.href()))
                        .append("\">").append(Html.esc(link.name())).append("</a>");
            } else {
                b.append("<li><span class=\"external\">").append(Html.esc(link.name())).append("</span>");
            }
            b.append(" <span class=\"prop\">")
                    .append(Html.esc(name(f.property()))).append("</span>");
            f.sources().stream().map(Entity.Source::evidence).filter(e -> e != null).distinct().forEach(e ->
                    b.append(" <span class=\"evidence\">").append(Html.esc(UiText.get("evidence", lang))).append(": ")
                            .append(Html.esc(e)).append("</span>"));
            b.append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private void incoming() {
        if (entity.incoming().isEmpty()) {
            return;
        }
        List<Entity.Fact> facts = new ArrayList<>(entity.incoming());
        b.append("<section class=\"facts incoming\">\n<h2>").append(Html.esc(UiText.get("incoming", lang))).append("</h2>\n");
        factTable(facts, true);
        int hidden = entity.incomingTotal() - entity.incoming().size();
        if (hidden > 0) {
            String q = "SELECT ?from ?property WHERE { ?from ?property <" + entity.iri().getURI() + "> }";
            b.append("<p class=\"more\">+").append(hidden).append(' ').append(Html.esc(UiText.get("more", lang)))
                    .append(": <a href=\"").append(Html.esc(editorLink(q))).append("\">")
                    .append(Html.esc(UiText.get("openInEditor", lang))).append("</a></p>\n");
        }
        b.append("</section>\n");
    }

    private void factTable(List<Entity.Fact> facts, boolean incoming) {
        List<Entity.Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing((Entity.Fact f) -> f.inferred())
                .thenComparing(f -> NAME_PROPERTIES.contains(f.property().getURI()) ? 0 : 1)
                .thenComparing(f -> name(f.property()).toLowerCase(Locale.ROOT))
                // the areas of a technology list come in the list's order, not alphabetically
                .thenComparing(f -> entity.labels().position(f.other()))
                .thenComparing(f -> f.other().isLiteral() ? f.other().getLiteralLexicalForm() : name(f.other())));
        b.append("<table class=\"facts\">\n<thead><tr>");
        if (incoming) {
            b.append("<th>").append(Html.esc(UiText.get("from", lang))).append("</th><th>")
                    .append(Html.esc(UiText.get("property", lang))).append("</th>");
        } else {
            b.append("<th>").append(Html.esc(UiText.get("property", lang))).append("</th><th>")
                    .append(Html.esc(UiText.get("value", lang))).append("</th>");
        }
        b.append("<th>").append(Html.esc(UiText.get("source", lang))).append("</th></tr></thead>\n<tbody>\n");
        for (Entity.Fact f : ordered) {
            b.append("<tr").append(f.inferred() ? " class=\"inferred\"" : "").append('>');
            String property = "<td class=\"prop\" title=\"" + Html.esc(f.property().getURI()) + "\">"
                    + Html.esc(name(f.property())) + "</td>";
            String value = "<td class=\"value\">" + value(f.other()) + "</td>";
            b.append(incoming ? value + property : property + value);
            b.append("<td class=\"source\">");
            if (f.sources().isEmpty()) {
                String why = f.inferred() ? "inferred" : f.provenance() ? "structure" : "noSource";
                b.append("<span class=\"").append(f.inferred() ? "badge" : "none").append("\">")
                        .append(Html.esc(UiText.get(why, lang))).append("</span>");
            }
            for (Entity.Source s : f.sources()) {
                source(s);
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** One locator: document, section, table and row, lines, and the curated file's line. */
    private void source(Entity.Source s) {
        b.append("<div class=\"locator\">");
        List<String> parts = new ArrayList<>();
        if (s.document() != null) {
            parts.add(link(s.document(), "doc"));
        }
        if (s.section() != null) {
            String text = "§" + (s.sectionNumber() == null ? "" : s.sectionNumber())
                    + labels.pick(s.section(), lang).map(l -> " " + l.text()).orElse("");
            parts.add(linkText(s.section(), text, "section"));
        }
        if (s.table() != null) {
            String text = UiText.get("table", lang) + " " + (s.tableNumber() == null ? "" : s.tableNumber())
                    + (s.row() == null ? "" : ", " + UiText.get("row", lang) + " " + s.row());
            parts.add(linkText(s.table(), text, "table"));
        }
        if (s.lineStart() != null) {
            String lines = s.lineEnd() == null || s.lineEnd().equals(s.lineStart()) ? "" + s.lineStart()
                    : s.lineStart() + "–" + s.lineEnd();
            String text = UiText.lines(lines, lang, !lines.contains("–"));
            parts.add(s.passage() != null ? linkText(s.passage(), text, "lines") : Html.esc(text));
        }
        b.append(String.join(" · ", parts));
        if (s.curatedAt() != null) {
            String file = s.curatedAt().substring(s.curatedAt().lastIndexOf('/') + 1);
            b.append(" <span class=\"curated\" title=\"").append(Html.esc(UiText.get("curated", lang) + " " + s.curatedAt()))
                    .append("\">").append(Html.esc(file)).append("</span>");
        }
        b.append("</div>");
    }

    private void dataLinks() {
        String self = paths.pathOf(entity.iri().getURI()).orElse("");
        b.append("<p class=\"data\">").append(Html.esc(UiText.get("data", lang))).append(": ");
        List<String> links = new ArrayList<>();
        for (Representation r : Representation.RDF) {
            links.add("<a rel=\"alternate\" type=\"" + r.mediaType + "\" href=\"" + Html.esc(self + "?format=" + r.format)
                    + "\">" + Html.esc(r.lang.getLabel()) + "</a>");
        }
        links.add("<a href=\"" + Html.esc(editorLink("SELECT ?property ?value WHERE { <" + entity.iri().getURI()
                + "> ?property ?value }")) + "\">" + Html.esc(UiText.get("openInEditor", lang)) + "</a>");
        b.append(String.join(" · ", links)).append("</p>\n");
    }

    private String value(Node n) {
        if (n.isURI()) {
            return link(n, null);
        }
        if (n.isBlank()) {
            return "<span class=\"blank\">[ ]</span>";
        }
        if (!n.isLiteral()) {
            return Html.esc(n.toString());
        }
        String lex = n.getLiteralLexicalForm();
        String l = n.getLiteralLanguage();
        if (l != null && !l.isEmpty()) {
            return "<span class=\"lit\" lang=\"" + Html.esc(l) + "\">" + Html.esc(lex) + "</span> <span class=\"tag\">"
                    + Html.esc(l) + "</span>";
        }
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
            return "<span class=\"lit\">" + Html.esc(lex) + "</span>";
        }
        String shown = lex;
        if (dt.equals(XSDDatatype.XSDdecimal.getURI()) || dt.equals(XSDDatatype.XSDinteger.getURI())) {
            try {
                BigDecimal d = new BigDecimal(lex);
                // a number far from 1 stays in the exponent form it came in: spelling out 1E999999999 takes a
                // billion digits (and the heap)
                if (Math.abs((long) d.precision() - d.scale()) > MAX_PLAIN_DIGITS || d.precision() > MAX_PLAIN_DIGITS) {
                    throw new NumberFormatException("shown as written");
                }
                d = d.stripTrailingZeros();
                DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
                f.setParseBigDecimal(true);
                shown = f.format(d);
            } catch (NumberFormatException e) {
                shown = lex;
            }
        }
        return "<span class=\"lit\" title=\"" + Html.esc(lex) + "\">" + Html.esc(shown) + "</span> <span class=\"dt\">"
                + Html.esc(shortIri(dt)) + "</span>";
    }

    private String link(Node n, String cssClass) {
        return linkText(n, null, cssClass);
    }

    /** A link to the node's page here, or to the node itself when it is outside this graph; terms stay text. */
    private String linkText(Node n, String text, String cssClass) {
        String iri = n.getURI();
        Labels.Label l = labels.pick(n, lang).orElse(null);
        String shown = text != null ? text : (l != null ? l.text() : name(n));
        String langAttr = text == null && l != null ? langAttr(l.lang()) : "";
        String cls = cssClass == null ? "" : " class=\"" + cssClass + "\"";
        var local = paths.pathOf(iri);
        if (local.isPresent()) {
            return "<a" + cls + " href=\"" + Html.esc(local.get()) + "\"" + langAttr + " title=\"" + Html.esc(iri) + "\">"
                    + Html.esc(shown) + "</a>";
        }
        if (isTerm(iri) || !ExternalLink.isWeb(iri)) {
            return "<span" + cls + " title=\"" + Html.esc(iri) + "\"" + langAttr + ">" + Html.esc(shown) + "</span>";
        }
        return "<a class=\"external\" rel=\"external noopener\" href=\"" + Html.esc(ExternalLink.of(iri).href()) + "\""
                + langAttr + ">" + Html.esc(text != null ? text : (l != null ? l.text() : ExternalLink.of(iri).name()))
                + "</a>";
    }

    private static boolean isTerm(String iri) {
        return VOCABULARIES.stream().anyMatch(iri::startsWith);
    }

    /** The name of a node: its label in the chosen language, else a prefixed name, else its local id. */
    private String name(Node n) {
        if (n == null) {
            return "";
        }
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        return labels.pick(n, lang).map(Labels.Label::text)
                .orElseGet(() -> UiText.term(n.getURI(), lang).orElseGet(() -> localName(n)));
    }

    private String localName(Node n) {
        String iri = n.getURI();
        if (iri.startsWith(paths.idBase())) {
            return iri.substring(paths.idBase().length());
        }
        return shortIri(iri);
    }

    private static String shortIri(String iri) {
        for (Map.Entry<String, String> e : Namespaces.PREFIXES.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    private static String langAttr(String l) {
        return l == null || l.isEmpty() ? "" : " lang=\"" + Html.esc(l) + "\"";
    }

    /** A link that opens the query page with a query in the editor (YASGUI reads it from the fragment). */
    static String editorLink(String query) {
        return "/#query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Node> sorted(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
