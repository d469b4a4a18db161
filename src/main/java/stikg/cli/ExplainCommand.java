package stikg.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import stikg.graph.GraphBuilder;
import stikg.pipeline.BuildConfig;
import stikg.reason.Explainer;
import stikg.reason.Explanation;
import stikg.reason.ExplanationPrinter;
import stikg.reason.RuleSet;
import stikg.reason.TermFormat;
import stikg.reason.TripleText;
import stikg.store.StoreLocation;

/** {@code stikg explain "<s> <p> <o>"}: why a triple holds, down to asserted facts and their sources. */
@Command(name = "explain", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = "Explains why a triple holds: the rule that concluded it and its premises, down to asserted "
                + "facts and where the documents state them. Exits with 1 when the triple neither is asserted nor "
                + "follows from the rules.",
        footer = {"", "Examples:",
            "  ./stikg explain \"jst sti:engagedIn jp7-ta-13-quantum\"",
            "  ./stikg explain \"jst runs k-program\"",
            "  ./stikg explain \"<https://w3id.org/stikg/id/jst> sti:runs <https://w3id.org/stikg/id/k-program>\"",
            "  ./stikg explain \"jp7-tech-quantum-computing inCategory jp7-cat-emerging-foundational\""})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRIPLE",
            description = "The triple, quoted as one argument: each term an <IRI>, a prefixed name (sti:, skos:, rdf:, "
                    + "...), a bare id of an instance (under --base), or a literal (7, \"양자\"@ko); a bare "
                    + "predicate is a stikg property.")
    String triple;

    @Override
    public Integer call() {
        java.util.Optional<Integer> forwarded = common.forwardIfServed(spec);
        if (forwarded.isPresent()) {
            return forwarded.get();
        }
        BuildConfig config = common.buildConfig();
        Triple t = TripleText.parse(triple, config.iris().base());
        RuleSet rules = RuleSet.read(config.rulesDir());
        StoreLocation location = common.storeLocation();
        Set<String> imported = location.importedGraphs().keySet();
        Explanation explanation = common.withDataset(dsg -> Txn.calculateRead(dsg, () -> Explainer.ofStore(rules,
                dsg, config.graphs(), imported, config.iris().entity(GraphBuilder.LEXICON_ID).getURI()).explain(t)));
        PrintWriter out = spec.commandLine().getOut();
        new ExplanationPrinter(new TermFormat(config.iris().base()), config.graphs()).lines(explanation)
                .forEach(out::println);
        out.flush();
        return explanation.holds() ? 0 : Main.INPUT_ERROR;
    }
}
