package stikg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.query.NamedQuery;
import stikg.query.QueryLibrary;
import stikg.query.QueryRunner;

/** {@code stikg query NAME|FILE}: one question against the store, without a server. */
@Command(name = "query", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = "Runs a named query of the library (or any SPARQL query file) against the store, without a "
                + "server. A parameter's value replaces the default in the query's 'VALUES ?NAME { ... }' block as an "
                + "RDF term, never spliced into the query text.",
        footer = {"", "Examples:",
            "  ./stikg query programmes-by-agency",
            "  ./stikg query entity-card -p entity=k-program -p lang=ko",
            "  ./stikg query text-search -p words=양자 --format csv",
            "  ./stikg query queries/plan-timeline.rq -p lang=ja"})
final class QueryCommand implements Callable<Integer> {

    /** Output formats of SELECT results. */
    enum Format { table, csv, tsv, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE",
            description = "A query of queries/ by name, or a SPARQL query file (its '#+' header is optional).")
    String nameOrFile;

    // a list, split here at the first '=': picocli's map options re-read quotes, and a text search may hold one
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value: an RDF term (<iri>, sti:Plan, \"text\"@en, 7) or plain text; an entity "
                    + "may be given by its id (k-program), its IRI or <IRI>.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--queries", defaultValue = "queries", description = "Query library folder (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() {
        java.util.Optional<Integer> forwarded = common.forwardIfServed(spec);
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        NamedQuery query = query();
        Map<String, String> given = given();
        PrintWriter out = spec.commandLine().getOut();
        common.withDataset(dsg -> {
            Txn.executeRead(dsg, () -> {
                try (QueryExec exec = QueryRunner.prepare(dsg, query, given)) {
                    if (exec.getQuery().isSelectType()) {
                        out.print(render(ResultSet.adapt(exec.select()), format));
                    } else if (exec.getQuery().isAskType()) {
                        out.println(exec.ask());
                    } else {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        RDFDataMgr.write(bytes, exec.construct(), RDFFormat.TURTLE_PRETTY);
                        out.print(bytes.toString(StandardCharsets.UTF_8));
                    }
                } catch (TextIndexParseException e) {
                    throw new InvalidInputException(new Problem(Location.wholeFile(query.name()),
                            "the text search cannot read the words " + given.values() + ": a quote or bracket "
                                    + "is not closed, or an operator (AND, OR, NOT) has nothing beside it"));
                } catch (QueryDeniedException e) {
                    throw new InvalidInputException(new Problem(Location.wholeFile(query.name()),
                            "the query calls a remote SERVICE, which 'stikg query' does not do; run it on a server "
                                    + "that allows the endpoint's host (stikg serve --allow-service HOST)"));
                }
            });
            return null;
        });
        out.flush();
        return 0;
    }

    /** A path (it has a folder or a query file's extension, or names a file) is read as a file; else a library name. */
    private NamedQuery query() {
        Path asFile = common.resolve(Path.of(nameOrFile));
        boolean looksLikeFile = nameOrFile.contains("/") || nameOrFile.contains("\\") || nameOrFile.endsWith(".rq")
                || nameOrFile.endsWith(".sparql");
        if (Files.isRegularFile(asFile)) {
            return QueryLibrary.readFile(asFile);
        }
        if (looksLikeFile) {
            throw new InvalidInputException(new Problem(Location.wholeFile(nameOrFile), "no such file"));
        }
        return QueryLibrary.read(common.resolve(common.project).resolve(queries)).require(nameOrFile);
    }

    private Map<String, String> given() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(new Problem(Location.wholeFile(nameOrFile),
                        "a parameter is written NAME=VALUE; got '" + p + "'"));
            }
            out.put(p.substring(0, eq).trim(), p.substring(eq + 1));
        }
        return out;
    }

    static String render(ResultSet rs, Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
            case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
            default -> ResultSetFormatter.out(bytes, ResultSetFactory.copyResults(rs));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
