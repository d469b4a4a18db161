/**
 * Links to external datasets: the entities the graph links to ({@link stikg.link.LinkTargets}), importing the
 * triples about them from an external dump ({@link stikg.link.LinkImport}, streamed with RDF4J Rio), and the VoID
 * description of the linksets ({@link stikg.link.Linksets}).
 */
package stikg.link;
