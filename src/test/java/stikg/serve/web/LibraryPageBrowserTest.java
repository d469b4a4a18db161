package stikg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import stikg.pipeline.Build;
import stikg.pipeline.BuildConfig;
import stikg.reason.RuleSet;
import stikg.serve.ServerConfig;
import stikg.serve.StikgServer;
import stikg.store.GraphStore;
import stikg.store.StoreLocation;
import stikg.testing.HeadlessChromium;
import stikg.testing.Prerequisites;
import stikg.vocab.Graphs;
import stikg.vocab.Namespaces;

/**
 * The query page over the shipped data and the project's own query library, in headless Chromium: the page
 * language sets the library's label language, results show labels by default and stay in the window, the
 * library search, and the timeline and chart views of the results.
 */
class LibraryPageBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    static GraphStore store;
    static StikgServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Prerequisites.browser();
        Files.createDirectories(SCREENSHOTS);
        StoreLocation location = new StoreLocation(dir.resolve("store"));
        new Build(BuildConfig.standard(Path.of("").toAbsolutePath()), Clock.systemUTC()).into(location);
        store = location.open();
        server = StikgServer.start(store, ServerConfig.defaults(Path.of("queries")).withPort(0),
                RuleSet.read(Path.of("ontology/rules")), Graphs.standard(), Namespaces.DEFAULT_ID_BASE,
                List.of(new WebSite(Namespaces.DEFAULT_ID_BASE, Graphs.standard())));
        driver = HeadlessChromium.start(dir, 1400, 1000);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void englishFirst() {
        driver.get(server.baseUrl() + "/views?lang=en");
    }

    private static void openPage(String lang) {
        driver.get(server.baseUrl() + "/?lang=" + lang);
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition::apply);
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.nanoTime());
            throw e;
        }
    }

    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

    /** Runs a library query with its defaults (as the page sets them) from its Run button. */
    private static void runLibraryQuery(String name) {
        WebElement item = waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='" + name + "']")));
        js("arguments[0].scrollIntoView()", item);
        item.findElement(By.cssSelector("button.run")).click();
    }

    /** The visible result table's cells, once one of its rows contains {@code text}. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> rowsOnceAnyHas(String text) {
        return waitFor(d -> {
            Object rows = js("const tables = [...document.querySelectorAll('.yasr table')].filter(t => t.offsetParent);"
                    + "if (!tables.length) return null;"
                    + "return [...tables[0].querySelectorAll('tbody tr')].map(tr => [...tr.querySelectorAll('td')]"
                    + ".map(td => td.innerText.trim()));");
            return rows != null && ((List<List<String>>) rows).stream().anyMatch(r -> r.contains(text))
                    ? (List<List<String>>) rows : null;
        });
    }

    @Test
    void givenTheKoreanPage_whenALibraryQueryRunsWithItsDefaults_thenItsLabelsAreKorean() {
        openPage("ko");
        WebElement item = waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='programmes-by-agency']")));
        assertEquals("\"ko\"", item.findElement(By.cssSelector("input[data-param='lang']")).getAttribute("value"));
        runLibraryQuery("programmes-by-agency");
        List<List<String>> rows = rowsOnceAnyHas("내각부");
        assertTrue(rows.stream().anyMatch(r -> r.contains("문샷형 연구개발제도") || r.stream().anyMatch(c -> c.contains("문샷"))),
                rows.toString());
        screenshot("library-ko");
    }

    @Test
    void givenALibraryQuery_whenRun_thenCellsShowLabelsAsTextAndTheEntityIsOneClickAway() {
        openPage("en");
        runLibraryQuery("programmes-by-agency");
        List<List<String>> rows = rowsOnceAnyHas("Cabinet Office");
        assertFalse(rows.toString().contains("\"Cabinet Office\"@en"), "literals are shown as text: " + rows);
        WebElement link = waitFor(d -> d.findElements(By.cssSelector(".yasr a[href='/id/cabinet-office']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        js("arguments[0].click()", link);
        waitFor(d -> d.getCurrentUrl().endsWith("/id/cabinet-office"));
        assertEquals("Cabinet Office", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void givenAWideAnswerFromALowItemOfTheLibrary_whenRun_thenTheResultsAreInViewAndThePageNoWiderThanTheWindow() {
        openPage("en");
        runLibraryQuery("technology-list-counterparts");
        rowsOnceAnyHas("Quantum");
        Number pageWidth = (Number) js("return document.documentElement.scrollWidth");
        Number windowWidth = (Number) js("return window.innerWidth");
        assertTrue(pageWidth.longValue() <= windowWidth.longValue(), pageWidth + " > " + windowWidth);
        Number top = (Number) js("const r = document.querySelector('.yasr table').getBoundingClientRect(); return r.top;");
        Number height = (Number) js("return window.innerHeight");
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < height.doubleValue(), "results at " + top);
        screenshot("library-wide");
    }

    @Test
    void givenTheLibrarySearch_whenAKoreanWordIsTyped_thenOnlyTheQueriesThatHoldItStay() {
        openPage("en");
        WebElement search = waitFor(d -> d.findElement(By.id("library-search")));
        search.sendKeys("연표");
        waitFor(d -> !d.findElement(By.cssSelector("li.example[data-name='graph-inventory']")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("li.example[data-name='plan-timeline']")).isDisplayed());
        long shown = driver.findElements(By.cssSelector("li.example")).stream().filter(WebElement::isDisplayed).count();
        assertEquals(1, shown);
    }

    @Test
    void givenDatedAnswers_whenTheTimelineViewIsChosen_thenEachEditionIsAnItemOnTheTimeline() {
        openPage("en");
        runLibraryQuery("plan-timeline");
        rowsOnceAnyHas("7");
        js("window.stikg.editor.yasgui.getTab().getYasr().selectPlugin('timeline')");
        Number items = waitFor(d -> {
            Number n = (Number) js("return document.querySelectorAll('.stikg-timeline .vis-item').length");
            return n.intValue() > 0 ? n : null;
        });
        assertTrue(items.intValue() >= 2, "items: " + items);
        assertTrue(driver.findElement(By.cssSelector(".stikg-timeline")).getText().contains("7th"),
                driver.findElement(By.cssSelector(".stikg-timeline")).getText());
        screenshot("timeline");
    }

    @Test
    void givenNumericAnswers_whenTheChartViewIsChosen_thenABarChartOfTheAmountsIsDrawn() {
        openPage("en");
        runLibraryQuery("investment-targets");
        rowsOnceAnyHas("actual");
        js("window.stikg.editor.yasgui.getTab().getYasr().selectPlugin('chart')");
        Number bars = waitFor(d -> {
            Object n = js("const c = document.querySelector('.stikg-chart canvas');"
                    + "const chart = c && Chart.getChart(c); return chart ? chart.data.datasets[0].data.length : null;");
            return n == null ? null : (Number) n;
        });
        assertEquals(6, bars.intValue());
        Number width = (Number) js("return document.querySelector('.stikg-chart canvas').width");
        assertTrue(width.intValue() > 100, "canvas width " + width);
        screenshot("chart");
    }

    @Test
    void givenAnAnswerInKorean_whenDownloadedAsCsv_thenTheFileStartsWithAUtf8ByteOrderMark() {
        openPage("ko");
        runLibraryQuery("programmes-by-agency");
        rowsOnceAnyHas("내각부");
        js("window.__csv = null; const make = URL.createObjectURL;"
                + "URL.createObjectURL = b => { window.__csv = b; return make.call(URL, b); };");
        driver.findElement(By.id("download-csv")).click();
        Object first = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const wait = () => window.__csv ? window.__csv.arrayBuffer().then(a => done([...new Uint8Array(a)"
                        + ".slice(0, 3)].join(','))) : setTimeout(wait, 100); wait();");
        assertEquals("239,187,191", first);
    }

    @Test
    void givenATechnologyListsPage_whenShown_thenItsAreasComeInTheListsOrder() {
        List<String> inOrder = new java.util.ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store.datasetGraph(), () -> {
            try (var qe = stikg.query.QueryRunner.prepare(store.datasetGraph(),
                    stikg.query.QueryLibrary.read(Path.of("queries")).require("technology-lists"), java.util.Map.of())) {
                qe.select().forEachRemaining(b -> inOrder.add(b.get("label").getLiteralLexicalForm()));
            }
        });
        assertEquals(18, inOrder.size(), inOrder.toString());
        driver.get(server.baseUrl() + "/id/us-nstc-cet-2024?lang=en");
        String text = driver.findElement(By.cssSelector("section.incoming")).getText();
        int last = -1;
        for (String label : inOrder) {
            int at = text.indexOf(label);
            assertTrue(at > last, label + " is out of the list's order on the page:\n" + text);
            last = at;
        }
    }
}
