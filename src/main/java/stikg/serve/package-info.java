/** The SPARQL service: an embedded Fuseki over the store with read endpoints, guarded writes, limits, VoID and the web page; the only package that knows Fuseki and Jetty. */
package stikg.serve;
