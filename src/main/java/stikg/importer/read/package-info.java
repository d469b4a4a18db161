/**
 * The readers that find entities and facts in a segmented brief, one per kind of statement, table or prose fact,
 * and the {@code DraftAssembler} that runs them in order over the segmentation to fill the book of entities.
 */
package stikg.importer.read;
