package stikg.serve.web;

import stikg.vocab.Namespaces;

/** How an IRI outside this graph is shown and linked: Wikidata items by Q-number, ROR ids by ROR. */
record ExternalLink(String name, String href) {

    /** Only web addresses become links: a {@code javascript:} or {@code data:} IRI written into the graph stays text. */
    static boolean isWeb(String iri) {
        String i = iri.toLowerCase(java.util.Locale.ROOT);
        return i.startsWith("http://") || i.startsWith("https://");
    }

    static ExternalLink of(String iri) {
        if (iri.startsWith(Namespaces.WD) || iri.startsWith("https://www.wikidata.org/entity/")) {
            String q = iri.substring(iri.lastIndexOf('/') + 1);
            return new ExternalLink("Wikidata " + q, "https://www.wikidata.org/wiki/" + q);
        }
        if (iri.startsWith("https://ror.org/")) {
            return new ExternalLink("ROR " + iri.substring("https://ror.org/".length()), iri);
        }
        return new ExternalLink(iri, iri);
    }
}
