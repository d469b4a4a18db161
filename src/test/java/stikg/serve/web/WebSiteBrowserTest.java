package stikg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Collectors;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import stikg.testing.HeadlessChromium;
import stikg.testing.Prerequisites;

/**
 * The web site end to end, in Debian's headless Chromium driven by its chromedriver: a real server over the
 * fixture store, the query page with the library, entity pages and their links, the label-language switch,
 * the two views. Screenshots go to target/screenshots/. Without Chromium the tests are skipped with the reason
 * printed, or fail under STIKG_STRICT_TESTS (.ci/run), see {@link Prerequisites#browser()}.
 */
class WebSiteBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    static WebServer web;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Prerequisites.browser();
        Files.createDirectories(SCREENSHOTS);
        web = WebServer.start(dir, dsg -> { });
        driver = HeadlessChromium.start(dir, 1400, 1100);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @BeforeEach
    void englishFirst() {
        // every test starts in English, whatever an earlier test chose (the choice lives in a cookie)
        driver.get(web.url("/views?lang=en"));
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void givenTheQueryPage_whenALibraryQueryIsRun_thenTheResultTableShowsItsRowsAndTheyDownloadAsCsvAndJson()
            throws Exception {
        open("/");
        WebElement item = waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='agencies-by-area']")));
        assertEquals("Which agencies are engaged in which technology areas?", item.findElement(By.tagName("h3")).getText());
        item.findElement(By.cssSelector("button.run")).click();
        List<List<String>> rows = resultRowsOnceAny(r -> r.contains("Example Science Agency")
                && r.contains("Quantum"));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Ministry of Examples")), rows.toString());
        screenshot("query-page");

        String csv = fetchResults("csv");
        assertTrue(csv.startsWith("agency,agencyName,area,areaName"), csv);
        assertTrue(csv.contains("Example Science Agency"), csv);
        String json = fetchResults("json");
        assertTrue(json.contains("\"bindings\"") && json.contains("Example Science Agency"), json);
        assertTrue(driver.findElement(By.id("download-csv")).isDisplayed());
        assertTrue(driver.findElement(By.id("download-json")).isDisplayed());
        assertNoScriptErrors();
    }

    @Test
    void givenAShareLink_whenOpenedInTheBrowser_thenTheEditorHoldsTheQueryAndShowsItsAnswer() {
        open("/");
        waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='plan-targets'] button.open"))).click();
        waitFor(d -> js("return window.stikg.editor.yasgui.getTab().getQuery()").toString().contains("sti:Target"));
        driver.findElement(By.id("share")).click();
        String link = waitFor(d -> {
            String v = d.findElement(By.id("share-url")).getAttribute("value");
            return v == null || v.isEmpty() ? null : v;
        });
        assertTrue(link.startsWith(web.url("/#query=")), link);
        driver.get(web.url("/views"));
        driver.get(link);
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        String query = js("return window.stikg.editor.yasgui.getTab().getQuery()").toString();
        assertTrue(query.contains("?t a sti:Target ; sti:amount ?amount"), query);
        resultRowsOnceAny(r -> r.toString().contains("14000000000000"));
    }

    @Test
    void givenTheLanguageSwitch_whenKoreanIsChosen_thenTheLibraryAndTheAnswersAreInKorean() {
        open("/");
        waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='agencies-by-area']")));
        driver.findElement(By.cssSelector("nav.langs a[data-lang='ko']")).click();
        WebElement item = waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='agencies-by-area']")));
        waitFor(d -> item.findElement(By.tagName("h3")).getText().equals("어느 기관이 어떤 기술 영역에 관여하는가?"));
        assertTrue(item.findElement(By.cssSelector("p.desc")).getText().startsWith("기관이 소관·지원·시행하는"));
        assertEquals("질의 모음", driver.findElement(By.cssSelector("aside.library h2")).getText());
        WebElement lang = item.findElement(By.cssSelector("input[data-param='lang']"));
        lang.clear();
        lang.sendKeys("ko");
        item.findElement(By.cssSelector("button.run")).click();
        resultRowsOnceAny(r -> r.contains("예시과학진흥원") && r.contains("양자"));
        assertTrue(driver.getPageSource().contains("양자"), "the Korean text is in the DOM");
        screenshot("query-page-ko");
        driver.findElement(By.cssSelector("nav.langs a[data-lang='en']")).click();
    }

    @Test
    void givenAResultRow_whenItsEntityIsFollowed_thenTheEntityPageShowsFactsSourcesAndLinksBothWays() {
        open("/");
        waitFor(d -> d.findElement(By.cssSelector("li.example[data-name='agencies-by-area'] button.run"))).click();
        resultRowsOnceAny(r -> r.contains("https://w3id.org/stikg/id/fx-agency"));
        WebElement agency = waitFor(d -> d.findElement(By.cssSelector(".yasr a[href='/id/fx-agency']")));
        agency.click();
        waitFor(d -> d.getCurrentUrl().endsWith("/id/fx-agency"));
        assertEquals("Example Science Agency", driver.findElement(By.tagName("h1")).getText());
        String types = driver.findElement(By.cssSelector("p.types")).getText();
        assertTrue(types.contains("funding agency") && types.contains("national research and development agency"), types);
        // incoming: the programme it funds links here; follow it
        WebElement programme = driver.findElement(By.cssSelector("section.incoming a[href='/id/fx-program']"));
        programme.click();
        waitFor(d -> d.getCurrentUrl().endsWith("/id/fx-program"));
        assertEquals("Frontier Quantum Programme", driver.findElement(By.tagName("h1")).getText());
        // outgoing: the area it supports, with the source locator of that fact
        WebElement supports = rowOf("section.outgoing", "supports");
        assertTrue(supports.getText().contains("Examplestan 1st Innovation Plan: a short brief"), supports.getText());
        assertTrue(supports.getText().contains("§1 Overview"), supports.getText());
        assertTrue(supports.getText().contains("line 6"), supports.getText());
        supports.findElement(By.cssSelector("a[href='/id/fx-area-quantum']")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/id/fx-area-quantum"));
        assertEquals("Quantum", driver.findElement(By.tagName("h1")).getText());
        WebElement example = rowOf("section.outgoing", "Quantum computing technology");
        assertTrue(example.getText().contains("table 1, row ①"), example.getText());
        assertTrue(example.getText().contains("line 11"), example.getText());
        assertTrue(driver.findElement(By.cssSelector("section.incoming")).getText().contains("Frontier Quantum Programme"),
                "the programme that supports it links here");
        screenshot("entity-en");
        assertNoScriptErrors();
    }

    @Test
    void givenAnEntityPage_whenTheLabelLanguageIsSwitched_thenLabelsFollowAndTheChoiceIsRemembered() {
        open("/id/fx-area-quantum");
        assertEquals("Quantum", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector("nav.langs a[data-lang='ko']")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("양자"));
        assertEquals("ko", driver.findElement(By.tagName("html")).getAttribute("lang"));
        String body = driver.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("양자컴퓨팅기술") && body.contains("11줄") && body.contains("이 항목에 대한 사실"), body);
        screenshot("entity-ko");
        // a link followed without ?lang= keeps Korean
        driver.findElement(By.cssSelector("section.outgoing a[href='/id/fx-tech-qc']")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/id/fx-tech-qc"));
        assertEquals("양자컴퓨팅기술", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.cssSelector("nav.langs a[data-lang='ja']")).click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("量子コンピューティング技術"));
        assertTrue(driver.findElement(By.tagName("body")).getText().contains("11行目"));
        screenshot("entity-ja");
        // the remembered language reaches the static pages too
        open("/views/technology");
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("計画の技術領域"));
        assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void givenAnEntityWithAnExternalIdentifier_whenItsPageIsShown_thenTheLinkLeadsToWikidata() {
        open("/id/fx-country");
        WebElement link = driver.findElement(By.cssSelector("section.external a.external"));
        assertEquals("https://www.wikidata.org/wiki/Q4115189", link.getAttribute("href"));
        assertEquals("Wikidata Q4115189", link.getText());
        // and the plan that names the country links here
        assertTrue(driver.findElement(By.cssSelector("section.incoming")).getText().contains("Examplestan 2nd Innovation Plan"));
    }

    @Test
    void givenTheTechnologyView_whenShown_thenCategoriesNestAndEachAreaShowsTheAgenciesBehindIt() {
        open("/views/technology?lang=ko");
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        WebElement core = driver.findElement(By.cssSelector("#taxonomy > .cat-box[data-iri$='fx-cat-core']"));
        WebElement strategic = core.findElement(By.cssSelector(".cat-box[data-iri$='fx-cat-strategic']"));
        assertTrue(strategic.getText().contains("전략기술"));
        WebElement quantum = strategic.findElement(By.cssSelector(".area[data-iri$='fx-area-quantum']"));
        assertTrue(quantum.getText().contains("양자"), quantum.getText());
        assertTrue(quantum.getText().contains("양자컴퓨팅기술"), "the example technologies");
        List<String> agencies = quantum.findElements(By.cssSelector("a.chip.agency")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("예시과학진흥원", "예시부"), agencies.stream().sorted().toList());
        WebElement space = core.findElement(By.cssSelector(":scope > .areas > .area[data-iri$='fx-area-space']"));
        assertTrue(space.getText().contains("우주"));
        assertEquals(2, driver.findElements(By.cssSelector("#matrix svg circle.engaged")).size());
        screenshot("view-technology-ko");
        quantum.findElement(By.cssSelector("a.chip.agency[href='/id/fx-agency']")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/id/fx-agency"));
        assertEquals("예시과학진흥원", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void givenTheInvestmentView_whenShown_thenTargetsAndActualsAreDrawnPerPlanWithTheirRatio() {
        open("/views/investment?lang=en");
        waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        List<WebElement> targets = driver.findElements(By.cssSelector("svg.investment-chart rect.bar.target"));
        List<WebElement> actuals = driver.findElements(By.cssSelector("svg.investment-chart rect.bar.actual"));
        assertEquals(2, targets.size());
        assertEquals(1, actuals.size());
        double target1 = Double.parseDouble(targets.get(0).getAttribute("height"));
        double actual1 = Double.parseDouble(actuals.get(0).getAttribute("height"));
        double target2 = Double.parseDouble(targets.get(1).getAttribute("height"));
        assertEquals(0.92, actual1 / target1, 0.01, "the bars are drawn to scale");
        assertEquals(1.4, target2 / target1, 0.01);
        assertEquals("92%", driver.findElement(By.cssSelector("svg.investment-chart text.ratio")).getText());
        String labels = driver.findElements(By.cssSelector("svg.investment-chart text.plan-label")).stream()
                .map(WebElement::getText).collect(Collectors.joining(" | "));
        assertTrue(labels.indexOf("1st") < labels.indexOf("2nd"), "plans in edition order: " + labels);
        assertEquals(3, driver.findElements(By.cssSelector("table.figures tbody tr")).size());
        screenshot("view-investment");
        driver.findElement(By.cssSelector("nav.langs a[data-lang='ja']")).click();
        waitFor(d -> d.findElement(By.cssSelector("svg.investment-chart")).getText().contains("兆"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().equals("投資目標と実績"));
        screenshot("view-investment-ja");
        assertNoScriptErrors();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void open(String path) {
        driver.get(web.url(path));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String fetchResults(String format) {
        Object r = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.stikg.editor.fetchResults(arguments[0]).then(x => done(x.text), e => done('ERROR ' + e.message));",
                format);
        return String.valueOf(r);
    }

    /**
     * The rows of the result table once one of them is the expected answer. Until then the table may still show an
     * earlier answer, which YASGUI keeps across page loads, so the first table seen proves nothing.
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> resultRowsOnceAny(Predicate<List<String>> expectedRow) {
        AtomicReference<Object> lastSeen = new AtomicReference<>();
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                Object rows = js("const tables = [...document.querySelectorAll('.yasr table')].filter(t => t.offsetParent);"
                        + "if (!tables.length) return null;"
                        + "return [...tables[0].querySelectorAll('tbody tr')].map(tr => [...tr.querySelectorAll('td')]"
                        + ".map(td => td.innerText.trim()));");
                lastSeen.set(rows);
                return rows != null && ((List<List<String>>) rows).stream().anyMatch(expectedRow) ? (List<List<String>>) rows
                        : null;
            });
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.nanoTime());
            throw new AssertionError("no expected row in the result table; it showed " + lastSeen.get()
                    + "\nbrowser console:\n" + consoleText(), e);
        }
    }

    /** The row of a facts table whose text contains {@code text}. */
    private static WebElement rowOf(String section, String text) {
        return driver.findElements(By.cssSelector(section + " table.facts tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + text + "' in " + section));
    }

    private static <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            screenshot("timeout-" + System.nanoTime());
            throw new AssertionError("timed out on " + driver.getCurrentUrl() + "; browser console:\n" + consoleText(), e);
        }
    }

    private static String consoleText() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
    }

    /** No page script failed and nothing the pages asked for was missing. */
    private static void assertNoScriptErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertFalse(!severe.isEmpty(), "browser console errors: " + severe);
    }

    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
        }
    }

}
