/**
 * Read replicas: the writer's log of committed user-graph changes (RDF Patch), the follower that keeps a replica's
 * store a prefix of the writer's history, readiness for the load balancer, and read-your-writes versions.
 */
package stikg.replica;
