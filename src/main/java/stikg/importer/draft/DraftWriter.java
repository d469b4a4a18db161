package stikg.importer.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import stikg.importer.text.Segmentation;

/**
 * A writer that prints a {@link Draft} as the YAML of {@code data/README.md}: the source file, and the proposed
 * lexicon entries as a lexicon file. The output is deterministic (the same draft gives the same bytes) and
 * every text is double-quoted, so no text of a brief can break the YAML.
 */
public final class DraftWriter {

    /** The header of every draft source file. */
    private static final String SOURCE_HEADER = """
            # DRAFT source file written by `stikg import` from %s: check every entry against the brief.
            # - Entities come from the brief's tables (rows and their items) and from names the lexicon knows.
            # - Entries with note "candidate fact for review" were read from prose by cue words: confirm or delete.
            # - English labels starting with "[draft]" are the Korean text awaiting a translation.
            # - Comments above an entry say how it was read; layout problems are also recorded as notes.
            """;

    /** Keys with a meaning of their own in the source format (see data/README.md). */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("id", "about", "type", "at", "ref", "value",
            "label", "altLabel", "acronym", "note", "wikidata", "ror", "evidence");

    private static final String PROPOSALS_HEADER = """
            # Lexicon entries PROPOSED by `stikg import` from %s for names no lexicon entry knows.
            # Each one is also defined in the draft source file so that its facts can refer to it. To accept
            # an entry: move it to a file of data/lexicon/, fix its labels and type, and in the source file
            # replace its definition ('id:') by 'about:'. Delete the entries that are not named entities.
            """;

    public String source(Draft d, String briefName) {
        StringBuilder sb = new StringBuilder(String.format(SOURCE_HEADER, briefName));
        Draft.DocumentPart doc = d.document();
        sb.append("document:\n");
        doc.comments().forEach(c -> sb.append("  # ").append(c).append('\n'));
        sb.append("  id: ").append(doc.id()).append('\n');
        sb.append("  lines: ").append(doc.lines()).append('\n');
        sb.append("  at: ").append(quote(doc.at())).append('\n');
        sb.append("  label: ").append(texts(doc.label())).append('\n');
        facts(sb, doc.facts(), "  ");
        if (!d.sections().isEmpty()) {
            sb.append("sections:\n");
            for (Segmentation.Section s : d.sections()) {
                sb.append("  - {id: ").append(s.id()).append(", number: ").append(quote(s.number()));
                if (s.parentId() != null) {
                    sb.append(", parent: ").append(s.parentId());
                }
                sb.append(", title: ").append(texts(Map.of(d.language(), s.title()))).append(", lines: ")
                        .append(s.firstLine()).append('-').append(s.lastLine()).append("}\n");
            }
        }
        if (!d.tables().isEmpty()) {
            sb.append("tables:\n");
            for (Draft.TablePart t : d.tables()) {
                t.comments().forEach(c -> sb.append("  # ").append(c).append('\n'));
                sb.append("  - {id: ").append(t.id()).append(", number: ").append(quote(t.number()));
                if (t.title() != null) {
                    sb.append(", title: ").append(texts(Map.of(d.language(), t.title())));
                }
                sb.append(", lines: ").append(t.firstLine()).append('-').append(t.lastLine());
                if (t.section() != null) {
                    sb.append(", section: ").append(t.section());
                }
                if (t.citedSource() != null) {
                    sb.append(", citedSource: ").append(t.citedSource());
                }
                sb.append("}\n");
            }
        }
        if (!d.entities().isEmpty()) {
            sb.append("entities:\n");
            for (Draft.EntityPart e : d.entities()) {
                entity(sb, e, "  ", true);
            }
        }
        return sb.toString();
    }

    public String proposals(Draft d, String briefName) {
        StringBuilder sb = new StringBuilder(String.format(PROPOSALS_HEADER, briefName));
        if (d.proposals().isEmpty()) {
            sb.append("entities: []\n");
            return sb.toString();
        }
        sb.append("entities:\n");
        for (Draft.EntityPart e : d.proposals()) {
            entity(sb, e, "  ", true);
        }
        return sb.toString();
    }

    private void entity(StringBuilder sb, Draft.EntityPart e, String indent, boolean listItem) {
        e.comments().forEach(c -> sb.append(indent).append("# ").append(c).append('\n'));
        List<String> lines = new ArrayList<>();
        if (e.id() != null) {
            lines.add("id: " + e.id());
        }
        if (e.about() != null) {
            lines.add("about: " + e.about());
        }
        if (e.types().size() == 1) {
            lines.add("type: " + e.types().get(0));
        } else if (!e.types().isEmpty()) {
            lines.add("type: [" + String.join(", ", e.types()) + "]");
        }
        if (e.at() != null) {
            lines.add("at: " + quote(e.at()));
        }
        if (!e.label().isEmpty()) {
            lines.add("label: " + texts(e.label()));
        }
        if (!e.altLabel().isEmpty()) {
            StringBuilder alt = new StringBuilder("altLabel: {");
            boolean first = true;
            for (Map.Entry<String, List<String>> a : new TreeMap<>(e.altLabel()).entrySet()) {
                alt.append(first ? "" : ", ").append(a.getKey()).append(": [");
                alt.append(String.join(", ", a.getValue().stream().map(DraftWriter::quote).toList())).append(']');
                first = false;
            }
            lines.add(alt.append('}').toString());
        }
        if (e.acronyms().size() == 1) {
            lines.add("acronym: " + quote(e.acronyms().get(0)));
        } else if (!e.acronyms().isEmpty()) {
            lines.add("acronym: [" + String.join(", ", e.acronyms().stream().map(DraftWriter::quote).toList()) + "]");
        }
        if (e.notes().size() == 1) {
            lines.add("note: " + quote(e.notes().get(0)));
        } else if (!e.notes().isEmpty()) {
            lines.add("note:");
            e.notes().forEach(n -> lines.add("  - " + quote(n)));
        }
        String inner = indent + (listItem ? "  " : "");
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 && listItem ? indent + "- " : inner).append(lines.get(i)).append('\n');
        }
        if (lines.isEmpty() && listItem) {
            sb.append(indent).append("- {}\n");
        }
        facts(sb, e.facts(), inner);
    }

    /** Facts grouped by property, in the order their properties first appear. */
    private void facts(StringBuilder sb, List<Draft.FactPart> facts, String indent) {
        Map<String, List<Draft.FactPart>> byProperty = new java.util.LinkedHashMap<>();
        facts.forEach(f -> byProperty.computeIfAbsent(f.property(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Draft.FactPart>> p : byProperty.entrySet()) {
            List<Draft.FactPart> values = p.getValue();
            boolean simple = values.stream().allMatch(f -> !(f.value() instanceof Draft.Nested));
            String key = key(p.getKey());
            if (values.size() == 1 && simple) {
                sb.append(indent).append(key).append(": ").append(inline(values.get(0))).append('\n');
            } else if (simple) {
                sb.append(indent).append(key).append(":\n");
                values.forEach(f -> sb.append(indent).append("  - ").append(inline(f)).append('\n'));
            } else {
                sb.append(indent).append(key).append(":\n");
                for (Draft.FactPart f : values) {
                    if (f.value() instanceof Draft.Nested n) {
                        entity(sb, n.entity(), indent + "  ", true);
                    } else {
                        sb.append(indent).append("  - ").append(inline(f)).append('\n');
                    }
                }
            }
        }
    }

    /** A property's key: a property whose name is a reserved key ("about") is written with its prefix. */
    private static String key(String property) {
        return RESERVED.contains(property) ? "sti:" + property : property;
    }

    private String inline(Draft.FactPart f) {
        String v;
        if (f.value() instanceof Draft.Ref r) {
            v = r.id();
        } else if (f.value() instanceof Draft.Literal l) {
            v = l.quoted() ? quote(l.text()) : l.text();
        } else if (f.value() instanceof Draft.Texts t) {
            v = texts(t.byLanguage());
        } else {
            throw new IllegalStateException("nested values are written as blocks");
        }
        if (f.at() == null) {
            return v;
        }
        String key = f.value() instanceof Draft.Ref ? "ref" : "value";
        return "{" + key + ": " + v + ", at: " + quote(f.at()) + "}";
    }

    static String texts(Map<String, String> byLanguage) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (String lang : order(byLanguage)) {
            sb.append(first ? "" : ", ").append(lang).append(": ").append(quote(byLanguage.get(lang)));
            first = false;
        }
        return sb.append('}').toString();
    }

    /** Languages in the order ko, ja, en, then the rest alphabetically. */
    private static List<String> order(Map<String, String> byLanguage) {
        List<String> out = new ArrayList<>();
        for (String l : List.of("ko", "ja", "en")) {
            if (byLanguage.containsKey(l)) {
                out.add(l);
            }
        }
        new TreeMap<>(byLanguage).keySet().stream().filter(l -> !out.contains(l)).forEach(out::add);
        return out;
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
