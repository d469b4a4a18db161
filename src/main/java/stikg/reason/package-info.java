/** Applies the rule files of the ontology to the asserted graphs and returns what follows, kept apart as the inferred graph; graphs in, graph out. */
package stikg.reason;
