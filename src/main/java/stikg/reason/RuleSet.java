package stikg.reason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.reasoner.rulesys.BuiltinRegistry;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Rule;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;

/**
 * The inference rules of the ontology, read from the {@code *.rules} files of a folder in Jena's rule syntax.
 * Every rule has a name, unique over all files, so that an explanation can say which rule concluded what.
 *
 * @param rules the rules, file by file in name order, each file's in written order
 * @param files the files read
 * @param origins where each rule is written, by rule name
 */
public record RuleSet(List<Rule> rules, List<Path> files, Map<String, Location> origins) {

    /**
     * Namespace of the rules' working memory: what rules conclude in it (such as a join key made with
     * {@code makeSkolem}) serves later rules and never reaches the inferred graph.
     */
    public static final String WORKING_NAMESPACE = "https://w3id.org/stikg/rules/work#";

    private static final Pattern RULE_NAME = Pattern.compile("^\\[\\s*([^\\s:()\\[\\]]+)\\s*:");

    public RuleSet {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        origins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(origins));
    }

    /** No rules at all. */
    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of(), Map.of());
    }

    /**
     * Reads every {@code *.rules} file of a folder, in name order. Reports every problem at once, each with its
     * file and line: a syntax error, a rule without a name, a name used twice, a call to a builtin Jena does not
     * know (such a rule would silently never fire).
     */
    public static RuleSet read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return empty();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".rules")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(folder.toString()),
                    "cannot read rules: " + e.getMessage()));
        }
        List<Rule> rules = new ArrayList<>();
        Map<String, Location> origins = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new Problem(Location.wholeFile(f.toString()), "cannot read rules: " + e.getMessage()));
                continue;
            }
            readFile(f.toString(), text, rules, origins, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RuleSet(rules, files, origins);
    }

    /** Parses the text of one rules file ({@code name} is how messages refer to it). */
    public static RuleSet parse(String name, String text) {
        List<Rule> rules = new ArrayList<>();
        Map<String, Location> origins = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        readFile(name, text, rules, origins, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RuleSet(rules, List.of(), origins);
    }

    private static void readFile(String file, String text, List<Rule> into, Map<String, Location> origins,
            List<Problem> problems) {
        List<Chunk> chunks = chunks(text);
        List<Rule> parsed;
        try {
            parsed = parseText(text);
        } catch (Rule.ParserException e) {
            problems.add(syntaxProblem(file, text, chunks, e));
            return;
        }
        Map<String, Integer> lineOfName = new LinkedHashMap<>();
        if (chunks.isEmpty() && parsed.stream().anyMatch(r -> r.getName() == null) && !text.contains("@include")) {
            problems.add(new Problem(Location.wholeFile(file),
                    "rules must be written in brackets with a name: [name: premises -> conclusions]"));
        }
        for (Chunk c : chunks) {
            Matcher m = RULE_NAME.matcher(c.text());
            if (m.find()) {
                lineOfName.putIfAbsent(m.group(1), c.line());
            } else {
                problems.add(new Problem(Location.of(file, c.line()),
                        "this rule has no name: write it as [name: premises -> conclusions] so that explanations can name it"));
            }
        }
        for (Rule r : parsed) {
            String name = r.getName();
            if (name == null) {
                // a bracketed rule without a name is reported above; a rule that comes with an @include of one of
                // Jena's own rule sets keeps the name Jena gave it, if any
                into.add(r);
                continue;
            }
            Location at = Location.of(file, lineOfName.getOrDefault(name, 0));
            Location earlier = origins.get(name);
            if (earlier != null) {
                problems.add(new Problem(at, "rule name '" + name + "' is already used at " + earlier));
                continue;
            }
            for (String unknown : unknownBuiltins(r)) {
                problems.add(new Problem(at, "rule '" + name + "' calls '" + unknown
                        + "', which is not a Jena builtin (https://jena.apache.org/documentation/inference/#RULEbuiltins)"));
            }
            origins.put(name, at);
            into.add(r);
        }
    }

    private static List<Rule> parseText(String text) {
        return Rule.parseRules(Rule.rulesParserFromReader(new BufferedReader(new StringReader(text))));
    }

    /** Locates a syntax error by parsing rule by rule: the first rule that fails alone is the one to fix. */
    private static Problem syntaxProblem(String file, String text, List<Chunk> chunks, Rule.ParserException e) {
        String directives = text.lines().filter(l -> l.trim().startsWith("@"))
                .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append).toString();
        for (Chunk c : chunks) {
            try {
                parseText(directives + c.text());
            } catch (Rule.ParserException inner) {
                return new Problem(Location.of(file, c.line()), "rule syntax: " + oneLine(inner.getMessage()));
            }
        }
        if (!chunks.isEmpty()) {
            Chunk last = chunks.get(chunks.size() - 1);
            if (!last.closed()) {
                return new Problem(Location.of(file, last.line()), "rule syntax: this rule's '[' is never closed");
            }
        }
        return new Problem(Location.wholeFile(file), "rule syntax: " + oneLine(e.getMessage()));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").trim();
    }

    private static List<String> unknownBuiltins(Rule r) {
        List<String> unknown = new ArrayList<>();
        for (ClauseEntry[] part : new ClauseEntry[][] {r.getBody(), r.getHead()}) {
            for (ClauseEntry c : part) {
                if (c instanceof Functor f && BuiltinRegistry.theRegistry.getImplementation(f.getName()) == null) {
                    unknown.add(f.getName());
                }
            }
        }
        return unknown;
    }

    /** A bracketed rule of a file: its text and the line it starts on. */
    private record Chunk(String text, int line, boolean closed) {
    }

    /**
     * The bracketed rules of a file, skipping comment lines (those that start with # or //, as Jena's reader
     * does) and brackets inside quoted strings.
     */
    private static List<Chunk> chunks(String text) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder current = null;
        int depth = 0;
        int startLine = 0;
        char quote = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (quote == 0 && (trimmed.startsWith("#") || trimmed.startsWith("//"))) {
                continue;
            }
            for (int k = 0; k < line.length(); k++) {
                char ch = line.charAt(k);
                if (quote != 0) {
                    if (ch == quote && line.charAt(k - 1) != '\\') {
                        quote = 0;
                    }
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '[') {
                    if (depth == 0) {
                        current = new StringBuilder();
                        startLine = i + 1;
                    }
                    depth++;
                } else if (ch == ']' && depth > 0) {
                    depth--;
                    if (depth == 0) {
                        current.append(ch);
                        out.add(new Chunk(current.toString(), startLine, true));
                        current = null;
                        continue;
                    }
                }
                if (current != null) {
                    current.append(ch);
                }
            }
            if (current != null) {
                current.append('\n');
            }
        }
        if (current != null) {
            out.add(new Chunk(current.toString(), startLine, false));
        }
        return out;
    }

    /** A rule by its name, as written in brackets ({@code [name: ...]}). */
    public Optional<Rule> named(String name) {
        return rules.stream().filter(r -> name.equals(r.getName())).findFirst();
    }

    /** The position of a rule in the set (its file's name order, then its place in the file), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < rules.size(); i++) {
            if (name != null && name.equals(rules.get(i).getName())) {
                return i;
            }
        }
        return -1;
    }
}
