package stikg.importer.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import stikg.diag.InvalidInputException;
import stikg.diag.StikgException;
import stikg.source.SourceFile;
import stikg.source.SourceReader;

/**
 * An output that writes a draft into a folder all or nothing: both files are written to a temporary folder
 * inside the target, read back with {@link SourceReader} to prove they are well-formed, and only then moved
 * into place ({@code sources/<id>.yaml} and {@code lexicon-proposals.yaml}).
 */
public final class DraftOutput {

    /** The name of the proposals file in the output folder. */
    public static final String PROPOSALS = "lexicon-proposals.yaml";

    private final DraftWriter writer = new DraftWriter();

    /** The two files written. */
    public record Written(Path sourceFile, Path proposalsFile) {
    }

    public Written write(Draft draft, Path outDir, String briefName) {
        String source = writer.source(draft, briefName);
        String proposals = writer.proposals(draft, briefName);
        Path tmp = null;
        try {
            Files.createDirectories(outDir);
            tmp = Files.createTempDirectory(outDir, ".import-");
            Path tmpSource = tmp.resolve(draft.document().id() + ".yaml");
            Path tmpProposals = tmp.resolve(PROPOSALS);
            Files.writeString(tmpSource, source, StandardCharsets.UTF_8);
            Files.writeString(tmpProposals, proposals, StandardCharsets.UTF_8);
            SourceReader check = new SourceReader(tmp);
            try {
                check.read(tmpSource, SourceFile.Kind.SOURCE);
                check.read(tmpProposals, SourceFile.Kind.LEXICON);
            } catch (InvalidInputException e) {
                throw new StikgException("the importer wrote a draft its own reader rejects (a bug): " + e.getMessage(), e);
            }
            Path sources = outDir.resolve("sources");
            Files.createDirectories(sources);
            Path finalSource = sources.resolve(draft.document().id() + ".yaml");
            Path finalProposals = outDir.resolve(PROPOSALS);
            move(tmpSource, finalSource);
            move(tmpProposals, finalProposals);
            return new Written(finalSource, finalProposals);
        } catch (IOException e) {
            throw new StikgException("cannot write the draft to " + outDir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the draft itself is complete or absent
        }
    }
}
