package stikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import stikg.link.LinkImport;
import stikg.pipeline.BuildConfig;

/** {@code stikg link import FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Streams an external RDF dump (N-Triples, Turtle or N-Quads, optionally gzipped) and keeps the "
                + "triples whose subject or object is an entity the graph links to (owl:sameAs / skos:exactMatch "
                + "targets) or starts with a --filter prefix, in the named graph "
                + "https://w3id.org/stikg/graph/linked/<source> of the store. Memory stays bounded whatever the "
                + "dump's size. The filtered extract is kept in the store folder (linked/), so later builds load it "
                + "again; delete it there to drop the import at the next build.",
            "The store must have been built, and no other process (a running 'stikg serve') may hold it."})
final class LinkImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The dump: .nt, .ttl or .nq, optionally .gz.")
    Path file;

    @Option(names = "--filter", paramLabel = "IRI-PREFIX",
            description = "Keep also the triples whose subject or object starts with this prefix (repeatable), "
                    + "e.g. http://www.wikidata.org/entity/.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME",
            description = "The source's name (a-z, 0-9, -), naming the graph; default: the file name without extensions.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "nt, ttl or nq; default: from the file name.")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BuildConfig config = common.buildConfig();
        LinkImport importer = new LinkImport(config.graphs(), config.iris().base(), config.linksDir(), Clock.systemUTC());
        LinkImport.Request request = new LinkImport.Request(file.toAbsolutePath(), filters, Optional.ofNullable(source),
                Optional.ofNullable(format).map(LinkImport::format));
        LinkImport.Report r = importer.run(common.storeLocation(), request, read -> {
            if (read % 10_000_000 == 0) {
                out.println("  " + read / 1_000_000 + " million statements read");
                out.flush();
            }
        });
        out.printf("Kept %,d of %,d statements (about %d of the %d entities the graph links to) in %s: %,d triples, "
                + "%.1f s.%n", r.kept(), r.read(), r.found(), r.linked(), r.graph(), r.graphSize(),
                r.took().toMillis() / 1000.0);
        out.flush();
        return 0;
    }
}
