/**
 * Turns the text of a policy brief into a draft source file in the format of {@code data/README.md}: segments
 * the layout (sections, bullets, tables split by page breaks, footnotes), recognises lexicon entities, reads
 * numbers and dates, and proposes facts and new lexicon entries for a curator to check. The layout of a kind
 * of brief is configuration ({@code grammar-ko.yaml}, {@code layout-ko.yaml}, {@code fitted-ko.yaml}), not code. Writes the source format and never touches
 * RDF: it imports {@code stikg.source} and {@code stikg.diag} only, never Jena.
 *
 * <p>This package holds the entry points ({@code BriefImporter}, {@code ImportReport}); the work is done in
 * sub-packages along the data's journey, each using only those before it:
 * {@link stikg.importer.config config} (the layout) ← {@link stikg.importer.text text} (segmenting the brief) ←
 * {@link stikg.importer.names names} (recognising names) ← {@link stikg.importer.draft draft} (the entities
 * being built, and writing them) ← {@link stikg.importer.read read} (the readers of entities and facts) ← this
 * package. {@code ImporterLayersTest} checks the order.
 */
package stikg.importer;
