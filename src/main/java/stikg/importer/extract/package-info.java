/**
 * Extractors: each reads one kind of fact from one segmented passage, with a read-only context (the names the
 * draft can recognise and the classes they have), and returns immutable candidate facts, each carrying the rule
 * that produced it and the span of the passage that is its evidence. Extractors write into nothing and know
 * nothing of each other; one merge step of the readers' layer resolves their candidates into the draft.
 * Each extractor owns a small settings record whose fields are {@link stikg.importer.extract.Setting}s with
 * documented defaults (read from the layout file when it gives them).
 *
 * <p>Extractors run in phases ({@link stikg.importer.extract.Extractor.Phase}): what a later phase needs from an
 * earlier one reaches it through the context, never from another extractor. So far the readers of organisation
 * nesting, a programme's status, examples in brackets, the country of a thing, who leads, owns, runs or funds a
 * thing, the brief's author and disclaimer, the kinds a thing is sorted into, concept lists, numbered lists in
 * prose, the fields an edition of a plan focused on and a country's ranks are extractors. An extractor that names
 * things the draft may not hold proposes them ({@link stikg.importer.extract.CandidateEntity}); the merge resolves
 * them. The phases merged passage by passage (lists, prose, editions, facts) stand where the readers not yet on the
 * contract read, since those read what they define; those other readers of the readers' layer still write into the
 * draft's entity book.
 */
package stikg.importer.extract;
