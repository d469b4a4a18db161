package stikg.vocab;

import java.util.Map;
import java.util.Optional;

/** Namespace IRIs and the prefixes used in source files, queries and output. */
public final class Namespaces {

    public static final String STI = "https://w3id.org/stikg/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/stikg/ontology";
    public static final String DEFAULT_ID_BASE = "https://w3id.org/stikg/id/";
    public static final String DEFAULT_GRAPH_BASE = "https://w3id.org/stikg/graph/";

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String TIME = "http://www.w3.org/2006/time#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String FRAPO = "http://purl.org/cerif/frapo/";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String TEXT = "http://jena.apache.org/text#";

    /** Prefix to namespace, in the order they are written out. */
    public static final Map<String, String> PREFIXES = orderedPrefixes();

    private Namespaces() {
    }

    private static Map<String, String> orderedPrefixes() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("sti", STI);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("xsd", XSD);
        m.put("owl", OWL);
        m.put("skos", SKOS);
        m.put("org", ORG);
        m.put("prov", PROV);
        m.put("dct", DCT);
        m.put("time", TIME);
        m.put("schema", SCHEMA);
        m.put("foaf", FOAF);
        m.put("frapo", FRAPO);
        m.put("eli", ELI);
        m.put("dcat", DCAT);
        m.put("void", VOID);
        m.put("sd", SD);
        m.put("wd", WD);
        m.put("text", TEXT);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Expands {@code prefix:local} with a known prefix, or a bare name into the stikg namespace. */
    public static Optional<String> expand(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return Optional.of(STI + name);
        }
        String ns = PREFIXES.get(name.substring(0, colon));
        return ns == null ? Optional.empty() : Optional.of(ns + name.substring(colon + 1));
    }
}
