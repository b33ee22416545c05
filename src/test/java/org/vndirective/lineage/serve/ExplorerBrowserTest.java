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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.vndirective.lineage.store.SavedQuery;
import org.vndirective.lineage.store.SampleStore;

/**
 * The explorer in a real headless Chromium (Debian's chromium and chromedriver; nothing downloaded), as a
 * researcher uses it: search, a document's relationships, its lineage as a timeline, coverage across provinces,
 * saved queries as templates, errors and not-found states, both languages, and a 390 px phone screen.
 * Screenshots go to target/explorer-*.png.
 */
class ExplorerBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    static final String ID = "https://w3id.org/vn-directive/id/";
    static LineageStore store;
    static LineageServer server;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        store = SampleStore.open(Files.createTempDirectory("lineage-browser-db-"), SampleStore.SAMPLES, extraTexts());
        // A short time limit, so the runaway query of the error test comes back as 503 in seconds.
        server = LineageServer.builder().port(0).dataset(store.dataset()).timeout("5000,10000").build().start();
        openBrowser();
    }

    /** The texts the tests read beside the samples: a title with a script in it. */
    static Path extraTexts() throws IOException {
        Path extra = Files.createTempDirectory("lineage-browser-");
        Files.writeString(extra.resolve("script-title.txt"), "TỈNH ỦY LÂM ĐỒNG\nSố 77-KH/TU\nLâm Đồng, ngày 01 tháng 6 năm 2022\n"
                + "KẾ HOẠCH\n<script>alert(1)</script> thực hiện Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư\n-----\nNội dung.\n");
        return extra;
    }

    static void openBrowser() throws IOException {
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

    /** Each test starts in Vietnamese on a desktop window. */
    @AfterEach
    void reset() {
        browser.manage().window().setSize(new Dimension(1300, 1000));
        js("localStorage.setItem('lineage.lang', 'vi')");
    }

    static void shot(String name) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target.resolve("explorer-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static Object js(String script, Object... args) { return ((JavascriptExecutor) browser).executeScript(script, args); }

    /** Opens a route and waits for the page's ready mark (set once the view has rendered). */
    static void open(String hash) {
        browser.get(server.url() + "/#" + hash);
        browser.navigate().refresh(); // a hash-only change to the same page does not reload; make each open a fresh page
        waitReady();
    }

    static void waitReady() {
        wait.until(d -> {
            String ready = d.findElement(By.tagName("body")).getDomAttribute("data-ready");
            return ready != null && !ready.isEmpty() || "".equals(ready) && js("return location.hash").toString().isEmpty()
                    && !d.findElements(By.cssSelector("#view > *")).isEmpty();
        });
    }

    static String enc(String iri) { return URLEncoder.encode(iri, StandardCharsets.UTF_8); }

    static List<String> texts(String css) { return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList(); }

    private static void assertEdge(String rel, String from, String to) {
        String css = "path.edge[data-rel='" + rel + "'][data-from$='" + from + "'][data-to$='" + to + "']";
        assertFalse(browser.findElements(By.cssSelector(css)).isEmpty(), "edge " + css);
    }

    /** What an export link would save. */
    static String download(String id) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById(arguments[0]).href).then(r => r.text()).then(done);", id);
    }

    static double attr(String css, String name) { return Double.parseDouble(browser.findElement(By.cssSelector(css)).getDomAttribute(name)); }

    @Test
    void searchOpenDirectiveAndReadItsRelationships() throws IOException {
        browser.get(server.url() + "/");
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("chi thi 10", Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@id='results']//a[contains(., '10-CT/TW')]")));
        shot("search");
        hit.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc h1"), "Chỉ thị 10-CT/TW"));
        assertTrue(browser.findElement(By.cssSelector("dd[data-field=body]")).getText().contains("Ban Bí thư"));
        assertEquals("30/3/2007", browser.findElement(By.cssSelector("dd[data-field=date]")).getText(), "Vietnamese date");
        assertTrue(browser.getTitle().startsWith("Chỉ thị 10-CT/TW"), browser.getTitle());

        // The relationships table: the incoming link with its evidence, the cue and notations marked, and its file.
        WebElement row = browser.findElement(By.cssSelector("#relations tr.link[data-dir=in][data-rel=continues]"));
        assertTrue(row.getText().contains("Kết luận 18-KL/TW") && row.getText().contains("22/9/2017") && row.getText().contains(".txt"), row.getText());
        WebElement details = row.findElement(By.tagName("details"));
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.findElement(By.tagName("mark")).isDisplayed());
        assertTrue(details.getText().contains("10-CT/TW"), details.getText());
        shot("document");
    }

    @Test
    void relationshipsSortBothWaysAndExport() throws IOException {
        open("/doc/" + enc(ID + "lam-dong/tu/kh/2018/59"));
        List<String> dirs = browser.findElements(By.cssSelector("#relations tr.link")).stream().map(r -> r.getDomAttribute("data-dir")).toList();
        assertTrue(dirs.contains("in") && dirs.contains("out"), "both directions: " + dirs);
        // Sorted by date, then the other way.
        browser.findElement(By.cssSelector("#relations th[data-col=otherDate]")).click();
        List<String> dates = texts("#relations tr.link td:nth-child(5)");
        assertEquals(List.of("22/9/2017", "20/7/2020", "11/8/2023"), dates);
        browser.findElement(By.cssSelector("#relations th[data-col=otherDate]")).click();
        assertEquals(List.of("11/8/2023", "20/7/2020", "22/9/2017"), texts("#relations tr.link td:nth-child(5)"));
        String csv = download("export-csv");
        assertTrue(csv.contains("direction,relation,property,document,label,type,issued,body,file,evidence"), csv);
        assertTrue(csv.contains("vnd:reviews") && csv.contains(ID + "lam-dong/cat-tien/hu/kl/2023/1066"), csv);
        String json = download("export-json");
        assertTrue(json.startsWith("[") && json.contains("\"direction\": \"in\""), json);
        shot("relationships");
        // The RDF page is styled like the explorer and leads back to the document's page.
        browser.findElement(By.id("to-rdf")).click();
        WebElement back = wait.until(ExpectedConditions.elementToBeClickable(By.id("back")));
        assertFalse(browser.findElements(By.cssSelector("header .home")).isEmpty());
        shot("rdf");
        back.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc h1"), "Kế hoạch 59-KH/TU"));
    }

    @Test
    void lineageIsATimelineBoundedByItsDocument() throws IOException {
        js("performance.clearResourceTimings()");
        open("/lineage/" + enc(ID + "tw/ct/2007/10"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("g.node[data-iri$='/hu/kl/2023/1066']")));
        assertEdge("continues", "/tw/kl/2017/18", "/tw/ct/2007/10");
        assertEdge("implements", "/tu/kh/2018/59", "/tw/kl/2017/18");
        assertEdge("implements", "/hu/kh/2020/135", "/tu/kh/2018/59");
        assertEdge("reviews", "/hu/kl/2023/1066", "/tu/kh/2018/59");
        // Every edge has an arrowhead and says what it is.
        for (WebElement e : browser.findElements(By.cssSelector("path.edge"))) assertTrue(e.getDomAttribute("marker-end").startsWith("url(#arrow-"));
        assertTrue(texts("text.edge-label").contains("sơ kết, tổng kết"), texts("text.edge-label").toString());
        // One shared year axis: 18-KL/TW (2017) left of 59-KH/TU (2018); bands Trung ương above tỉnh above huyện.
        String n18 = "g.node[data-iri$='/tw/kl/2017/18'] rect", n59 = "g.node[data-iri$='/tu/kh/2018/59'] rect", n135 = "g.node[data-iri$='/hu/kh/2020/135'] rect";
        assertTrue(attr(n18, "x") < attr(n59, "x") && attr(n59, "x") < attr(n135, "x"), "time runs left to right");
        assertTrue(attr(n18, "y") < attr(n59, "y") && attr(n59, "y") < attr(n135, "y"), "bands by level");
        assertEquals(List.of("Trung ương", "Tỉnh", "Huyện"), texts("text.band-label"));
        // Node: type + number, body or place, date; the tooltip says it all.
        String node59 = browser.findElement(By.cssSelector("g.node[data-iri$='/tu/kh/2018/59']")).getText();
        assertTrue(node59.contains("Kế hoạch 59-KH/TU") && node59.contains("Lâm Đồng") && node59.contains("10/8/2018"), node59);
        // Each link once, though 59-KH/TU links both up and down: the four sample links and 77-KH/TU's.
        List<String> items = texts("#chain-text li");
        assertEquals(5, items.size(), items.toString());
        assertEquals(items.size(), items.stream().distinct().count(), "no duplicate links: " + items);
        // Bounded: the view asked the endpoint only about these documents.
        Number bytes = (Number) js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/lineage/sparql'))"
                + ".reduce((s, e) => s + e.encodedBodySize, 0)");
        assertTrue(bytes.longValue() < 20_000, "lineage of 10-CT/TW fetched " + bytes + " bytes");
        shot("lineage");

        // A click on an edge shows its evidence sentence and file.
        // (by keyboard: an edge takes the focus and Enter, as a screen reader user would)
        WebElement edge = browser.findElement(By.cssSelector("g.edge-g:has(path.edge[data-rel=reviews])"));
        js("arguments[0].focus()", edge);
        edge.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#edge-panel li.edge-evidence")));
        String evidence = browser.findElement(By.id("edge-panel")).getText();
        assertTrue(evidence.contains("sơ kết") && evidence.contains(".txt"), evidence);
        shot("lineage-evidence");

        // Click a node to move to it.
        browser.findElement(By.cssSelector("g.node[data-iri$='/tu/kh/2018/59'] rect")).click();
        wait.until(ExpectedConditions.urlContains("kh%2F2018%2F59"));
    }

    /** Points every 2 px along each edge that fall inside a node box other than the edge's two ends. */
    static final String CROSSINGS = """
            const boxes = [...document.querySelectorAll('g.node')].map(g => { const r = g.querySelector('rect');
              return { iri: g.dataset.iri, x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width'), h: +r.getAttribute('height') }; });
            const out = [];
            for (const p of document.querySelectorAll('path.edge')) {
              for (let s = 0, len = p.getTotalLength(); s <= len; s += 2) {
                const pt = p.getPointAtLength(s);
                const hit = boxes.find(b => b.iri !== p.dataset.from && b.iri !== p.dataset.to
                  && pt.x > b.x + 1 && pt.x < b.x + b.w - 1 && pt.y > b.y + 1 && pt.y < b.y + b.h - 1);
                if (hit) { out.push(p.dataset.from + ' → ' + p.dataset.to + ' under ' + hit.iri); break; }
              }
            }
            return out;""";

    @Test
    void noEdgePassesUnderANode() throws IOException {
        // Every document of the samples with a lineage link, at desktop and phone widths. Before edges were routed,
        // 1066-KL/HU → 59-KH/TU ran under 135-KH/HU and 220-KL/TU → 22-NQ/TW under 11-KH/TU.
        List<String> docs = new java.util.ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var exec = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query("""
                    PREFIX vnd: <https://w3id.org/vn-directive/ontology#>
                    SELECT DISTINCT ?d WHERE { { ?d vnd:implements|vnd:continues|vnd:reviews|vnd:guides ?x }
                      UNION { ?x vnd:implements|vnd:continues|vnd:reviews|vnd:guides ?d } } ORDER BY ?d""").build()) {
                exec.execSelect().forEachRemaining(r -> docs.add(r.getResource("d").getURI()));
            }
        });
        assertTrue(docs.size() >= 10, docs.toString());
        int edges = 0;
        for (String d : docs) {
            open("/lineage/" + enc(d));
            edges += browser.findElements(By.cssSelector("path.edge")).size();
            assertEquals(List.of(), js(CROSSINGS), d);
        }
        assertTrue(edges >= 40, "edges checked: " + edges);
        open("/lineage/" + enc(ID + "tw/nq/2008/22"));
        shot("lineage-routed");
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String d : List.of(ID + "tw/ct/2007/10", ID + "tw/nq/2008/22", ID + "lam-dong/tu/kh/2018/59")) {
            open("/lineage/" + enc(d));
            assertEquals(List.of(), js(CROSSINGS), d + " at 390 px");
        }
    }

    @Test
    void depthLimitMarksHiddenDocumentsAndExpandsInPlace() throws IOException {
        open("/lineage/" + enc(ID + "tw/ct/2007/10") + "?depth=1");
        assertTrue(browser.findElements(By.cssSelector("g.node[data-iri$='/tu/kh/2018/59']")).isEmpty(), "59 is beyond depth 1");
        WebElement more = browser.findElement(By.cssSelector("g.more[data-iri$='/tw/kl/2017/18'][data-dir=down]"));
        assertEquals("+2", more.getText(), "59-KH/TU and 77-KH/TU are one step below 18-KL/TW");
        shot("lineage-depth");
        more.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("g.node[data-iri$='/tu/kh/2018/59']")));
        assertTrue(browser.findElements(By.cssSelector("g.more[data-iri$='/tw/kl/2017/18']")).isEmpty(), "expanded");
        assertFalse(browser.findElements(By.cssSelector("g.more[data-iri$='/tu/kh/2018/59'][data-dir=down]")).isEmpty(), "59 has more below");
        assertTrue(browser.getCurrentUrl().endsWith("depth=1"), "in place, same view");
    }

    @Test
    void lineageZoomsAndWorksOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/lineage/" + enc(ID + "tw/ct/2007/10"));
        WebElement box = browser.findElement(By.id("timeline"));
        long boxWidth = (Long) js("return arguments[0].clientWidth", box);
        assertTrue(boxWidth <= 390, "fits the screen: " + boxWidth);
        assertTrue((Long) js("return document.documentElement.scrollWidth") <= 400, "the page itself does not scroll sideways");
        // Every node can be reached: the drawing scrolls inside its box.
        for (WebElement n : browser.findElements(By.cssSelector("g.node"))) {
            js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", n);
            assertTrue((Boolean) js("const r = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
                    + "return r.left >= b.left - 1 && r.left < b.right && r.top >= b.top - 1 && r.top < b.bottom;", n, box), "reachable " + n.getDomAttribute("data-iri"));
        }
        js("arguments[0].scrollLeft = 0; window.scrollTo(0, 0)", box);
        shot("lineage-390");
        double before = Double.parseDouble(browser.findElement(By.cssSelector("svg.lineage")).getDomAttribute("width"));
        browser.findElement(By.id("zoom-in")).click();
        double after = Double.parseDouble(browser.findElement(By.cssSelector("svg.lineage")).getDomAttribute("width"));
        assertTrue(after > before, before + " → " + after);
        browser.findElement(By.id("zoom-fit")).click();
        open("/doc/" + enc(ID + "lam-dong/tu/kh/2018/59"));
        shot("document-390");
        open("/coverage/" + enc(ID + "tw/kl/2017/18"));
        shot("coverage-390");
    }

    @Test
    void coverageListsEveryProvinceWithLag() throws IOException {
        open("/coverage/" + enc(ID + "tw/kl/2017/18"));
        assertEquals(63, browser.findElements(By.cssSelector("#coverage-matrix .tile")).size(), "every province in office in 2017; "
                + texts("#view .error"));
        List<WebElement> has = browser.findElements(By.cssSelector("#coverage-matrix .tile.has"));
        assertEquals(1, has.size());
        assertTrue(has.get(0).getText().contains("Lâm Đồng") && has.get(0).getText().contains("59-KH/TU"), has.get(0).getText());
        List<String> first = texts("#coverage tbody tr:first-child td");
        assertEquals("Lâm Đồng", first.get(0));
        assertTrue(texts("#coverage tbody tr.has").stream().anyMatch(r -> r.contains("59-KH/TU") && r.contains("322")), texts("#coverage tbody tr.has").toString());
        assertTrue(texts("#coverage tbody tr.has").stream().anyMatch(r -> r.contains("Cát Tiên") && r.contains("135-KH/HU")), "districts too");
        assertFalse(browser.findElements(By.cssSelector("#coverage tbody tr.none")).isEmpty(), "provinces with nothing found are listed");
        assertTrue(browser.findElement(By.id("coverage-summary")).getText().contains("1/63"));
        String csv = download("export-csv");
        assertTrue(csv.contains("province,district,document,notation,type,issued,lagDays,relation,via") && csv.contains("An Giang"), csv.substring(0, 200));
        shot("coverage");
    }

    @Test
    void savedQueryIsATemplateWithShareLinks() throws IOException {
        open("/sparql/upstream-chain");
        WebElement field = browser.findElement(By.id("param-notation"));
        assertEquals("135-KH/HU", field.getDomProperty("value"));
        field.clear();
        field.sendKeys("59-KH/TU");
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "18-KL/TW"));
        String results = browser.findElement(By.cssSelector(".yasr")).getText();
        assertFalse(results.contains("135-KH/HU"), "bound to 59-KH/TU, so nothing below it: " + results);
        assertTrue(results.contains("10-CT/TW"), results);
        assertTrue((Boolean) js("return window.lineageYasgui.getTab().getQuery().includes('\"59-KH/TU\"')"), "the editor shows the bound query");
        assertTrue(browser.getTitle().contains("SPARQL"));
        shot("sparql");

        // The share link reopens the same query with the same value.
        browser.findElement(By.id("share")).click();
        String url = browser.findElement(By.id("share-url")).getDomProperty("value");
        assertTrue(url.contains("/sparql/upstream-chain?notation=59-KH%2FTU"), url);
        browser.get(url);
        browser.navigate().refresh();
        waitReady();
        assertEquals("59-KH/TU", browser.findElement(By.id("param-notation")).getDomProperty("value"));

        // A result's document IRI opens the document page.
        browser.findElement(By.id("run")).click();
        WebElement iri = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasr a[href='#/doc/" + enc(ID + "tw/kl/2017/18") + "']")));
        js("arguments[0].click()", iri);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc h1"), "Kết luận 18-KL/TW"));
    }

    @Test
    void yasguiShareLinkOpensTheEditor() {
        open("query=" + enc("SELECT ?n WHERE { ?d <https://w3id.org/vn-directive/ontology#notation> ?n } ORDER BY ?n LIMIT 3"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "01-KL/TW"));
        assertTrue(browser.findElements(By.id("search")).isEmpty(), "not the search page");
    }

    @Test
    void queryErrorsShowTheServersMessage() throws IOException {
        open("query=" + enc("SELEC ?x WHERE { ?x ?y ?z }"));
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#query-status .error")));
        assertEquals("400", error.getDomAttribute("data-status"));
        assertTrue(error.getText().contains("(400)") && error.getText().contains("SELEC"), error.getText());
        shot("sparql-400");
        open("query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
        error = new WebDriverWait(browser, Duration.ofSeconds(40)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#query-status .error")));
        assertEquals("503", error.getDomAttribute("data-status"), error.getText());
        assertTrue(error.getText().contains("quá thời gian"), error.getText());
        shot("sparql-503");
    }

    @Test
    void searchRanksTheExactNotationFirstAndFilters() throws IOException {
        List<String[]> firstHit = List.of(new String[] {"Kết luận số 18-KL/TW", "Kết luận 18-KL/TW"}, new String[] {"18KL/TW", "Kết luận 18-KL/TW"},
                new String[] {"ketluan 18", "Kết luận 18-KL/TW"}, new String[] {"so 59 kh tu", "Kế hoạch 59-KH/TU"});
        for (String[] c : firstHit) {
            open("/search/" + enc(c[0]).replace("+", "%20"));
            List<String> hits = texts("#results tr.result td:first-child a");
            assertFalse(hits.isEmpty(), c[0] + " finds something");
            assertEquals(c[1], hits.get(0), c[0] + " → " + hits);
        }
        // A body's name finds what it issued, and says why.
        open("/search/" + enc("tinh uy lam dong").replace("+", "%20"));
        assertTrue(texts("#results .snippet").stream().anyMatch(s -> s.contains("Tỉnh ủy Lâm Đồng")), texts("#results .snippet").toString());
        assertTrue(browser.findElement(By.id("result-count")).getText().matches("\\d+ kết quả.*"));
        // Filters: the district level only.
        open("/search/" + enc("sinh hoat chi bo").replace("+", "%20") + "?level=District");
        List<String> notations = texts("#results tr.result td:nth-child(3)");
        assertFalse(notations.isEmpty());
        assertTrue(notations.stream().allMatch(n -> n.endsWith("/HU")), notations.toString());
        shot("search-filtered");
        // Near misses: a suggestion.
        open("/search/" + enc("chi thij 10").replace("+", "%20"));
        assertTrue(browser.findElement(By.id("did-you-mean")).getText().contains("10-CT/TW"), browser.findElement(By.id("did-you-mean")).getText());
    }

    @Test
    void didYouMeanAlsoBesideWeakMatchesOfANotation() throws IOException {
        // No document is 10-CT/TU; its words still find some (weak matches), and the near notation is offered.
        open("/search/" + enc("10-CT/TU"));
        assertFalse(texts("#results tr.result").isEmpty(), "the words match something");
        assertTrue(texts("#results tr.result td:nth-child(3)").stream().noneMatch("10-CT/TU"::equals));
        WebElement dym = browser.findElement(By.id("did-you-mean"));
        assertTrue(dym.getText().contains("Chỉ thị 10-CT/TW"), dym.getText());
        shot("search-did-you-mean");
        dym.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc h1"), "Chỉ thị 10-CT/TW"));
        // The issuer and the type, each one edit away; and no suggestion when the notation exists.
        open("/search/" + enc("18-KT/TU"));
        assertTrue(browser.findElement(By.id("did-you-mean")).getText().contains("18-KL/TW"));
        open("/search/" + enc("10-CT/TW"));
        assertTrue(browser.findElements(By.id("did-you-mean")).isEmpty(), "an exact notation needs no suggestion");
        assertEquals("Chỉ thị 10-CT/TW", texts("#results tr.result td:first-child a").get(0));
    }

    @Test
    void vietnameseModeShowsNoEnglishSavedQuery() throws IOException {
        open("/sparql/upstream-chain");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, String>> index = (List<java.util.Map<String, String>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch('/queries/index.json').then(r => r.json()).then(done);");
        assertEquals(org.vndirective.lineage.store.SavedQuery.NAMES.size(), index.size());
        java.util.regex.Pattern english = java.util.regex.Pattern.compile(
                "(?<!\\p{L})(?i:the|of|and|which|every|with|document|must|its|from|what|where|who|how|rows|query)(?!\\p{L})");
        java.util.regex.Pattern vietnamese = java.util.regex.Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]");
        for (var q : index) {
            open("/sparql/" + q.get("name"));
            String title = browser.findElement(By.cssSelector("#saved option:checked")).getText();
            String answers = browser.findElement(By.id("answers")).getText();
            String englishAnswers = SavedQuery.packaged(q.get("name")).answers();
            for (String shown : List.of(title, answers)) {
                assertFalse(english.matcher(shown).find(), q.get("name") + ": English in \"" + shown + "\"");
                assertTrue(vietnamese.matcher(shown.toLowerCase(java.util.Locale.ROOT)).find(), q.get("name") + ": not Vietnamese: " + shown);
            }
            assertFalse(title.equals(q.get("title")) || answers.equals(englishAnswers), q.get("name"));
            // The editor's header comments too (the query itself is the same).
            String editor = (String) js("return window.lineageYasgui.getTab().getQuery()");
            assertTrue(editor.contains("# title: " + title) && !editor.contains(q.get("title")), editor);
            assertTrue(browser.getTitle().startsWith(title), browser.getTitle());
        }
        List<String> options = texts("#saved option");
        assertTrue(options.stream().noneMatch(o -> english.matcher(o).find()), options.toString());
        open("/sparql/coverage-of");
        shot("sparql-vi");
        // In English the .rq headers show as they are.
        js("localStorage.setItem('lineage.lang', 'en')");
        open("/sparql/coverage-of");
        assertTrue(browser.findElement(By.id("answers")).getText().startsWith("Which provinces"), browser.findElement(By.id("answers")).getText());
    }

    @Test
    void notFoundStatesInBothLanguages() throws IOException {
        open("/doc/" + enc(ID + "tw/ct/1900/999"));
        assertTrue(browser.findElement(By.id("not-found")).getText().contains("Không tìm thấy"));
        assertTrue(browser.getTitle().startsWith("Không tìm thấy"), browser.getTitle());
        shot("not-found");
        browser.get(server.url() + "/id/tw/ct/1900/999");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Không tìm thấy"), "a styled 404 for browsers");
        assertFalse(browser.findElements(By.id("back")).isEmpty(), "with a way back");
        open("/no-such-view");
        assertTrue(browser.findElement(By.id("not-found")).getText().contains("Không có trang này"));
        js("localStorage.setItem('lineage.lang', 'en')");
        open("/lineage/" + enc(ID + "tw/ct/1900/999"));
        assertTrue(browser.findElement(By.id("not-found")).getText().contains("Not found"));
    }

    @Test
    void englishModeTranslatesBandsDatesAndQueryTitles() throws IOException {
        open("");
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .home"), "Directive lineage"));
        open("/lineage/" + enc(ID + "tw/ct/2007/10"));
        assertEquals(List.of("Central", "Province", "District"), texts("text.band-label"));
        String node = browser.findElement(By.cssSelector("g.node[data-iri$='/tw/kl/2017/18']")).getText();
        assertTrue(node.contains("22 Sep 2017") && node.contains("Conclusion"), node);
        assertTrue(texts("text.edge-label").contains("continues"));
        shot("lineage-en");
        open("/sparql/coverage-of");
        assertTrue(browser.findElement(By.cssSelector("#saved option[value=coverage-of]")).getText().startsWith("Coverage"));
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#saved option[value=coverage-of]"), "Độ phủ"));
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "59-KH/TU"));
        assertTrue(browser.findElement(By.cssSelector(".yasr")).getText().contains("Bảng"), "YASGUI's labels in Vietnamese");
    }

    @Test
    void aScriptInATitleStaysText() throws IOException {
        open("/doc/" + enc(ID + "lam-dong/tu/kh/2022/77"));
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dd[data-field=title2]")));
        assertTrue(title.getText().contains("<script>alert(1)</script>"), title.getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertTrue(browser.findElements(By.xpath("//dd//script")).isEmpty(), "no script element was made");
        shot("escaping");
    }
}
