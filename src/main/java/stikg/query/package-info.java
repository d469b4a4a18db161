/** The library of named researcher questions: reads {@code queries/*.rq} with their headers and runs them with parameters bound as RDF terms, never spliced into text. */
package stikg.query;
