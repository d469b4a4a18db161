/** Runs one build: sources to graphs, SHACL gate, inference, then an atomic store replacement; returns what it did. */
package stikg.pipeline;
