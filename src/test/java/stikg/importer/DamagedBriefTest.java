package stikg.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import stikg.diag.InvalidInputException;
import stikg.importer.names.Lexicon;
import stikg.testing.Prerequisites;

/**
 * Briefs as they arrive from PDF extraction are often damaged: lines lost, moved or cut short. Whatever the
 * damage, an import either writes a draft that validates (SHACL included) or refuses with an error naming the
 * file; it never fails on its own. The damaged copies are made from the two briefs with a fixed seed, so a
 * failure can be replayed.
 */
class DamagedBriefTest {

    private static final int COPIES_PER_BRIEF = 6;

    @TempDir
    Path dir;

    @Test
    void givenDamagedCopiesOfTheSecondBrief_whenImported_thenEachDraftValidatesOrTheErrorNamesTheFile()
            throws IOException {
        importDamaged(Briefs.EXAMPLIA, Briefs.EXAMPLIA_LEXICON, 20261125L);
    }

    @Test
    void givenDamagedCopiesOfTheSeedBrief_whenImported_thenEachDraftValidatesOrTheErrorNamesTheFile()
            throws IOException {
        importDamaged(Prerequisites.seedBrief(), Path.of("data", "lexicon"), 7L);
    }

    private void importDamaged(Path brief, Path lexiconDir, long seed) throws IOException {
        List<String> lines = Files.readAllLines(brief);
        Lexicon lexicon = Briefs.lexicon(lexiconDir);
        Random random = new Random(seed);
        for (int copy = 0; copy < COPIES_PER_BRIEF; copy++) {
            String name = "damaged-" + seed + "-" + copy;
            Path f = dir.resolve(name + ".txt");
            Files.writeString(f, String.join("\n", damage(lines, random)));
            ImportReport r;
            try {
                r = new BriefImporter(Briefs.layout(), lexicon).importBrief(f, f.getFileName().toString(),
                        dir.resolve(name), name);
            } catch (InvalidInputException e) {
                assertTrue(e.problems().stream().allMatch(p -> p.toString().startsWith(name)),
                        "an error of " + name + " that does not name its file: " + e.problems());
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("importing " + name + " (seed " + seed + ", copy " + copy + ") failed", e);
            }
            try {
                Briefs.validate(r.sourceFile().getParent(), lexiconDir);
            } catch (InvalidInputException e) {
                fail("the draft of " + name + " (seed " + seed + ", copy " + copy + ") does not validate: "
                        + e.problems());
            }
        }
    }

    /** Lines dropped (5 to 50 in 100), a few swapped and a few cut short. */
    private static List<String> damage(List<String> lines, Random random) {
        double drop = List.of(0.05, 0.15, 0.3, 0.5).get(random.nextInt(4));
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (random.nextDouble() >= drop) {
                out.add(l);
            }
        }
        for (int i = random.nextInt(3); i > 0 && out.size() > 1; i--) {
            java.util.Collections.swap(out, random.nextInt(out.size()), random.nextInt(out.size()));
        }
        for (int i = random.nextInt(4); i > 0 && !out.isEmpty(); i--) {
            int at = random.nextInt(out.size());
            out.set(at, out.get(at).substring(0, random.nextInt(out.get(at).length() + 1)));
        }
        return out;
    }
}
