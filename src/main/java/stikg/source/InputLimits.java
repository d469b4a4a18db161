package stikg.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import stikg.diag.Location;
import stikg.diag.Problem;

/**
 * What a source file may be before the YAML library and the reader spend work on it: small enough (the largest
 * shipped file is 0.14 MB), nested no deeper than a curated file ever needs (the YAML composer and the reader recurse
 * per level, and 10,000 levels overflow the stack), and written with the core schema's tags only (an unknown tag such
 * as {@code !custom} or {@code !!binary} is a mistake, not text). Each check names the file and line.
 */
final class InputLimits {

    /** Far above any curated file; the YAML reader's own code point limit (3 MiB) is met after reading it all. */
    static final long MAX_FILE_BYTES = 3L << 20;
    /** Columns of indentation (plus compact "- " markers): 400 is 200 levels at two spaces. */
    static final int MAX_INDENT = 400;
    /** Open flow brackets ([ and {) at once. */
    static final int MAX_FLOW_DEPTH = 100;

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of(CORE + "str", CORE + "int", CORE + "float", CORE + "bool",
            CORE + "null", CORE + "map", CORE + "seq");

    private InputLimits() {
    }

    /** The first line nested too deeply, if any. */
    static Optional<Problem> nesting(String text, String file) {
        int line = 1;
        int flow = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            // leading indentation and compact sequence markers
            int col = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == ' ') {
                    col++;
                    i++;
                } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == ' ') {
                    col += 2;
                    i += 2;
                } else {
                    break;
                }
            }
            if (col > MAX_INDENT) {
                return Optional.of(new Problem(new Location(file, line, 1), "nested deeper than " + (MAX_INDENT / 2)
                        + " levels (" + col + " columns of indentation); a source file is never this deep"));
            }
            boolean tokenStart = true;
            while (i < n && text.charAt(i) != '\n') {
                char c = text.charAt(i);
                if (c == '#' && tokenStart) {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                    break;
                }
                if ((c == '[' || c == '{') && tokenStart) {
                    flow++;
                    if (flow > MAX_FLOW_DEPTH) {
                        return Optional.of(new Problem(new Location(file, line, 1), "more than " + MAX_FLOW_DEPTH
                                + " nested [ ] or { } lists; a source file is never this deep"));
                    }
                } else if (c == ']' || c == '}') {
                    flow = Math.max(0, flow - 1);
                }
                tokenStart = c == ' ' || c == '\t' || c == '[' || c == '{' || c == ',' || c == ':';
                i++;
            }
            i++;
            line++;
        }
        return Optional.empty();
    }

    /** The first node with a tag outside the core schema, if any. */
    static Optional<Problem> tags(Node root, String file) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            String tag = node.getTag().getValue();
            if (!CORE_TAGS.contains(tag)) {
                Location where = node.getStartMark()
                        .map(mk -> new Location(file, mk.getLine() + 1, mk.getColumn() + 1))
                        .orElse(Location.wholeFile(file));
                return Optional.of(new Problem(where, "the YAML tag '" + tag + "' is not accepted: source files use "
                        + "plain values (remove the tag)"));
            }
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            } else if (node instanceof SequenceNode s) {
                s.getValue().forEach(todo::push);
            }
        }
        return Optional.empty();
    }
}
