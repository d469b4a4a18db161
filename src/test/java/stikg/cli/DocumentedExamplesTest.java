package stikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the documentation shows is run: every example line ({@code ./stikg ...}) in the help of every command,
 * and each SPARQL block under the README's "Example questions", which must answer its question with the rows the
 * text promises.
 */
class DocumentedExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("^\\s+\\./stikg (.+)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    /** Help text of every subcommand, by name. */
    private static List<String[]> helps() {
        List<String[]> out = new ArrayList<>();
        CommandLine root = Main.commandLine();
        root.getSubcommands().forEach((name, cl) -> {
            StringWriter w = new StringWriter();
            cl.usage(new PrintWriter(w));
            out.add(new String[] {name, w.toString()});
        });
        return out;
    }

    /** Splits a command line as a POSIX shell does for plain words and double-quoted words. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1).replace("\\\"", "\"") : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInEveryHelpRunsAndSucceeds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] help : helps()) {
            Matcher m = EXAMPLE.matcher(help[1]);
            while (m.find()) {
                String line = m.group(1).trim();
                tests.add(DynamicTest.dynamicTest(line, () -> {
                    var r = ShippedStore.run(words(line));
                    assertEquals(0, r.code(), line + "\n" + r.out() + r.err());
                    assertFalse(r.out().isBlank(), line);
                    assertFalse(r.out().contains("does not hold"), r.out());
                }));
            }
        }
        assertTrue(tests.size() >= 6, "the help texts show fewer examples than expected: " + tests.size());
        return tests.stream();
    }

    @Test
    void theHelpExamplesAreNotWrappedInsideATerm() {
        for (String[] help : helps()) {
            Matcher m = EXAMPLE.matcher(help[1]);
            while (m.find()) {
                String line = m.group(1);
                assertEquals(line.chars().filter(c -> c == '"').count() % 2, 0L, help[0] + ": cut example: " + line);
                assertEquals(line.chars().filter(c -> c == '<').count(), line.chars().filter(c -> c == '>').count(),
                        help[0] + ": cut example: " + line);
            }
        }
    }

    /** The SPARQL blocks of the README's "Example questions", by the heading they stand under. */
    static List<String[]> readmeExamples() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("## Example questions");
        String section = readme.substring(from, readme.indexOf("\n## ", from + 5));
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("### (.+?)\\n(.*?)(?=\\n### |\\z)", Pattern.DOTALL).matcher(section);
        while (m.find()) {
            Matcher block = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(m.group(2));
            while (block.find()) {
                out.add(new String[] {m.group(1), block.group(1)});
            }
        }
        return out;
    }

    private List<String> rows(String sparql) throws Exception {
        Path f = tmp.resolve("example.rq");
        Files.writeString(f, sparql, StandardCharsets.UTF_8);
        var r = ShippedStore.run("query", f.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        return r.out().lines().toList();
    }

    private String example(String headingStart) throws Exception {
        return readmeExamples().stream().filter(e -> e[0].startsWith(headingStart)).map(e -> e[1]).findFirst()
                .orElseThrow(() -> new AssertionError("no README example under '" + headingStart + "'"));
    }

    @Test
    void theReadmeHasThreeExampleQuestionsAndEachIsTestedBelow() throws Exception {
        assertEquals(List.of("Which agencies are behind each national strategic technology area, and through what?",
                "Which programmes fund quantum, and who owns them?",
                "How did the investment targets change from the 6th to the 7th plan?"),
                readmeExamples().stream().map(e -> e[0]).toList());
    }

    @Test
    void readmeAgenciesExample_namesTheAgenciesBehindTheQuantumArea() throws Exception {
        List<String> rows = rows(example("Which agencies"));
        List<String> quantum = rows.stream().filter(r -> r.startsWith("\"Quantum\"@en")).toList();
        for (String agency : List.of("Cabinet Office", "Council for Science, Technology and Innovation",
                "Japan Agency for Medical Research and Development", "Japan Science and Technology Agency",
                "New Energy and Industrial Technology Development Organization")) {
            assertTrue(quantum.stream().anyMatch(r -> r.contains("\"" + agency + "\"@en")), agency + " in " + quantum);
        }
        assertEquals(6, rows.stream().skip(1).map(r -> r.split("\t")[0]).distinct().count(), "six areas: " + rows);
    }

    @Test
    void readmeQuantumExample_givesProgrammesWithTheirOwnersAndFunders() throws Exception {
        List<String> rows = rows(example("Which programmes fund quantum"));
        assertTrue(rows.size() > 5, rows.toString());
        assertTrue(rows.contains("\"K Program\"@en\t\"Cabinet Office\"@en\t\"Japan Science and Technology Agency\"@en"),
                rows.toString());
        assertTrue(rows.contains("\"K Program\"@en\t\"Cabinet Office\"@en\t"
                + "\"New Energy and Industrial Technology Development Organization\"@en"), rows.toString());
        assertTrue(rows.contains("\"Moonshot Research and Development Program\"@en\t\"Cabinet Office\"@en\t"), rows.toString());
        assertTrue(rows.contains("\"CREST\"@en\t\"Japan Science and Technology Agency\"@en\t"), rows.toString());
        long withOwner = rows.stream().skip(1).filter(r -> !r.split("\t", -1)[1].isEmpty()).count();
        assertEquals(rows.size() - 2, withOwner, "every programme but the tax credit has an owner: " + rows);
    }

    @Test
    void readmeTargetsExample_showsTheTargetsAndTheTwoActualsSideBySide() throws Exception {
        List<String> rows = rows(example("How did the investment targets"));
        assertEquals(7, rows.size(), rows.toString());
        assertEquals(2, rows.stream().filter(r -> r.contains("\"actual\"")).count(), rows.toString());
        assertEquals(4, rows.stream().filter(r -> r.contains("\"target\"")).count(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("6\t") && r.contains("\"actual\"")
                && r.contains("43600000000000")), rows.toString());
    }

    @Test
    void readmePythonExample_editsALineThatIsInTheQueryAndGetsKoreanLabels() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("Path\\(\"(queries/[^\"]+)\"\\).*?query\\.replace\\('([^']+)', '([^']+)'\\)",
                Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "the Python example is not where the test looks");
        String text = Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8);
        assertTrue(text.contains(m.group(2)), m.group(2) + " is not in " + m.group(1));
        List<String> rows = rows(text.replace(m.group(2), m.group(3)));
        assertTrue(rows.size() > 5 && rows.stream().skip(1).allMatch(r -> r.contains("@ko")), rows.toString());
    }
}
