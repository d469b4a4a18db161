package stikg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import stikg.diag.UnavailableException;
import stikg.serve.StikgServer;
import stikg.store.LiveStore;
import stikg.store.ServerRecord;

/**
 * Commands that coexist with a running server: while {@code stikg serve} holds a store, {@code query},
 * {@code export}, {@code explain} and {@code build} on it are sent (with the caller's working folder) to the
 * server's control endpoint, which runs them inside the server on its live database; a build there makes the new
 * database beside the live one and the server switches to it without a restart.
 */
final class ServedCommands {

    /** The commands a server runs for another process. */
    static final Set<String> ALLOWED = Set.of("query", "export", "explain", "build");

    private ServedCommands() {
    }

    /** Sends the command line being run to the server and prints what it printed; returns its exit code. */
    static int forward(ServerRecord server, CommandSpec spec) {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        JsonObject body = new JsonObject();
        JsonArray a = new JsonArray();
        args.forEach(a::add);
        body.put("args", a);
        body.put("cwd", Path.of("").toAbsolutePath().toString());
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + StikgServer.CONTROL_PATH))
                .header("Stikg-Token", server.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toString(body))).build();
        HttpResponse<String> resp;
        try {
            resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnavailableException("the server at " + server.url() + " (pid " + server.pid()
                    + ") holds the store but did not answer (" + e.getMessage() + "): stop it, or try again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for the server at " + server.url(), e);
        }
        if (resp.statusCode() != 200) {
            throw new UnavailableException("the server at " + server.url() + " refused to run the command (HTTP "
                    + resp.statusCode() + "): is it an older stikg? stop it and run the command again");
        }
        JsonObject reply = JSON.parse(resp.body());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(reply.get("out").getAsString().value());
        out.flush();
        err.print(reply.get("err").getAsString().value());
        err.flush();
        return reply.get("exit").getAsNumber().value().intValue();
    }

    /** The server side: runs an allowed command line on {@code live}, reading relative paths from the caller's folder. */
    static StikgServer.CommandHandler handler(LiveStore live) {
        return (args, workingDir) -> {
            if (args.isEmpty() || !ALLOWED.contains(args.get(0))) {
                return new StikgServer.CommandReply(Main.USAGE_ERROR, "",
                        "stikg: a server runs only " + ALLOWED + " for another process\n");
            }
            List<String> withDir = new ArrayList<>(args);
            withDir.add("--working-dir=" + workingDir);
            CommandLine cl = Main.commandLine(new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> cls) throws Exception {
                    return cls == CommonOptions.class ? cls.cast(new CommonOptions(live))
                            : CommandLine.defaultFactory().create(cls);
                }
            });
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(withDir.toArray(String[]::new));
            return new StikgServer.CommandReply(code, out.toString(), err.toString());
        };
    }
}
