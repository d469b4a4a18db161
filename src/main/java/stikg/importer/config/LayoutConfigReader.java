package stikg.importer.config;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import stikg.diag.InvalidInputException;
import stikg.diag.Location;
import stikg.diag.Problem;

/** A reader that turns a layout YAML file into a {@link LayoutConfig}, naming the file and key of any mistake. */
public final class LayoutConfigReader {

    /** The general Korean grammar and print conventions, read first. */
    public static final String KOREAN_GRAMMAR = "/stikg/importer/grammar-ko.yaml";

    /** The layout of the genre, Korean STI policy briefs, read after the grammar. */
    public static final String KOREAN_BRIEFS = "/stikg/importer/layout-ko.yaml";

    /** Rules fitted to one development brief, read last, kept apart so that their effect can be measured. */
    public static final String FITTED = "/stikg/importer/fitted-ko.yaml";

    /** Reads the built-in layout of Korean briefs: the grammar, the genre's layout and the fitted rules. */
    public LayoutConfig builtIn() {
        return builtIn(true);
    }

    /**
     * Reads the built-in layout of Korean briefs, with or without the document-fitted rules: each file adds to
     * the ones before it (mappings merge key by key, lists are appended, a scalar replaces the earlier one).
     */
    public LayoutConfig builtIn(boolean withFittedRules) {
        List<String> files = withFittedRules ? List.of(KOREAN_GRAMMAR, KOREAN_BRIEFS, FITTED)
                : List.of(KOREAN_GRAMMAR, KOREAN_BRIEFS);
        Object root = null;
        for (String f : files) {
            root = merge(root, load(f));
        }
        return new Keys("classpath:" + String.join(" + classpath:", files), root, "").layout();
    }

    private static Object load(String resource) {
        try (InputStream in = LayoutConfigReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return new Load(LoadSettings.builder().setLabel(resource).build()).loadFromInputStream(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile("classpath:" + resource), "YAML: "
                    + e.getMessage()));
        }
    }

    /** A later YAML tree added to an earlier one: mappings merge key by key, lists append, scalars replace. */
    static Object merge(Object earlier, Object later) {
        if (earlier instanceof Map<?, ?> a && later instanceof Map<?, ?> b) {
            Map<Object, Object> out = new LinkedHashMap<>(a);
            b.forEach((k, v) -> out.put(k, out.containsKey(k) ? merge(out.get(k), v) : v));
            return out;
        }
        if (earlier instanceof List<?> a && later instanceof List<?> b) {
            List<Object> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
        return later == null ? earlier : later;
    }

    /** Reads a layout file. */
    public LayoutConfig read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(file.toString()), "cannot read: "
                    + e.getMessage()));
        }
    }

    /** Reads a layout from a stream; {@code name} names it in messages. */
    public LayoutConfig read(InputStream in, String name) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(name).build()).loadFromInputStream(in);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(new Problem(Location.wholeFile(name), "YAML: " + e.getMessage()));
        }
        return new Keys(name, root, "").layout();
    }

    /** A view of one YAML mapping that reports a missing or malformed key with its path. */
    private record Keys(String file, Object node, String path) {

        LayoutConfig layout() {
            Keys sections = map("sections");
            Keys footnotes = map("footnotes");
            Keys tables = map("tables");
            Keys numbers = map("numbers");
            Keys figures = map("figures");
            Keys dates = map("dates");
            Keys plans = map("plans");
            Keys citations = map("citations");
            List<LayoutConfig.BulletMarker> bullets = new ArrayList<>();
            for (Keys b : list("bullets")) {
                bullets.add(new LayoutConfig.BulletMarker(b.string("marker"), b.bulletKind("kind")));
            }
            LayoutConfig.Structure structure = new LayoutConfig.Structure(sections.pattern("heading"),
                    sections.pattern("subHeading"), sections.strings("subMarkers"), bullets, pattern("captions"),
                    pattern("sourceLine"), pattern("noteLine"), pattern("noteContinuation"),
                    footnotes.pattern("definition"), footnotes.pattern("superscript"), footnotes.pattern("glued"),
                    footnotes.pattern("explanation"), tables.pattern("listTag"), tables.pattern("listEndTag"),
                    tables.strings("itemMarkers"), tables.strings("remarkMarkers"), tables.strings("itemSeparators"),
                    tables.pattern("rowMark"), tables.string("untitled"), sections.pattern("numberedSubHeading"),
                    footnotes.pattern("bareSuperscript"), new LayoutConfig.PageFurniture(
                            map("pages").pattern("pageNumber"), map("pages").integer("headerReach"),
                            map("pages").strings("dittoMarks"), map("pages").integer("wrapWidth"),
                            map("pages").pattern("sentenceEnd"), map("pages").has("continuedCaption")
                                    ? map("pages").pattern("continuedCaption") : java.util.regex.Pattern.compile("(?!)"),
                            map("pages").has("fieldLine") ? map("pages").pattern("fieldLine")
                                    : java.util.regex.Pattern.compile("(?!)")),
                    new LayoutConfig.LeadColumn(
                            tables.map("leadColumn").strings("headers"), tables.map("leadColumn").string("property"),
                            tables.map("leadColumn").strings("separators"), tables.map("leadColumn").string("type")),
                    has("cells") ? new LayoutConfig.CellPrint(map("cells").string("bar"),
                            map("cells").integer("columnGap"), map("cells").integer("columnSlack"),
                            map("cells").integer("minimumRows")) : LayoutConfig.CellPrint.TABS_ONLY,
                    has("bulletShape") ? pattern("bulletShape") : java.util.regex.Pattern.compile("(?!)"),
                    tables.has("itemTag") ? tables.pattern("itemTag") : java.util.regex.Pattern.compile("(?!)"));
            List<LayoutConfig.TypeSuffix> suffixes = new ArrayList<>();
            for (Keys s : list("typeSuffixes")) {
                suffixes.add(new LayoutConfig.TypeSuffix(s.string("suffix"), s.string("type"),
                        s.has("standalone") && Boolean.TRUE.equals(s.entries().get("standalone"))));
            }
            LayoutConfig.Words words = new LayoutConfig.Words(quotes("quotes"), strings("yearApostrophes"),
                    strings("particles"), strings("ignoredInNames"), integer("shortNameLength"), suffixes,
                    pattern("acronym"), optionalStrings("commonEndings"), optionalStrings("relationWords"),
                    has("nameTail") ? pattern("nameTail") : java.util.regex.Pattern.compile("(?!)"));
            Map<String, BigDecimal> scales = new LinkedHashMap<>();
            numbers.map("scales").entries().forEach((k, v) -> scales.put(k, decimal(v, "numbers.scales." + k)));
            Map<String, String> currencies = new LinkedHashMap<>();
            numbers.map("currencies").entries().forEach((k, v) -> currencies.put(k, String.valueOf(v)));
            LayoutConfig.Numbers nums = new LayoutConfig.Numbers(scales, currencies, numbers.strings("countUnits"),
                    numbers.strings("estimate"), numbers.strings("minimum"), numbers.pattern("multiplier"),
                    numbers.integer("twoDigitYearBase"), numbers.pattern("coverage"), figures.strings("target"),
                    figures.strings("actual"), figures.string("indicatorClass"), figures.string("indicatorProperty"),
                    new LayoutConfig.DateWords(dates.string("year"),
                            dates.string("month"), dates.string("day"), dates.strings("rangeSeparators"),
                            dates.optionalStrings("sameYear"), dates.optionalStrings("past")),
                    numbers.has("unitLine") ? numbers.pattern("unitLine") : java.util.regex.Pattern.compile("(?!)"),
                    numbers.optionalStrings("approximate"));
            List<LayoutConfig.TableKind> kinds = new ArrayList<>();
            for (Keys k : list("tableKinds")) {
                kinds.add(new LayoutConfig.TableKind(k.string("kind"), k.optionalStrings("nameHeader"),
                        k.optionalStrings("itemsHeader"), k.has("group") ? k.map("group").role() : null,
                        k.map("row").role(), k.map("item").role(), k.optionalStrings("titleWords")));
            }
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Keys classGroups = map("classGroups");
            classGroups.entries().keySet().forEach(g -> groups.put(g, classGroups.strings(g)));
            List<LayoutConfig.GenitiveRule> genitive = new ArrayList<>();
            for (Keys g : list("genitive")) {
                genitive.add(new LayoutConfig.GenitiveRule(g.string("object"), g.string("property")));
            }
            List<LayoutConfig.Cue> cues = new ArrayList<>();
            for (Keys c : list("cues")) {
                cues.add(c.cue());
            }
            LayoutConfig.Extraction extraction = new LayoutConfig.Extraction(kinds, plans.pattern("edition"),
                    plans.strings("planWords"), plans.strings("cabinetDecision"), citations.quotes("titleQuotes"),
                    groups, genitive, cues, map("via").via(), strings("plannedWords"),
                    strings("clauseEnds"), pattern("enumerationItem"),
                    new LayoutConfig.Particles(strings("subjectParticles"), strings("objectParticles"),
                            string("genitiveParticle"), strings("coordinators")), topics(), countryOf(), actionLists(),
                    extractorSettings());
            return new LayoutConfig(string("language"), structure, words, nums, extraction);
        }

        LayoutConfig.Role role() {
            return new LayoutConfig.Role(string("type"), optional("rowToGroup"), optional("rowToItem"),
                    optional("itemToRow"), optional("childToItem"), optional("planToRow"), optional("parentLink"),
                    has("scheme") && Boolean.TRUE.equals(entries().get("scheme")),
                    has("actions") && Boolean.TRUE.equals(entries().get("actions")));
        }

        List<LayoutConfig.Cue> cues(String key) {
            return list(key).stream().map(Keys::cue).toList();
        }

        List<LayoutConfig.ContextLink> contextLinks() {
            return list("contextLinks").stream().map(k -> new LayoutConfig.ContextLink(k.string("subject"),
                    k.string("object"), k.string("property"), k.optional("alsoFor"))).toList();
        }

        LayoutConfig.Topics topics() {
            Keys t = map("topics");
            Keys margin = t.map("margin");
            Keys indented = t.map("indented");
            Keys body = t.map("body");
            Keys implementers = t.map("implementers");
            return new LayoutConfig.Topics(t.pattern("opening"), margin.string("type"), margin.string("link"),
                    margin.string("namedLink"), indented.string("type"), indented.string("link"), body.string("type"), body.string("link"),
                    body.string("partLink"), implementers.strings("words"), implementers.string("property"),
                    t.map("statements").statements());
        }

        LayoutConfig.Statements statements() {
            java.util.Set<BulletKind> kinds = java.util.EnumSet.noneOf(BulletKind.class);
            for (String k : strings("kinds")) {
                try {
                    kinds.add(BulletKind.valueOf(k.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw fail(at("kinds"), "must hold only lead, item, remark, explanation, text (not '" + k + "')");
                }
            }
            List<LayoutConfig.StatementStatus> status = list("status").stream()
                    .map(k -> new LayoutConfig.StatementStatus(k.pattern("pattern"), k.string("status"))).toList();
            Keys c = map("category");
            return new LayoutConfig.Statements(kinds, pattern("policyEnd"), string("type"), string("link"), status,
                    new LayoutConfig.CategoryLinks(c.string("type"), c.string("memberLink"), c.string("subLink"),
                            c.string("concerns"), c.string("supports")),
                    list("roles").stream().map(k -> new LayoutConfig.StatementRole(k.pattern("after"),
                            k.string("property"))).toList());
        }

        LayoutConfig.EnumeratedConcepts enumeratedConcepts() {
            Keys e = map("enumeratedConcepts");
            return new LayoutConfig.EnumeratedConcepts(e.string("type"), e.string("narrower"), e.string("link"),
                    e.strings("dropWords"));
        }

        LayoutConfig.EditionConcepts editionConcepts() {
            Keys e = map("editionConcepts");
            List<LayoutConfig.ConceptCue> cues = e.list("cues").stream().map(c -> new LayoutConfig.ConceptCue(
                    c.pattern("pattern"), c.optionalStrings("scope"), c.string("property"))).toList();
            return new LayoutConfig.EditionConcepts(e.string("type"), e.string("group"), e.string("narrower"),
                    e.string("broader"), e.strings("separators"), e.integer("minimumLength"),
                    e.integer("maximumWords"), e.strings("leadParticles"), e.strings("leadWords"),
                    e.strings("purposeMarkers"), e.strings("headWords"), cues);
        }

        LayoutConfig.CountryOf countryOf() {
            Keys c = map("countryOf");
            return new LayoutConfig.CountryOf(c.strings("classes"), c.string("places"), c.string("countryClass"),
                    c.string("property"), c.has("inTitle") ? java.util.Optional.of(c.pattern("inTitle"))
                            : java.util.Optional.empty());
        }

        LayoutConfig.ActionLists actionLists() {
            Keys a = map("actionLists");
            return new LayoutConfig.ActionLists(a.strings("sentenceEnds"), a.strings("joiners"),
                    a.strings("separators"), a.strings("openers"), a.strings("enumerationClosers"),
                    a.strings("topicParticles"), a.pattern("closingVerb"), a.integer("minimumLength"),
                    a.integer("minimumWords"), a.strings("dependentEnds"), a.strings("clauseEnds"),
                    a.integer("topicWithin"), a.strings("suchAs"), a.pattern("leadingContext"));
        }

        LayoutConfig.Classification classification() {
            Keys c = map("classification");
            return new LayoutConfig.Classification(c.pattern("pattern"), c.string("type"), c.string("narrower"));
        }

        LayoutConfig.OverviewLinks overviewLinks() {
            Keys o = map("overviewLinks");
            return new LayoutConfig.OverviewLinks(o.string("subType"), o.string("subLink"), o.string("property"),
                    decimal(o.get("minimumSimilarity"), o.at("minimumSimilarity")).doubleValue());
        }

        /** The settings of the extractors, by the keys their settings records read them with. */
        Map<String, Object> extractorSettings() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("nesting", nesting());
            out.put("statusWords", statusWords());
            out.put("examples", examples());
            out.put("relationVerbs", relationVerbs());
            out.put("disclaimer", disclaimer());
            out.put("classification", classification());
            // the rules of readers that own a settings record
            out.put("contextLinks", contextLinks());
            out.put("verbEndings", strings("verbEndings"));
            out.put("dateCues", cues("dateCues"));
            out.put("upgradeCues", strings("upgradeCues"));
            Keys renaming = map("renaming");
            out.put("renaming", new LayoutConfig.Renaming(renaming.strings("words"), renaming.strings("from"),
                    renaming.strings("to")));
            out.put("author", pattern("author"));
            out.put("rank", pattern("rank"));
            Keys citations = map("citations");
            out.put("citationDate", citations.pattern("date"));
            out.put("citationYear", citations.pattern("year"));
            out.put("accessDate", citations.pattern("accessDate"));
            out.put("url", citations.pattern("url"));
            out.put("mainTextWords", citations.strings("mainTextWords"));
            if (citations.has("labelledLine")) {
                out.put("labelledSourceLine", citations.pattern("labelledLine"));
            }
            if (citations.has("documentKinds")) {
                out.put("documentKinds", citations.strings("documentKinds"));
            }
            out.put("editionInCitation", map("plans").pattern("editionInCitation"));
            out.put("strategyWords", map("plans").has("strategyWords") ? map("plans").strings("strategyWords")
                    : List.of());
            out.put("enumeration", pattern("enumeration"));
            out.put("subsetWords", strings("subsetWords"));
            out.put("doneWords", strings("doneWords"));
            out.put("overviewLinks", overviewLinks());
            out.put("counted", counted());
            out.put("enumeratedConcepts", enumeratedConcepts());
            out.put("editionConcepts", editionConcepts());
            // the readers' thresholds and windows, each group checked by the reader's settings record
            if (has("settings")) {
                map("settings").entries().forEach((group, values) -> out.put(group,
                        new Keys(file, values, "settings." + group).checkedMap().entries()));
            }
            return out;
        }

        LayoutConfig.Nesting nesting() {
            Keys n = map("nesting");
            return new LayoutConfig.Nesting(n.string("group"), n.strings("separators"), n.string("property"));
        }

        LayoutConfig.Counted counted() {
            Keys c = map("counted");
            return new LayoutConfig.Counted(c.string("type"), c.string("property"));
        }

        LayoutConfig.Disclaimer disclaimer() {
            Keys d = map("disclaimer");
            return new LayoutConfig.Disclaimer(d.strings("words"), d.string("group"), d.integer("maxJoin"),
                    d.string("property"));
        }

        List<LayoutConfig.StatusWord> statusWords() {
            return list("statusWords").stream().map(k -> new LayoutConfig.StatusWord(k.string("word"),
                    k.string("position").equals("before"), k.string("group"), k.string("status"))).toList();
        }

        List<LayoutConfig.RelationVerb> relationVerbs() {
            if (!has("relationVerbs")) {
                return List.of();
            }
            return list("relationVerbs").stream().map(k -> new LayoutConfig.RelationVerb(k.string("verb"),
                    k.has("object") ? k.string("object") : "", k.has("thing") ? k.string("thing") : "",
                    k.string("property"))).toList();
        }

        LayoutConfig.Examples examples() {
            Keys e = map("examples");
            return new LayoutConfig.Examples(e.string("group"), e.string("closer"), e.string("property"));
        }

        LayoutConfig.Via via() {
            return new LayoutConfig.Via(string("word"), string("property"), string("subjectProperty"));
        }

        LayoutConfig.Cue cue() {
            return new LayoutConfig.Cue(string("word"), optional("property"), optional("facilityProperty"),
                    optional("event"), optionalStrings("object"), optional("subjectProperty"),
                    has("basis") && Boolean.TRUE.equals(entries().get("basis")));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> entries() {
            if (node instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            throw fail(path.isEmpty() ? "the file" : path, "must be a mapping");
        }

        boolean has(String key) {
            return entries().containsKey(key);
        }

        private Object get(String key) {
            Object v = entries().get(key);
            if (v == null) {
                throw fail(at(key), "is missing");
            }
            return v;
        }

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        Keys map(String key) {
            return new Keys(file, get(key), at(key)).checkedMap();
        }

        private Keys checkedMap() {
            entries();
            return this;
        }

        List<Keys> list(String key) {
            if (!(get(key) instanceof List<?> l)) {
                throw fail(at(key), "must be a list");
            }
            List<Keys> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(new Keys(file, l.get(i), at(key) + "[" + i + "]"));
            }
            return out;
        }

        String string(String key) {
            Object v = get(key);
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                throw fail(at(key), "must be a single value");
            }
            return String.valueOf(v);
        }

        String optional(String key) {
            return has(key) ? string(key) : null;
        }

        int integer(String key) {
            try {
                return Integer.parseInt(string(key));
            } catch (NumberFormatException e) {
                throw fail(at(key), "must be a whole number");
            }
        }

        List<String> strings(String key) {
            return list(key).stream().map(k -> String.valueOf(k.node())).toList();
        }

        List<String> optionalStrings(String key) {
            return has(key) ? strings(key) : List.of();
        }

        List<LayoutConfig.Quote> quotes(String key) {
            List<LayoutConfig.Quote> out = new ArrayList<>();
            for (Keys q : list(key)) {
                if (!(q.node() instanceof List<?> pair) || pair.size() != 2) {
                    throw fail(q.path(), "must be a pair [open, close]");
                }
                out.add(new LayoutConfig.Quote(String.valueOf(pair.get(0)), String.valueOf(pair.get(1))));
            }
            return out;
        }

        BulletKind bulletKind(String key) {
            String k = string(key);
            try {
                return BulletKind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(at(key), "must be one of lead, item, remark, explanation, text (not '" + k + "')");
            }
        }

        Pattern pattern(String key) {
            String p = string(key);
            try {
                return Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw fail(at(key), "is not a regular expression: " + e.getDescription());
            }
        }

        BigDecimal decimal(Object v, String where) {
            try {
                return new BigDecimal(String.valueOf(v).toUpperCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                throw fail(where, "must be a number such as 1e12");
            }
        }

        InvalidInputException fail(String key, String what) {
            return new InvalidInputException(new Problem(Location.wholeFile(file), "layout key '" + key + "' " + what));
        }
    }
}
