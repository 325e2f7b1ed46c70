package org.asiasec.kg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's path in a real browser (headless Chromium, Debian's chromium + chromium-driver): the
 * Fuseki UI runs a shipped query and shows result rows; an entity page opens and one of its links is
 * followed; search, the timeline with its map, a fact opened to its evidence and the graph view.
 * Screenshots go to target/screenshots/. Skipped only when no browser is installed.
 */
class UiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(90); // two loaded cores in CI

    private static ChromeDriver browser;
    private static Path profile;
    private static ServedCorpus served;

    @BeforeAll
    static void openBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: install Debian's chromium and chromium-driver (.ci/run does) to run the browser test");
        served = ServedCorpus.get();
        profile = Files.createTempDirectory("asiasec-chromium-");
        // the driver is named explicitly, so Selenium Manager never looks for (or downloads) one
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1400,1500",
                        "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @DisplayName("a shipped query runs in the UI's editor and its result table has rows")
    void shippedQueryInTheUi() throws IOException {
        String query = Files.readString(Path.of("queries", "01-sco-summits.rq"));
        browser.get(served.url() + "#/dataset/kg/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(d -> editorText().contains("01-sco-summits") || editorText().contains("Summits of the SCO"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".yasr_results table tbody tr"));
            return found.isEmpty() || found.get(0).getText().contains("No data") ? null : found;
        });
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", rows.get(0));
        screenshot("ui-results.png");
        assertFalse(rows.isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".yasr_results")).getText().contains("上海合作组织"),
                "the SCO's summits are listed by their Chinese labels");
    }

    @Test
    @DisplayName("an entity page opens and one of its links leads to another entity page")
    void entityPageAndLink() throws IOException {
        browser.get(served.url() + "page/SCO");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertTrue(heading.getText().contains("上海合作组织"), heading.getText());
        screenshot("entity-page.png");

        WebElement link = browser.findElements(By.cssSelector("main a[href*='/page/']")).stream()
                .filter(WebElement::isDisplayed) // sources are folded until opened
                .filter(a -> !a.getAttribute("href").endsWith("/page/SCO") && !a.getAttribute("href").contains("?class="))
                .findFirst().orElseThrow(() -> new AssertionError("no link to another entity on /page/SCO"));
        String target = link.getAttribute("href");
        link.click();
        wait.until(ExpectedConditions.urlToBe(target));
        WebElement next = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertNotEquals("", next.getText());
        assertFalse(next.getText().contains("404"), next.getText());
        screenshot("followed-link.png");
    }

    @Test
    @DisplayName("typing 上合 in the search box of a page finds the SCO first; 圣彼得堡 finds a sentence with it marked")
    void search() throws IOException {
        browser.get(served.url() + "page/China");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header form.search input[name=q]")));
        box.sendKeys("上合");
        box.submit();
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#entities ol li a")));
        assertTrue(first.getText().contains("上海合作组织"), first.getText());
        screenshot("search-entities.png");

        browser.get(served.url() + "search?q=" + URLEncoder.encode("圣彼得堡", StandardCharsets.UTF_8));
        WebElement sentence = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#sentences blockquote")));
        assertTrue(sentence.findElement(By.tagName("mark")).getText().equals("圣彼得堡"), sentence.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", sentence);
        screenshot("search-sentences.png");
    }

    @Test
    @DisplayName("the timeline filtered to the SCO's meetings lists 青岛 and draws their places on the offline map")
    void timelineAndMap() throws IOException {
        browser.get(served.url() + "timeline");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#events tbody tr")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("mechanism"))).selectByValue("SCO");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("kind"))).selectByValue("meeting");
        browser.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("mechanism=SCO"));
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#events tbody tr"));
            return found.isEmpty() ? null : found;
        });
        assertTrue(rows.stream().allMatch(r -> r.getAttribute("class").equals("meeting")), "only meetings");
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("青岛")), "the 2018 summit in 青岛");
        String drawn = wait.until(d -> d.findElement(By.id("map")).getAttribute("data-ready"));
        assertTrue(Integer.parseInt(drawn) > 0, "places on the map: " + drawn);
        assertFalse(browser.findElements(By.cssSelector("#map canvas")).isEmpty(), "the map is drawn");
        screenshot("timeline-map.png");

        browser.get(served.url() + "map?mechanism=SCO");
        String places = wait.until(d -> d.findElement(By.id("map")).getAttribute("data-ready"));
        assertTrue(Integer.parseInt(places) >= 2, "SCO meeting places: " + places);
        screenshot("map.png");
    }

    @Test
    @DisplayName("a fact on a summit's page opens to its evidence: sentence with the names marked, source, offsets, rule")
    void factToEvidence() throws IOException {
        browser.get(served.url() + "page/SCO-summit-2018");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        WebElement sources = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.statements details.sources summary")));
        WebElement details = sources.findElement(By.xpath(".."));
        WebElement quote = details.findElement(By.tagName("blockquote"));
        assertFalse(quote.isDisplayed(), "folded until opened");
        sources.click();
        wait.until(ExpectedConditions.visibilityOf(quote));
        assertFalse(quote.findElements(By.tagName("mark")).isEmpty(), quote.getText());
        String meta = details.findElement(By.cssSelector(".meta")).getText();
        assertTrue(meta.contains("来源 Source") && meta.contains("字符位置 Offsets") && meta.contains("规则 Rule"), meta);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", details);
        screenshot("fact-evidence.png");
    }

    @Test
    @DisplayName("the graph view draws the SCO's neighbourhood from the jar's ECharts")
    void graphView() throws IOException {
        browser.get(served.url() + "graph/SCO");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        String nodes = wait.until(d -> d.findElement(By.id("graph")).getAttribute("data-ready"));
        assertTrue(Integer.parseInt(nodes) > 5, "nodes drawn: " + nodes);
        screenshot("graph.png");
    }

    private String editorText() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';");
        return text == null ? "" : text.toString();
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
