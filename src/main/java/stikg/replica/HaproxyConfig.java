package stikg.replica;

import java.util.List;

/**
 * The HAProxy configuration of a stikg cluster (the shipped {@code deploy/haproxy.cfg} is this for the example
 * ports). Reads go round-robin to the replicas that report ready, with the writer as backup when none does; writes
 * go to the writer; the patch log is not reachable through the balancer. A read carrying
 * {@code Stikg-Min-Version} goes first to the replicas (through an inner listener that tries them in turn) and, if
 * none has reached that version, to the writer, which always has.
 *
 * @param bind the public address, {@code host:port}
 * @param writer the writer, {@code host:port}
 * @param replicas the replicas, {@code host:port} each
 * @param innerBind the inner listener for reads that name a version, {@code host:port} (loopback)
 */
public record HaproxyConfig(String bind, String writer, List<String> replicas, String innerBind) {

    public HaproxyConfig {
        replicas = List.copyOf(replicas);
    }

    public String render() {
        StringBuilder replicaServers = new StringBuilder();
        for (int i = 0; i < replicas.size(); i++) {
            replicaServers.append("    server replica").append(i + 1).append(' ').append(replicas.get(i))
                    .append(" check\n");
        }
        return """
                # stikg behind HAProxy: read replicas, writes to the writer (README, "Beyond one machine").
                # Run in the foreground: haproxy -db -f deploy/haproxy.cfg
                global
                    maxconn 4096
                    log stdout format raw local0 info

                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout queue 10s
                    # a read that fails before an answer starts (refused connection, a server killed under it)
                    # is tried again, on another server each time; a 503 is retried only for reads that name a
                    # version (a query that ran out of time answers 503 too, and is not worth running again)
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response
                    # health checks every half second; a server is out after two failed ones (a refused connection
                    # fails at once) and back after two good ones; a slow answer on a busy machine is not a failure
                    default-server inter 500ms fall 2 rise 2
                    timeout check 3s

                frontend stikg
                    bind %1$s
                    # the patch log is for replicas only, which ask the writer directly with their login (it
                    # refuses anyone else too); matched on the decoded path, so no other spelling of it slips through
                    http-request deny deny_status 404 if { path,url_dec -m reg -i ^/[/.]*stikg/[/.]*patches }
                    # updates and the graph store (replicas have neither) go to the writer
                    use_backend writer if { path_beg /stikg/update /stikg/data }
                    use_backend reads_at_version if { req.hdr(Stikg-Min-Version) -m found }
                    default_backend reads

                backend reads
                    balance roundrobin
                    http-response set-header Stikg-Served-By %%s
                    option httpchk GET /stikg/ready
                    http-check expect status 200
                %2$s    server writer %3$s check backup

                backend writer
                    # a write is never sent twice: only a connection that was never made is tried again
                    retry-on conn-failure
                    http-response set-header Stikg-Served-By %%s
                    server writer %3$s check

                backend reads_at_version
                    # first the replicas (the inner listener tries each), then the writer, which has every version
                    balance first
                    retry-on conn-failure empty-response 503
                    http-response set-header Stikg-Served-By %%s unless { res.hdr(Stikg-Served-By) -m found }
                    server replicas %4$s maxconn 1000
                    server writer %3$s maxconn 1000

                listen replicas_at_version
                    bind %4$s
                    balance roundrobin
                    http-response set-header Stikg-Served-By %%s
                    option httpchk GET /stikg/ready
                    http-check expect status 200
                    retry-on conn-failure empty-response 503
                    retries %5$d
                %2$s""".formatted(bind, replicaServers, writer, innerBind, Math.max(1, replicas.size()));
    }

    /** The example of {@code deploy/haproxy.cfg}: balancer on 8080, writer on 3030, replicas on 3031 and 3032. */
    public static HaproxyConfig example() {
        return new HaproxyConfig("127.0.0.1:8080", "127.0.0.1:3030", List.of("127.0.0.1:3031", "127.0.0.1:3032"),
                "127.0.0.1:8081");
    }
}
