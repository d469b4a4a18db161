/** Reads the curated YAML source and lexicon files into immutable records, checking their structure with file:line; knows nothing of RDF. */
package stikg.source;
