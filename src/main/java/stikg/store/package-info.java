/** The TDB2 store and its jena-text index: opening, counting, and replacing the whole graph atomically; the only package that knows TDB2 and Lucene. */
package stikg.store;
