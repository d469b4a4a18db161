package stikg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSet;
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
import stikg.query.NamedQuery;
import stikg.query.QueryLibrary;
import stikg.query.QueryRunner;

/** {@code stikg query NAME|FILE}: one question against the store, without a server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a named query of the library (or a .rq file) against the store, without a server. "
                + "Parameters are bound as RDF terms, never spliced into the query text.")
final class QueryCommand implements Callable<Integer> {

    /** Output formats of SELECT results. */
    enum Format { table, csv, tsv, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "A query of queries/ by name, or a .rq file.")
    String nameOrFile;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value: an RDF term (<iri>, sti:Plan, \"text\"@en, 7) or plain text.")
    Map<String, String> params = new LinkedHashMap<>();

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
        Path asFile = common.resolve(Path.of(nameOrFile));
        NamedQuery query = nameOrFile.endsWith(".rq") && Files.isRegularFile(asFile) ? QueryLibrary.readFile(asFile)
                : QueryLibrary.read(common.resolve(common.project).resolve(queries)).require(nameOrFile);
        PrintWriter out = spec.commandLine().getOut();
        common.withDataset(dsg -> {
            Txn.executeRead(dsg, () -> {
                try (QueryExec exec = QueryRunner.prepare(dsg, query, params)) {
                    if (exec.getQuery().isSelectType()) {
                        out.print(render(ResultSet.adapt(exec.select()), format));
                    } else if (exec.getQuery().isAskType()) {
                        out.println(exec.ask());
                    } else {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        RDFDataMgr.write(bytes, exec.construct(), RDFFormat.TURTLE_PRETTY);
                        out.print(bytes.toString(StandardCharsets.UTF_8));
                    }
                }
            });
            return null;
        });
        out.flush();
        return 0;
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
