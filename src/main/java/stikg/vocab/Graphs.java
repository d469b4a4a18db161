package stikg.vocab;

/** The named graphs of a stikg store, minted under one configurable graph base IRI. */
public record Graphs(String base) {

    public Graphs {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("graph base IRI must end with / or #: " + base);
        }
    }

    public static Graphs standard() {
        return new Graphs(Namespaces.DEFAULT_GRAPH_BASE);
    }

    public String ontology() {
        return base + "ontology";
    }

    public String lexicon() {
        return base + "lexicon";
    }

    public String inferred() {
        return base + "inferred";
    }

    public String metadata() {
        return base + "metadata";
    }

    /** The facts one source document states. */
    public String source(String documentId) {
        return base + "source/" + documentId;
    }

    /** Where each fact of a document (or of the lexicon) comes from. */
    public String provenance(String documentId) {
        return base + "provenance/" + documentId;
    }

    /**
     * Whether a graph is <em>built</em>: made by a build from {@code ontology/}, {@code data/} and the extracts
     * {@code stikg link import} keeps in the store folder (ontology, lexicon, source/*, provenance/*, linked/*,
     * inferred, and any graph added later under the graph base), so that a rebuild makes it again and the service
     * keeps it read-only. Every other graph is a <em>user</em> graph: written through the service, carried into
     * each new database by a rebuild. The one definition the builder, the server and the exporter use.
     */
    public boolean isBuilt(String graphIri) {
        return graphIri.startsWith(base);
    }

    /**
     * The servers' own records, not facts: where a writer records the last patch of its log that the store holds
     * and a replica the patch its user graphs reached, each written in the transaction of the change it describes.
     * Built (read-only through the service, never exported with the user graphs, never shipped to replicas), left
     * out of reasoning and shapes, and carried as it is into each new database by a rebuild, so that the record
     * always describes the database it is in.
     */
    public String replication() {
        return base + "replication";
    }

    /** Data kept from an external dataset or list. */
    public String linked(String datasetId) {
        return base + "linked/" + datasetId;
    }
}
