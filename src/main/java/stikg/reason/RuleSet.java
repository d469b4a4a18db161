package stikg.reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.reasoner.rulesys.Rule;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;

/** The inference rules of the ontology, read from {@code *.rules} files in Jena's rule syntax. */
public record RuleSet(List<Rule> rules, List<Path> files) {

    public RuleSet {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
    }

    /** Reads every {@code *.rules} file of a folder, in name order; a syntax error names the file. */
    public static RuleSet read(Path folder) {
        List<Rule> rules = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new RuleSet(rules, files);
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                try {
                    rules.addAll(Rule.parseRules(Rule.rulesParserFromReader(
                            new java.io.BufferedReader(new java.io.StringReader(text)))));
                } catch (Rule.ParserException e) {
                    throw new InvalidInputException(new Problem(Location.wholeFile(f.toString()),
                            "rule syntax: " + e.getMessage()));
                }
                files.add(f);
            }
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(folder.toString()),
                    "cannot read rules: " + e.getMessage()));
        }
        return new RuleSet(rules, files);
    }

    /** A rule by its name, as written in brackets ({@code [name: ...]}). */
    public java.util.Optional<Rule> named(String name) {
        return rules.stream().filter(r -> name.equals(r.getName())).findFirst();
    }
}
