package stikg.importer.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.source.EntityRecord;
import stikg.source.Fact;
import stikg.source.SourceFile;
import stikg.source.SourceReader;
import stikg.source.Value;

/**
 * A loader that reads the lexicon folder with {@link SourceReader} and keeps, for each entity it defines, what
 * recognition needs: id, classes, labels, aliases and acronyms.
 */
public final class LexiconLoader {

    private final SourceReader reader;

    public LexiconLoader(SourceReader reader) {
        this.reader = reader;
    }

    /** Reads every {@code *.yaml} of the folder; a missing folder is an empty lexicon. */
    public Lexicon load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Lexicon.empty();
        }
        List<LexiconEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                try {
                    entries.addAll(entries(reader.read(f, SourceFile.Kind.LEXICON)));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(dir.toString()), "cannot list the lexicon: "
                    + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Lexicon(entries);
    }

    /** The entities a file defines, as entries. */
    public static List<LexiconEntry> entries(SourceFile file) {
        List<LexiconEntry> out = new ArrayList<>();
        for (EntityRecord e : file.entities()) {
            if (!e.defines()) {
                continue;
            }
            Map<String, List<String>> labels = new LinkedHashMap<>();
            Map<String, List<String>> alt = new LinkedHashMap<>();
            List<String> acronyms = new ArrayList<>();
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Fact f : e.facts()) {
                switch (f.property()) {
                    case "label" -> texts(f.value(), labels);
                    case "altLabel" -> texts(f.value(), alt);
                    case "acronym" -> {
                        if (f.value() instanceof Value.Scalar s) {
                            acronyms.add(s.text().strip());
                        }
                    }
                    default -> {
                        if (f.value() instanceof Value.Scalar s) {
                            values.computeIfAbsent(f.property(), k -> new ArrayList<>()).add(s.text().strip());
                        }
                    }
                }
            }
            out.add(new LexiconEntry(e.id(), e.types(), labels, alt, acronyms, values, file.path()));
        }
        return out;
    }

    private static void texts(Value v, Map<String, List<String>> into) {
        if (v instanceof Value.LangText t) {
            t.byLanguage().forEach((lang, list) -> into.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(list));
        }
    }
}
