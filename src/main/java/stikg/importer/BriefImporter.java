package stikg.importer;

import java.nio.file.Path;
import java.util.Locale;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.importer.config.LayoutConfig;
import stikg.importer.draft.Draft;
import stikg.importer.draft.DraftOutput;
import stikg.importer.names.Lexicon;
import stikg.importer.read.DraftAssembler;
import stikg.importer.text.BriefReader;
import stikg.importer.text.BriefText;
import stikg.importer.text.Segmentation;
import stikg.importer.text.Segmenter;

/**
 * The importer: reads a brief, segments its layout, drafts a source file with the lexicon's help, and writes
 * it with the proposed lexicon entries, all or nothing. The layout and the lexicon are given, so nothing in
 * here knows a language or a document.
 */
public final class BriefImporter {

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final LayoutConfig layout;
    private final Lexicon lexicon;

    public BriefImporter(LayoutConfig layout, Lexicon lexicon) {
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** Segments a brief. */
    public Segmentation segment(BriefText text) {
        return new Segmenter(layout).segment(text);
    }

    /** Drafts a brief in memory. */
    public Draft draft(BriefText text, String documentId) {
        checkId(documentId, text.file());
        return new DraftAssembler(layout, lexicon).assemble(segment(text), documentId);
    }

    /**
     * Reads, drafts and writes: {@code <out>/sources/<id>.yaml} and {@code <out>/lexicon-proposals.yaml}.
     *
     * @param documentId the document's id, or null to make one from the file name
     * @param display the brief's path as the user should see it
     */
    public ImportReport importBrief(Path brief, String display, Path outDir, String documentId) {
        BriefText text = new BriefReader().read(brief, display);
        String id = documentId != null ? documentId : idFromFileName(brief);
        Draft draft = draft(text, id);
        DraftOutput.Written w = new DraftOutput().write(draft, outDir, display);
        return new ImportReport(id, w.sourceFile(), w.proposalsFile(), ImportReport.Counts.of(draft), draft.warnings());
    }

    /** A document id made from a file name: lower case, letters and digits, '-' between. */
    public static String idFromFileName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "brief" : id;
    }

    private static void checkId(String id, String file) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(new Problem(Location.wholeFile(file), "'" + id
                    + "' is not a valid document id (lowercase letters, digits and '-')"));
        }
    }
}
