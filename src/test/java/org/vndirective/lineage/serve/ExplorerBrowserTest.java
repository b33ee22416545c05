package org.vndirective.lineage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vndirective.lineage.store.LineageStore;
import org.vndirective.lineage.store.SampleStore;

/**
 * The explorer in a real headless Chromium (Debian's chromium and chromedriver; nothing downloaded), as a
 * researcher uses it: search without diacritics, open a directive, follow its downstream tree, read a link's
 * evidence, run a saved query, and see that a title holding a script stays text. Screenshots go to target/.
 */
class ExplorerBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    static LineageStore store;
    static LineageServer server;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        Path extra = Files.createTempDirectory("lineage-browser-");
        Files.writeString(extra.resolve("script-title.txt"), "TỈNH ỦY LÂM ĐỒNG\nSố 77-KH/TU\nLâm Đồng, ngày 01 tháng 6 năm 2022\n"
                + "KẾ HOẠCH\n<script>alert(1)</script> thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\nNội dung.\n");
        store = SampleStore.open(Files.createTempDirectory("lineage-browser-db-"), SampleStore.SAMPLES, extra);
        server = LineageServer.builder().port(0).dataset(store.dataset()).build().start();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1300,1000",
                "--user-data-dir=" + Files.createTempDirectory("lineage-chromium-"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static void shot(String name) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target.resolve("explorer-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static void open(String hash) {
        browser.get(server.url() + "/#" + hash);
        wait.until(d -> hash.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")) || hash.isEmpty()
                || ("#" + hash).equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    @Test
    void searchOpenDirectiveFollowDownstreamTreeAndReadEvidence() throws IOException {
        browser.get(server.url() + "/");
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("chi thi 10", Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@id='results']//a[contains(., '10-CT/TW')]")));
        shot("search");
        hit.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc h1"), "Chỉ thị 10-CT/TW"));
        assertTrue(browser.findElement(By.cssSelector("dd[data-field=body]")).getText().contains("Ban Bí thư"));

        // The evidence of an incoming link, with the matched words marked.
        WebElement details = browser.findElement(By.cssSelector("#links-in li.link details"));
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.findElement(By.tagName("mark")).isDisplayed());
        assertTrue(details.getText().contains("10-CT/TW"), details.getText());
        shot("document");

        browser.findElement(By.id("to-lineage")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("g.node[data-iri$='/hu/kl/2023/1066']")));
        assertTrue(!browser.findElements(By.cssSelector("g.node[data-iri$='/hu/kh/2020/135']")).isEmpty(), "135-KH/HU in the tree");
        assertEdge("continues", "/tw/kl/2017/18", "/tw/ct/2007/10");
        assertEdge("implements", "/tu/kh/2018/59", "/tw/kl/2017/18");
        assertEdge("implements", "/hu/kh/2020/135", "/tu/kh/2018/59");
        assertEdge("reviews", "/hu/kl/2023/1066", "/tu/kh/2018/59");
        // The same tree as a list for screen readers: the four sample links, and the extra test plan 77-KH/TU,
        // which carries out 18-KL/TW too.
        List<String> items = browser.findElements(By.cssSelector("#chain-text li")).stream().map(WebElement::getText).toList();
        assertEquals(5, items.size(), items.toString());
        assertTrue(items.stream().anyMatch(i -> i.contains("Kết luận 1066-KL/HU") && i.contains("sơ kết, tổng kết") && i.contains("Kế hoạch 59-KH/TU")), items.toString());
        shot("lineage");

        // Click a node to move to it.
        browser.findElement(By.cssSelector("g.node[data-iri$='/tu/kh/2018/59']")).click();
        wait.until(ExpectedConditions.urlContains("kh%2F2018%2F59"));
    }

    private static void assertEdge(String rel, String from, String to) {
        String css = "line.edge[data-rel='" + rel + "'][data-from$='" + from + "'][data-to$='" + to + "']";
        assertFalse(browser.findElements(By.cssSelector(css)).isEmpty(), "edge " + css);
    }

    @Test
    void savedQueryRunsInTheEditor() throws IOException {
        open("/sparql/upstream-chain");
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return !!window.lineageYasgui"));
        ((JavascriptExecutor) browser).executeScript("window.lineageYasgui.getTab().query()");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "59-KH/TU"));
        assertTrue(browser.findElement(By.cssSelector(".yasr")).getText().contains("18-KL/TW"));
        shot("sparql");
        // The same chain as a graph.
        browser.findElement(By.id("as-graph")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("g.node.root[data-iri$='/hu/kh/2020/135']")));
        assertEdge("implements", "/hu/kh/2020/135", "/tu/kh/2018/59");
    }

    @Test
    void aScriptInATitleStaysText() throws IOException {
        open("/doc/" + URLEncoder.encode("https://w3id.org/vn-directive/id/lam-dong/tu/kh/2022/77", StandardCharsets.UTF_8));
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dd[data-field=title2]")));
        assertTrue(title.getText().contains("<script>alert(1)</script>"), title.getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertTrue(browser.findElements(By.xpath("//dd//script")).isEmpty(), "no script element was made");
        shot("escaping");
    }

    @Test
    void englishToggle() {
        open("");
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .home"), "Directive lineage"));
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .home"), "Dòng chảy"));
    }
}
