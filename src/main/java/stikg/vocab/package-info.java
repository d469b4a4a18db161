/** The IRIs of the stikg ontology, its graphs and the vocabularies it reuses, as constants and nodes; no logic. */
package stikg.vocab;
