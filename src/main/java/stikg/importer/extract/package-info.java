/**
 * Extractors: each reads one kind of fact from one segmented passage, with a read-only context (the names the
 * draft can recognise and the classes they have), and returns immutable candidate facts, each carrying the rule
 * that produced it and the span of the passage that is its evidence. Extractors write into nothing and know
 * nothing of each other; one merge step of the readers' layer resolves their candidates into the draft.
 * Each extractor owns a small settings record whose fields are {@link stikg.importer.extract.Setting}s with
 * documented defaults (read from the layout file when it gives them).
 *
 * <p>So far the prose readers of organisation nesting and of a programme's status are extractors; the other
 * readers of the readers' layer still write into the draft's entity book and are to follow.
 */
package stikg.importer.extract;
