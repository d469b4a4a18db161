/**
 * The draft being built and written: the book of entities and their facts as the readers find them, turned into
 * an immutable {@code Draft} and written out in the source format with the proposed lexicon entries.
 */
package stikg.importer.draft;
