package stikg.source;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problems;

/**
 * A reader that turns curated YAML files into {@link SourceFile} records, reporting every structural problem
 * with its file and line. It checks shape only; what keys and values mean is the graph stage's business.
 */
public final class SourceReader {

    /** Keys with a fixed meaning inside an entity; every other key names an ontology property. */
    public static final Set<String> RESERVED = Set.of("id", "about", "type", "at", "ref", "value");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final Set<String> SOURCE_KEYS = Set.of("document", "sections", "tables", "entities");

    private final Path displayRoot;

    /** @param displayRoot paths in messages are shown relative to this folder */
    public SourceReader(Path displayRoot) {
        this.displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /** Reads every {@code *.yaml} of the lexicon folder and of the sources folder, sorted by name. */
    public SourceSet readAll(Path lexiconDir, Path sourcesDir) {
        Problems problems = new Problems();
        List<SourceFile> lexicon = readFolder(lexiconDir, SourceFile.Kind.LEXICON, problems);
        List<SourceFile> sources = readFolder(sourcesDir, SourceFile.Kind.SOURCE, problems);
        problems.throwIfAny();
        return new SourceSet(lexicon, sources);
    }

    private List<SourceFile> readFolder(Path dir, SourceFile.Kind kind, Problems problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(Location.wholeFile(display(dir)), "folder not found");
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                try {
                    files.add(read(p, kind));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            problems.add(Location.wholeFile(display(dir)), "cannot list folder: " + e.getMessage());
        }
        return files;
    }

    /** Reads one file, throwing {@link InvalidInputException} with all its problems. */
    public SourceFile read(Path file, SourceFile.Kind kind) {
        String name = display(file);
        String text = readUtf8(file, name);
        InputLimits.nesting(text, name).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        Node root = compose(text, name);
        InputLimits.tags(root, name).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        try {
            return new FileParser(name, kind).parse(root);
        } catch (StackOverflowError e) {
            throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name),
                    "nested too deeply to read"));
        }
    }

    private String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(displayRoot) ? displayRoot.relativize(abs).toString() : p.toString();
    }

    private static String readUtf8(Path file, String name) {
        try {
            // only a regular file: a FIFO or device named x.yaml would block the build or never end
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name),
                        "not a regular file (a source is a plain text file)"));
            }
            long size = Files.size(file);
            if (size > InputLimits.MAX_FILE_BYTES) {
                throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name), "the file has "
                        + size + " bytes; a source file may have at most " + InputLimits.MAX_FILE_BYTES));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name),
                    "not valid UTF-8 text (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name),
                    "cannot read file: " + e.getMessage()));
        }
    }

    private static Node compose(String text, String name) {
        LoadSettings settings = LoadSettings.builder().setLabel(name)
                .setCodePointLimit((int) InputLimits.MAX_FILE_BYTES).setMaxAliasesForCollections(50).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings,
                    new StringReader(text))));
            Optional<Node> node = composer.getSingleNode();
            if (node.isEmpty()) {
                throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name), "the file is empty"));
            }
            return node.get();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Location where = mark == null ? Location.wholeFile(name)
                    : new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
            throw new InvalidInputException(new stikg.diag.Problem(where, "YAML syntax: "
                    + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage())));
        } catch (YamlEngineException e) {
            throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name), "YAML: "
                    + firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            throw new InvalidInputException(new stikg.diag.Problem(Location.wholeFile(name),
                    "YAML nested too deeply to read"));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The state of reading one file: its name, its kind and the problems found so far. */
    private static final class FileParser {
        private final String file;
        private final SourceFile.Kind kind;
        private final Problems problems = new Problems();

        FileParser(String file, SourceFile.Kind kind) {
            this.file = file;
            this.kind = kind;
        }

        SourceFile parse(Node root) {
            Map<String, Node> top = mapping(root, "the file");
            DocumentDecl document = null;
            List<SectionDecl> sections = new ArrayList<>();
            List<TableDecl> tables = new ArrayList<>();
            List<EntityRecord> entities = new ArrayList<>();
            for (Map.Entry<String, Node> e : top.entrySet()) {
                Node v = e.getValue();
                switch (e.getKey()) {
                    case "document" -> document = kind == SourceFile.Kind.SOURCE ? document(v) : wrongPlace(v, "document");
                    case "sections" -> sequence(v, "sections").forEach(n -> section(n).ifPresent(sections::add));
                    case "tables" -> sequence(v, "tables").forEach(n -> table(n).ifPresent(tables::add));
                    case "entities" -> sequence(v, "entities").forEach(n -> entity(n, true).ifPresent(entities::add));
                    default -> problems.add(at(v), "unknown top-level key '" + e.getKey() + "' (expected one of "
                            + (kind == SourceFile.Kind.SOURCE ? SOURCE_KEYS : Set.of("entities")) + ")");
                }
            }
            if (kind == SourceFile.Kind.SOURCE && document == null && problems.isEmpty()) {
                problems.add(at(root), "a source file needs a 'document:' entry");
            }
            if (kind == SourceFile.Kind.LEXICON && (!sections.isEmpty() || !tables.isEmpty())) {
                problems.add(at(root), "a lexicon file has only 'entities:'");
            }
            problems.throwIfAny();
            return new SourceFile(file, kind, document, sections, tables, entities);
        }

        private <T> T wrongPlace(Node v, String key) {
            problems.add(at(v), "'" + key + ":' belongs in a source file, not in the lexicon");
            return null;
        }

        private DocumentDecl document(Node node) {
            Map<String, Node> m = mapping(node, "document");
            String id = requiredId(m, node, "document");
            int lines = 0;
            if (m.containsKey("lines")) {
                lines = integer(m.get("lines"), "lines");
                if (lines < 1) {
                    // zero or less would switch off the check that every locator lies inside the text
                    problems.add(at(m.get("lines")), "lines must be the text's line count, at least 1, not " + lines);
                }
            } else {
                problems.add(at(node), "document needs 'lines:' (the line count of its text)");
            }
            Locator locator = m.containsKey("at") ? locator(m.get("at")) : null;
            List<Fact> facts = new ArrayList<>();
            for (Map.Entry<String, Node> e : m.entrySet()) {
                if (!Set.of("id", "lines", "at").contains(e.getKey())) {
                    facts.addAll(facts(e.getKey(), e.getValue()));
                }
            }
            return id == null ? null : new DocumentDecl(id, lines, locator, facts, at(node));
        }

        private Optional<SectionDecl> section(Node node) {
            Map<String, Node> m = mapping(node, "a section");
            String id = requiredId(m, node, "section");
            int[] lines = lineRange(m, node, "section");
            Value.LangText title = m.containsKey("title") ? langText(m.get("title")) : null;
            String number = m.containsKey("number") ? scalar(m.get("number")) : null;
            String parent = m.containsKey("parent") ? scalar(m.get("parent")) : null;
            for (String k : m.keySet()) {
                if (!Set.of("id", "number", "parent", "title", "lines").contains(k)) {
                    problems.add(at(m.get(k)), "unknown section key '" + k + "'");
                }
            }
            return id == null || lines == null ? Optional.empty()
                    : Optional.of(new SectionDecl(id, number, parent, title, lines[0], lines[1], at(node)));
        }

        private Optional<TableDecl> table(Node node) {
            Map<String, Node> m = mapping(node, "a table");
            String id = requiredId(m, node, "table");
            int[] lines = lineRange(m, node, "table");
            Value.LangText title = m.containsKey("title") ? langText(m.get("title")) : null;
            String number = m.containsKey("number") ? scalar(m.get("number")) : null;
            String section = m.containsKey("section") ? scalar(m.get("section")) : null;
            List<Fact> facts = new ArrayList<>();
            for (Map.Entry<String, Node> e : m.entrySet()) {
                if (!Set.of("id", "number", "section", "title", "lines").contains(e.getKey())) {
                    facts.addAll(facts(e.getKey(), e.getValue()));
                }
            }
            return id == null || lines == null ? Optional.empty()
                    : Optional.of(new TableDecl(id, number, section, title, lines[0], lines[1], facts, at(node)));
        }

        private Optional<EntityRecord> entity(Node node, boolean topLevel) {
            Map<String, Node> m = mapping(node, "an entity");
            String id = null;
            String about = null;
            if (m.containsKey("id")) {
                id = checkedId(m.get("id"));
            }
            if (m.containsKey("about")) {
                about = checkedId(m.get("about"));
            }
            if (topLevel && id == null && about == null) {
                problems.add(at(node), "an entity needs 'id:' (to define it) or 'about:' (to add facts to it)");
                return Optional.empty();
            }
            if (!topLevel && (id != null || about != null)) {
                problems.add(at(node), "a nested entity has no id: write the entity at the top level and refer to it");
                return Optional.empty();
            }
            if (id != null && about != null) {
                problems.add(at(node), "an entity has either 'id:' or 'about:', not both");
                return Optional.empty();
            }
            List<String> types = new ArrayList<>();
            if (m.containsKey("type")) {
                Node t = m.get("type");
                if (t instanceof SequenceNode s) {
                    s.getValue().forEach(x -> types.add(scalar(x)));
                } else {
                    types.add(scalar(t));
                }
            }
            Locator locator = m.containsKey("at") ? locator(m.get("at")) : null;
            List<Fact> facts = new ArrayList<>();
            for (Map.Entry<String, Node> e : m.entrySet()) {
                String key = e.getKey();
                if (key.equals("ref") || key.equals("value")) {
                    problems.add(at(e.getValue()), "'" + key + ":' belongs in a value, not in an entity");
                } else if (!RESERVED.contains(key)) {
                    facts.addAll(facts(key, e.getValue()));
                }
            }
            return Optional.of(new EntityRecord(id, about, types, locator, facts, at(node)));
        }

        private List<Fact> facts(String property, Node node) {
            List<Fact> out = new ArrayList<>();
            if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof SequenceNode) {
                        problems.add(at(item), "a list inside a list is not allowed for '" + property + "'");
                    } else {
                        fact(property, item).ifPresent(out::add);
                    }
                }
            } else {
                fact(property, node).ifPresent(out::add);
            }
            return out;
        }

        private Optional<Fact> fact(String property, Node node) {
            if (node instanceof ScalarNode s) {
                if (s.getValue().isEmpty()) {
                    problems.add(at(node), "'" + property + "' has an empty value");
                    return Optional.empty();
                }
                return Optional.of(new Fact(property, new Value.Scalar(s.getValue(), at(node)), null, at(node)));
            }
            Map<String, Node> m = mapping(node, "the value of '" + property + "'");
            if (m.containsKey("ref") || m.containsKey("value")) {
                String key = m.containsKey("ref") ? "ref" : "value";
                Locator loc = m.containsKey("at") ? locator(m.get("at")) : null;
                for (String k : m.keySet()) {
                    if (!k.equals(key) && !k.equals("at")) {
                        problems.add(at(m.get(k)), "a '" + key + ":' value takes only 'at:' beside it, not '" + k + "'");
                    }
                }
                Node inner = m.get(key);
                if (inner instanceof ScalarNode) {
                    return Optional.of(new Fact(property, new Value.Scalar(scalar(inner), at(inner)), loc, at(node)));
                }
                Map<String, Node> langs = mapping(inner, "'" + key + ":'");
                return isLangMap(langs)
                        ? Optional.of(new Fact(property, langText(inner), loc, at(node)))
                        : Optional.empty();
            }
            if (isLangMap(m)) {
                return Optional.of(new Fact(property, langText(node), null, at(node)));
            }
            Optional<EntityRecord> nested = entity(node, false);
            return nested.map(e -> new Fact(property, new Value.Nested(e), e.at(), at(node)));
        }

        private static boolean isLangMap(Map<String, Node> m) {
            return !m.isEmpty() && m.keySet().stream()
                    .allMatch(k -> LANGUAGE_TAG.matcher(k).matches() && !RESERVED.contains(k));
        }

        private Value.LangText langText(Node node) {
            Map<String, Node> m = mapping(node, "a text by language");
            Map<String, List<String>> byLang = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : m.entrySet()) {
                if (!LANGUAGE_TAG.matcher(e.getKey()).matches()) {
                    problems.add(at(e.getValue()), "'" + e.getKey() + "' is not a language tag (e.g. ko, ja, en)");
                    continue;
                }
                List<String> texts = new ArrayList<>();
                if (e.getValue() instanceof SequenceNode s) {
                    s.getValue().forEach(x -> texts.add(scalar(x)));
                } else {
                    texts.add(scalar(e.getValue()));
                }
                texts.removeIf(t -> {
                    if (t.isBlank()) {
                        problems.add(at(e.getValue()), "empty text for language '" + e.getKey() + "'");
                    }
                    return t.isBlank();
                });
                byLang.put(e.getKey(), texts);
            }
            return new Value.LangText(byLang, at(node));
        }

        private Locator locator(Node node) {
            String text = scalar(node);
            try {
                return Locator.parse(text, at(node));
            } catch (Locator.LocatorSyntaxException e) {
                problems.add(at(node), e.getMessage());
                return null;
            }
        }

        private int[] lineRange(Map<String, Node> m, Node owner, String what) {
            if (!m.containsKey("lines")) {
                problems.add(at(owner), what + " needs 'lines: <first>-<last>'");
                return null;
            }
            String text = scalar(m.get("lines"));
            if (!text.matches("\\d{1,9}(-\\d{1,9})?")) {
                problems.add(at(m.get("lines")), "lines must read <first>-<last>, not '" + text + "'");
                return null;
            }
            String[] parts = text.split("-");
            int first = Integer.parseInt(parts[0]);
            int last = parts.length > 1 ? Integer.parseInt(parts[1]) : first;
            if (first < 1 || last < first) {
                problems.add(at(m.get("lines")), "line range must run forward from line 1: '" + text + "'");
                return null;
            }
            return new int[] {first, last};
        }

        private String requiredId(Map<String, Node> m, Node owner, String what) {
            if (!m.containsKey("id")) {
                problems.add(at(owner), what + " needs 'id:'");
                return null;
            }
            return checkedId(m.get("id"));
        }

        private String checkedId(Node node) {
            String id = scalar(node);
            if (!ID.matcher(id).matches()) {
                problems.add(at(node), "'" + id + "' is not a valid id (lowercase letters, digits, '-' and '/')");
                return null;
            }
            return id;
        }

        private int integer(Node node, String what) {
            String s = scalar(node);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                problems.add(at(node), what + " must be a whole number, not '" + s + "'");
                return 0;
            }
        }

        private String scalar(Node node) {
            if (node instanceof ScalarNode s) {
                return s.getValue();
            }
            problems.add(at(node), "expected a single value here, found a " + kindOf(node));
            return "";
        }

        private List<Node> sequence(Node node, String what) {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            problems.add(at(node), "'" + what + "' must be a list, found a " + kindOf(node));
            return List.of();
        }

        private Map<String, Node> mapping(Node node, String what) {
            if (!(node instanceof MappingNode mn)) {
                problems.add(at(node), what + " must be a mapping of keys to values, found a " + kindOf(node));
                return Map.of();
            }
            Map<String, Node> m = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : mn.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problems.add(at(t.getKeyNode()), "a key must be a plain word");
                    continue;
                }
                if (!seen.add(k.getValue())) {
                    problems.add(at(k), "key '" + k.getValue() + "' appears twice in the same mapping");
                    continue;
                }
                m.put(k.getValue(), t.getValueNode());
            }
            return m;
        }

        private static String kindOf(Node node) {
            if (node instanceof SequenceNode) {
                return "list";
            }
            if (node instanceof MappingNode) {
                return "mapping";
            }
            return "single value";
        }

        private Location at(Node node) {
            return node.getStartMark().map(mk -> new Location(file, mk.getLine() + 1, mk.getColumn() + 1))
                    .orElse(Location.wholeFile(file));
        }
    }
}
