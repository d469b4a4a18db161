/** Turns source records into RDF, as the ontology reads them: mints stable IRIs, one named graph per document, PROV-O statement provenance; in memory, no store. */
package stikg.graph;
