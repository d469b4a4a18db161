/**
 * Turns the text of a policy brief into a draft source file in the format of {@code data/README.md}: segments
 * the layout (sections, bullets, tables split by page breaks, footnotes), recognises lexicon entities, reads
 * numbers and dates, and proposes facts and new lexicon entries for a curator to check. The layout of a kind
 * of brief is configuration ({@code layout-ko.yaml}), not code. Writes the source format and never touches
 * RDF: it imports {@code stikg.source} and {@code stikg.diag} only, never Jena.
 */
package stikg.importer;
