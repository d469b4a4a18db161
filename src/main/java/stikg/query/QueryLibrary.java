package stikg.query;

import java.io.IOException;
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
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.query.QueryParseException;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;
import stikg.diag.Problems;

/**
 * The query library of a folder of {@code .rq} files. A file starts with header lines {@code #+ key: value}:
 * {@code title.en}, {@code title.ko}, {@code description.en}, {@code description.ko},
 * {@code param.NAME: DEFAULT | meaning} (one per parameter; NAME is the SPARQL variable), and
 * {@code inference: required} when the answer needs the inferred graph. The header is optional (a plain SPARQL
 * file is a query too); each parameter's default is also written in the query as {@code VALUES ?NAME { DEFAULT }},
 * so that the file runs as it is in any SPARQL client, and the two must agree.
 */
public record QueryLibrary(List<NamedQuery> queries) {

    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*([A-Za-z0-9_.-]+)\\s*:\\s*(.*)$");

    public QueryLibrary {
        queries = List.copyOf(queries);
    }

    /** Reads every {@code .rq} file of a folder, by name; every problem is reported with file and line. */
    public static QueryLibrary read(Path folder) {
        List<NamedQuery> out = new ArrayList<>();
        Problems problems = new Problems();
        if (!Files.isDirectory(folder)) {
            return new QueryLibrary(out);
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                parse(f, problems, true).ifPresent(out::add);
            }
        } catch (IOException e) {
            problems.add(Location.wholeFile(folder.toString()), "cannot list queries: " + e.getMessage());
        }
        problems.throwIfAny();
        return new QueryLibrary(out);
    }

    /** Reads one query file (a library entry, or a file given on the command line). */
    public static NamedQuery readFile(Path file) {
        Problems problems = new Problems();
        Optional<NamedQuery> q = parse(file, problems, false);
        problems.throwIfAny();
        return q.orElseThrow();
    }

    /**
     * Reads a query file. In the library ({@code strict}) a header default must equal the VALUES block; a single
     * file given on the command line may have had its VALUES line edited by hand, and the query text wins.
     */
    private static Optional<NamedQuery> parse(Path f, Problems problems, boolean strict) {
        String name = f.getFileName().toString().replaceAll("\\.rq$", "");
        String text;
        try {
            text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Location.wholeFile(f.toString()), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<Parameter> params = new ArrayList<>();
        boolean inference = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String value = m.group(2).trim();
            Location where = Location.of(f.toString(), i + 1);
            if (key.startsWith("title.")) {
                titles.put(key.substring(6), value);
            } else if (key.startsWith("description.")) {
                descriptions.put(key.substring(12), value);
            } else if (key.startsWith("param.")) {
                int bar = value.indexOf('|');
                String def = (bar < 0 ? value : value.substring(0, bar)).trim();
                String meaning = bar < 0 ? "" : value.substring(bar + 1).trim();
                if (def.isEmpty()) {
                    problems.add(where, "parameter '" + key.substring(6) + "' needs a default value");
                }
                params.add(new Parameter(key.substring(6), def, meaning));
            } else if (key.equals("inference")) {
                inference = value.equals("required");
            } else {
                problems.add(where, "unknown header key '" + key + "'");
            }
        }
        Query parsed;
        try {
            parsed = QueryFactory.create(text);
        } catch (QueryParseException e) {
            // the parser's first line says what it met; the rest lists every token it could have taken instead
            problems.add(new Location(f.toString(), e.getLine(), e.getColumn()),
                    "SPARQL: " + e.getMessage().lines().findFirst().orElse("").strip());
            return Optional.empty();
        }
        // the query text holds each parameter's default in a VALUES block, so that it runs as written anywhere
        Map<String, Node> inText = ValuesBlocks.defaults(parsed);
        for (Parameter p : params) {
            Node declared = Bindings.term(p.defaultValue());
            Node written = inText.get(p.name());
            if (written == null) {
                problems.add(Location.wholeFile(f.toString()), "parameter '" + p.name()
                        + "' has no 'VALUES ?" + p.name() + " { " + p.defaultValue() + " }' block in the query");
            } else if (!written.equals(declared) && strict) {
                problems.add(Location.wholeFile(f.toString()), "parameter '" + p.name() + "': the header's default "
                        + p.defaultValue() + " differs from the query's VALUES block " + NodeFmtLib.strNT(written));
            }
        }
        inText.forEach((var, value) -> {
            int at = -1;
            for (int i = 0; i < params.size(); i++) {
                at = params.get(i).name().equals(var) ? i : at;
            }
            if (at < 0) {
                params.add(new Parameter(var, NodeFmtLib.strNT(value), ""));
            } else if (!strict) {
                params.set(at, new Parameter(var, NodeFmtLib.strNT(value), params.get(at).description()));
            }
        });
        return Optional.of(new NamedQuery(name, titles, descriptions, params, inference, text));
    }

    public Optional<NamedQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Used by messages: the names one could have meant. */
    public List<String> names() {
        return queries.stream().map(NamedQuery::name).toList();
    }

    static Problem unknown(String name, List<String> names) {
        return new Problem(Location.wholeFile("queries/"), "no query named '" + name + "'; the library has: "
                + String.join(", ", names));
    }

    /** The query of that name, or an error listing the library. */
    public NamedQuery require(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException(unknown(name, names())));
    }
}
