package stikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import stikg.importer.BriefImporter;
import stikg.importer.ImportReport;
import stikg.importer.config.LayoutConfig;
import stikg.importer.config.LayoutConfigReader;
import stikg.importer.names.Lexicon;
import stikg.importer.names.LexiconLoader;
import stikg.source.SourceReader;

/** {@code stikg import BRIEF --out DIR [--id DOC-ID]}: drafts a source file from the text of a brief. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Drafts a source file from the text of a policy brief: sections, tables, entities recognised "
                + "through the lexicon, normalised numbers and dates, and candidate facts for review. Writes "
                + "DIR/sources/<id>.yaml and DIR/lexicon-proposals.yaml, or nothing on error.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The brief as UTF-8 text.")
    Path brief;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the draft into.")
    Path out;

    @Option(names = "--id", paramLabel = "DOC-ID", description = "The document's id (default: from the file name).")
    String id;

    @Option(names = "--layout", paramLabel = "FILE",
            description = "A layout file (default: the built-in layout of Korean briefs).")
    Path layoutFile;

    @Override
    public Integer call() {
        Path root = common.project.toAbsolutePath().normalize();
        LayoutConfigReader layouts = new LayoutConfigReader();
        LayoutConfig layout = layoutFile == null ? layouts.builtIn() : layouts.read(layoutFile);
        Lexicon lexicon = new LexiconLoader(new SourceReader(root)).load(root.resolve(common.lexicon));
        ImportReport r = new BriefImporter(layout, lexicon).importBrief(brief, brief.toString(), out, id);
        PrintWriter o = spec.commandLine().getOut();
        ImportReport.Counts c = r.counts();
        o.println("Drafted " + r.documentId() + " from " + brief + " (" + c.lines() + " lines):");
        o.println("  " + r.sourceFile());
        o.println("  " + r.proposalsFile());
        o.printf("  %5d sections%n", c.sections());
        o.printf("  %5d tables, %d rows%n", c.tables(), c.tableRows());
        o.printf("  %5d entities defined%n", c.entitiesDefined());
        o.printf("  %5d lexicon entities mentioned (of %d in the lexicon)%n", c.lexiconEntitiesMentioned(),
                lexicon.entries().size());
        o.printf("  %5d candidate facts for review%n", c.candidateFacts());
        o.printf("  %5d proposed lexicon entries%n", c.proposals());
        if (!r.warnings().isEmpty()) {
            o.println(r.warnings().size() + " warning(s):");
            r.warnings().forEach(w -> o.println("  " + w));
        }
        o.println("Check it with: ./stikg validate --sources " + out.resolve("sources"));
        o.flush();
        return 0;
    }
}
