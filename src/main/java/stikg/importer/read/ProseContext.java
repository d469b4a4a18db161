package stikg.importer.read;

import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.EntityBook;

/**
 * What every reader of prose facts works with: the layout's extraction rules, the book of entities, the grammar
 * of names in a clause, and the candidate facts it writes to.
 */
record ProseContext(LayoutConfig.Extraction ex, EntityBook book, ProseGrammar grammar, CandidateFacts facts) {
}
