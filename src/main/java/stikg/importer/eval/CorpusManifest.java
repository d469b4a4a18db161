package stikg.importer.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;

/**
 * The corpus the importer is measured on: briefs, each with the source file(s) a curator wrote from it by hand, and
 * its role. A {@code development} brief may be read to write rules; an {@code evaluation} brief may only be
 * imported and scored (its sentences are never read to write a rule), so its figures say how the importer does
 * on briefs it has never seen.
 *
 * <pre>
 * briefs:                       # or the list alone at the top
 *   - id: seed
 *     brief: ../shared/seeds/000_35fc73cf533e72ef.txt
 *     curated: data/sources/kistep-2026-jp-7th-sti-plan-brief.yaml   # or a list; lexicon files may follow
 *     role: development
 *     floor: {entityRecall: 0.828, factRecall: 0.640}              # optional: strict figures not to fall below
 *     traps:                                                       # optional: names a layout may mislead on
 *       - {name: 양자기술, type: Technology}                         # checked: the draft must type it so
 *       - "a sentence describing a trap"                           # told, not checked
 * </pre>
 *
 * Paths are read from the project folder, or, failing that, from the manifest's folder.
 */
public record CorpusManifest(Path file, List<Brief> briefs) {

    public CorpusManifest {
        briefs = List.copyOf(briefs);
    }

    public enum Role { DEVELOPMENT, EVALUATION }

    /** Strict figures a brief must not fall below (names only, lexicon-aided as measured when they were set). */
    public record Floor(double entityRecall, double factRecall) {
    }

    /**
     * A layout trap of a brief. Checked when it gives a name and the class the draft must give it (or one above or
     * below it); told only, as its curator described it, when it is a sentence.
     */
    public record Trap(String name, String type, String description) {

        public boolean checked() {
            return name != null && type != null;
        }
    }

    /** One brief of the corpus. */
    public record Brief(String id, Path brief, List<Path> curated, Role role, Optional<Floor> floor,
            List<Trap> traps) {

        public Brief {
            curated = List.copyOf(curated);
            traps = List.copyOf(traps);
        }
    }

    public List<Brief> withRole(Role role) {
        return briefs.stream().filter(b -> b.role() == role).toList();
    }

    /** Reads a manifest; {@code project} is the folder its paths are first resolved against. */
    public static CorpusManifest read(Path file, Path project) {
        Object root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw problem(file, "cannot read: " + e.getMessage());
        } catch (YamlEngineException e) {
            throw problem(file, "YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Object list = root instanceof Map<?, ?> m ? m.get("briefs") : root;
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw problem(file, "expected a list of briefs (under 'briefs:' or at the top)");
        }
        List<Brief> briefs = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> b)) {
                throw problem(file, "brief " + (i + 1) + " is not a mapping");
            }
            String id = text(file, b, "id", i);
            Path brief = resolve(text(file, b, "brief", i), project, dir);
            List<Path> curated = new ArrayList<>();
            Object c = first(b, "curated", "curated_paths", "sources", "source");
            if (c instanceof String s) {
                curated.add(resolve(s, project, dir));
            } else if (c instanceof List<?> l) {
                l.forEach(x -> curated.add(resolve(String.valueOf(x), project, dir)));
            }
            if (curated.isEmpty()) {
                throw problem(file, "brief '" + id + "' names no curated file ('curated:')");
            }
            Role role;
            try {
                role = Role.valueOf(text(file, b, "role", i).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw problem(file, "brief '" + id + "': role must be development or evaluation, not '" + b.get("role")
                        + "'");
            }
            Optional<Floor> floor = Optional.empty();
            if (b.get("floor") instanceof Map<?, ?> f) {
                floor = Optional.of(new Floor(number(file, id, f, "entityRecall"), number(file, id, f, "factRecall")));
            }
            List<Trap> traps = new ArrayList<>();
            if (b.get("traps") instanceof List<?> ts) {
                for (Object t : ts) {
                    if (t instanceof String described) {
                        traps.add(new Trap(null, null, described));
                    } else if (t instanceof Map<?, ?> tm && tm.get("name") != null && tm.get("type") != null) {
                        traps.add(new Trap(String.valueOf(tm.get("name")), String.valueOf(tm.get("type")),
                                tm.get("description") == null ? "" : String.valueOf(tm.get("description"))));
                    } else {
                        throw problem(file, "brief '" + id + "': a trap is a sentence, or a name and a type");
                    }
                }
            }
            briefs.add(new Brief(id, brief, curated, role, floor, traps));
        }
        return new CorpusManifest(file, briefs);
    }

    private static Object first(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            if (m.get(k) != null) {
                return m.get(k);
            }
        }
        return null;
    }

    private static String text(Path file, Map<?, ?> b, String key, int i) {
        Object v = b.get(key);
        if (v == null) {
            throw problem(file, "brief " + (i + 1) + " has no '" + key + "'");
        }
        return String.valueOf(v);
    }

    private static double number(Path file, String id, Map<?, ?> m, String key) {
        if (m.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw problem(file, "brief '" + id + "': floor." + key + " must be a number");
    }

    private static Path resolve(String path, Path project, Path manifestDir) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p;
        }
        Path fromProject = project.resolve(p).normalize();
        Path fromManifest = manifestDir.resolve(p).normalize();
        return Files.exists(fromProject) || !Files.exists(fromManifest) ? fromProject : fromManifest;
    }

    private static InvalidInputException problem(Path file, String message) {
        return new InvalidInputException(new Problem(Location.wholeFile(file.toString()), message));
    }
}
