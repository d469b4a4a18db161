/**
 * Reasoning: applies the rule files of the ontology ({@code ontology/rules/*.rules}) to the asserted graphs and
 * returns what follows, kept apart as the inferred graph ({@link stikg.reason.Materializer}); explains why a
 * triple holds, down to asserted facts and the document passages they come from ({@link stikg.reason.Explainer},
 * {@link stikg.reason.ExplanationPrinter}). Graphs in, graphs out: no store is touched except by
 * {@link stikg.reason.Materializer#refresh}.
 */
package stikg.reason;
