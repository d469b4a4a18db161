/**
 * Names in a text: the lexicon loaded from source files, the entities it knows found wherever a line names them,
 * and names it does not know yet, put forward by their form (quoted, glossed, with an acronym or a class ending).
 */
package stikg.importer.names;
