package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.parley.core.deals.PackageVerdict;
import org.parley.core.scenario.Issue;
import org.parley.core.text.Decimals;

/**
 * The flagship report read the way a reader sees it, in headless Chromium (Debian's chromium and chromium-driver)
 * with the network off, at 1280 and 800 px wide and as printed: the verdict box comes first, the package table holds
 * every package's terms, the deal-space figures show every veto party with the zone drawn, no two texts overprint
 * in any chart (their boxes measured in the browser), nothing runs off the page at 800 px, and every chart renders.
 * The new sections (how sure, phasing) and the backtest and negotiation reports are read the same way. Full-page
 * screenshots and the figures are kept in report/target/screenshots/. Skipped when the browser is not installed.
 */
class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("report/target/screenshots");

    /** Pairs of texts in one chart whose boxes, as the browser lays them out, overlap by more than half a pixel. */
    private static final String OVERLAPS = """
            const out = [];
            for (const svg of document.querySelectorAll('figure.chart svg')) {
              const frame = svg.getBoundingClientRect();
              const ts = Array.from(svg.querySelectorAll('text')).map(t => [t.textContent, t.getBoundingClientRect()]);
              for (const [s, r] of ts) {
                if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5
                    || r.bottom > frame.bottom + 0.5) out.push(svg.id + ': "' + s + '" leaves the chart');
              }
              for (let i = 0; i < ts.length; i++) for (let j = i + 1; j < ts.length; j++) {
                const a = ts[i][1], b = ts[j][1];
                const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 0.5 && h > 0.5) out.push(svg.id + ': "' + ts[i][0] + '" overlaps "' + ts[j][0] + '"');
              }
            }
            return out;""";

    @TempDir
    Path dir;

    /** Debian's headless Chromium with the network off, at 1280 x 1024, on a fresh profile in the test's folder. */
    private ChromeDriver open(String name) throws Exception {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars", "--proxy-server=127.0.0.1:9",
                "--window-size=1280,1024", "--user-data-dir=" + Files.createDirectory(dir.resolve("profile-" + name)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().withLogFile(dir.resolve("chromedriver-" + name + ".log").toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        return browser;
    }

    @Test
    void a_reader_finds_the_verdict_the_packages_and_every_veto_party_and_no_label_overprints() throws Exception {
        ReportInput in = Flagship.input();
        Path html = dir.resolve("flagship.html");
        Files.writeString(html, Report.of(in).html());
        ChromeDriver browser = open("flagship");
        try {
            browser.get(html.toUri().toString());
            assertThat(browser.getTitle()).startsWith("Parley report: Ukraine 2022");

            verdictFirst(browser);
            packageTable(browser, in);
            dealSpace(browser, in);
            howSureAndPhasing(browser, in);
            assertThat(overlaps(browser)).as("overlapping texts at 1280 px").isEmpty();
            everyChartRenders(browser, ReportTest.FLAGSHIP_CHARTS);
            detectorSeesAnOverprint(browser);
            save(fullPage(browser), "flagship-1280.png");
            save(shot(browser, browser.findElement(By.cssSelector("section#deal-space .figures"))),
                    "deal-space-1280.png");
            save(shot(browser, browser.findElement(By.cssSelector("section#how-sure"))), "how-sure-1280.png");
            save(shot(browser, browser.findElement(By.cssSelector("section#phasing"))), "phasing-1280.png");
            for (String id : List.of("acceptance-chances", "verdict-tornado", "forecast-intervals",
                    "schedule-grand-bargain-repaired", "slack-grand-bargain-repaired")) {
                save(shot(browser, browser.findElement(By.id("fig-" + id))), id + "-1280.png");
            }

            browser.manage().window().setSize(new Dimension(800, 1000));
            assertThat(browser.executeScript("return window.innerWidth;")).isEqualTo(800L);
            assertThat(horizontalOverflow(browser)).as("page wider than 800 px").isLessThanOrEqualTo(0L);
            assertThat(overlaps(browser)).as("overlapping texts at 800 px").isEmpty();
            byte[] narrow = fullPage(browser);
            save(narrow, "flagship-800.png");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(narrow));
            assertThat(img.getWidth()).isEqualTo(800);
            save(top(img, 2100), "flagship-800-top.png");

            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.manage().window().setSize(new Dimension(794, 1123));
            assertThat(horizontalOverflow(browser)).as("printed page wider than A4").isLessThanOrEqualTo(0L);
            assertThat(browser.findElement(By.cssSelector("tr.why li")).isDisplayed())
                    .as("rationales open in print").isTrue();
            assertThat(browser.findElement(By.cssSelector("nav.contents")).isDisplayed()).isTrue();
        } finally {
            browser.quit();
        }
    }

    private static void verdictFirst(ChromeDriver browser) {
        WebElement verdict = browser.findElement(By.cssSelector("section#verdict .verdict"));
        assertThat(verdict.isDisplayed()).isTrue();
        assertThat(verdict.getText()).startsWith(Flagship.input().analysis().verdict().summary().get(0));
        List<WebElement> sections = browser.findElements(By.cssSelector("body > section, body > nav"));
        assertThat(sections.get(0).getAttribute("id")).isEqualTo("verdict");
        long verdictTop = ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().top "
                + "+ window.scrollY;", verdict)).longValue();
        assertThat(verdictTop).as("the verdict box starts within the first screen").isLessThan(300L);
        List<String> contents = new ArrayList<>();
        browser.findElements(By.cssSelector("nav.contents > ol > li > a")).forEach(a -> contents.add(a.getText()));
        assertThat(contents).containsExactly("Verdict", "Packages", "Deal space", "Forecasts", "How sure",
                "Phasing", "Actors and judgements", "Appendix: issues, facts and sources");
    }

    private static void packageTable(ChromeDriver browser, ReportInput in) {
        WebElement table = browser.findElement(By.cssSelector("section#packages table.packages"));
        assertThat(table.isDisplayed()).isTrue();
        for (PackageVerdict v : in.analysis().packages()) {
            for (Issue issue : in.scenario().issues()) {
                WebElement cell = table.findElement(By.cssSelector("td[data-column='package " + v.id()
                        + "'][data-issue='" + issue.id() + "']"));
                assertThat(cell.findElement(By.className("num")).getText()).as(v.id() + " " + issue.id())
                        .isEqualTo(Decimals.upTo(v.outcome().get(issue.id()), 1));
                assertThat(cell.isDisplayed()).isTrue();
            }
        }
        assertThat(table.findElements(By.cssSelector("td[data-column='Nash point']")))
                .hasSize(in.scenario().issues().size());
    }

    private static void dealSpace(ChromeDriver browser, ReportInput in) {
        List<WebElement> figures = browser.findElements(By.cssSelector("section#deal-space svg[id^='svg-deal-space-']"));
        Set<String> parties = new TreeSet<>();
        for (WebElement svg : figures) {
            assertThat(svg.isDisplayed()).isTrue();
            String id = svg.getAttribute("id").substring("svg-deal-space-".length());
            parties.addAll(List.of(id.toUpperCase(java.util.Locale.ROOT).split("-")));
            WebElement zone = svg.findElement(By.cssSelector("g.zone polygon"));
            double area = ((Number) browser.executeScript("const b = arguments[0].getBBox(); return b.width * b.height;",
                    zone)).doubleValue();
            assertThat(area).as(id + ": the zone is drawn").isGreaterThan(400);
            assertThat(svg.findElements(By.cssSelector("g.frontier polyline"))).hasSize(1);
        }
        assertThat(parties).as("every veto party appears in a deal-space figure")
                .containsExactlyElementsOf(new TreeSet<>(in.analysis().scenario().vetoParties()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> overlaps(ChromeDriver browser) {
        return (List<String>) browser.executeScript(OVERLAPS);
    }

    /** The overlap check itself can fail: a copy of a label drawn 3 px off is caught, then removed again. */
    private static void detectorSeesAnOverprint(ChromeDriver browser) {
        browser.executeScript("const t = document.querySelector('#svg-deal-space-usa-rus g.labels text');"
                + "const c = t.cloneNode(true); c.setAttribute('x', +t.getAttribute('x') + 3); c.id = 'probe';"
                + "t.parentNode.appendChild(c);");
        assertThat(overlaps(browser)).singleElement().asString().startsWith("svg-deal-space-usa-rus: ");
        browser.executeScript("document.getElementById('probe').remove();");
        assertThat(overlaps(browser)).isEmpty();
    }

    private static long horizontalOverflow(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth "
                + "- document.documentElement.clientWidth;")).longValue();
    }

    /**
     * The new sections as a reader sees them: every chance of acceptance drawn as a bar (however thin), the tornado's
     * zero line across its rows, a schedule panel per issue the partition moves, the binding stage marked.
     */
    private static void howSureAndPhasing(ChromeDriver browser, ReportInput in) {
        WebElement chances = browser.findElement(By.id("svg-acceptance-chances"));
        assertThat(chances.isDisplayed()).isTrue();
        List<WebElement> bars = chances.findElements(By.cssSelector("g.spans rect"));
        assertThat(bars).hasSize(in.analysis().uncertainty().packages().size() * 4);
        for (WebElement bar : bars) {
            assertThat(((Number) browser.executeScript("return arguments[0].getBBox().width;", bar)).doubleValue())
                    .isGreaterThanOrEqualTo(1);
        }
        WebElement zero = browser.findElement(By.cssSelector("#svg-verdict-tornado g.rules line"));
        assertThat(((Number) browser.executeScript("const b = arguments[0].getBoundingClientRect(); return b.height;",
                zero)).doubleValue()).as("the tornado's zero line runs across its rows").isGreaterThan(200);
        assertThat(browser.findElements(By.cssSelector("#svg-schedule-partition g.series polyline"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#svg-slack-partition g.points polygon")).isDisplayed())
                .isTrue();
        List<String> headings = new ArrayList<>();
        browser.findElements(By.cssSelector("section#phasing h3")).forEach(h -> headings.add(h.getText()));
        assertThat(headings).hasSize(in.analysis().phasing().packages().size());
    }

    @Test
    void the_backtest_and_negotiation_reports_read_the_same_way_without_overprint_or_overflow() throws Exception {
        var data = org.parley.io.outcomes.OutcomeFiles.read(Path.of("data/deu/deu3.csv"),
                org.parley.io.Limits.defaults());
        var result = org.parley.core.backtest.Backtester.run(data, new org.parley.core.backtest.BacktestOptions(
                List.of("compromise", "median", "exchange"), org.parley.core.backtest.Capabilities.equal(), 1, 200,
                null), org.parley.core.exec.BatchRunner.sequential());
        Report backtest = Report.of(new BacktestInput(result, null, null));
        Report session = Report.of(new NegotiationInput(NegotiationReportTest.flagshipSession(), Flagship.scenario(),
                null, null));
        ChromeDriver browser = open("others");
        try {
            for (Object[] r : new Object[][] {{"backtest", backtest}, {"negotiation", session}}) {
                Report report = (Report) r[1];
                Path html = dir.resolve(r[0] + ".html");
                Files.writeString(html, report.html());
                browser.manage().window().setSize(new Dimension(1280, 1024));
                browser.get(html.toUri().toString());
                assertThat(browser.findElement(By.cssSelector("body > section .verdict")).isDisplayed()).isTrue();
                assertThat(overlaps(browser)).as(r[0] + ": overlapping texts at 1280 px").isEmpty();
                everyChartRenders(browser, report.charts().stream().map(c -> c.id()).toList());
                byte[] page = fullPage(browser);
                save(page, r[0] + "-1280.png");
                save(top(ImageIO.read(new ByteArrayInputStream(page)), 1900), r[0] + "-1280-top.png");
                for (var c : report.charts()) {
                    save(shot(browser, browser.findElement(By.id("fig-" + c.id()))), r[0] + "-" + c.id() + ".png");
                }
                browser.manage().window().setSize(new Dimension(800, 1000));
                assertThat(horizontalOverflow(browser)).as(r[0] + ": page wider than 800 px").isLessThanOrEqualTo(0L);
                assertThat(overlaps(browser)).as(r[0] + ": overlapping texts at 800 px").isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    private void everyChartRenders(ChromeDriver browser, List<String> ids) throws Exception {
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart svg"));
        assertThat(charts).hasSize(ids.size());
        for (String id : ids) {
            WebElement svg = browser.findElement(By.id("svg-" + id));
            browser.executeScript("arguments[0].scrollIntoView(true);", svg);
            byte[] png = svg.getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(id + ".png"), png);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(img.getWidth()).as(id + " width").isGreaterThan(300);
            assertThat(img.getHeight()).as(id + " height").isGreaterThan(120);
            assertThat(Pixels.nonWhiteShare(img, 0, 0, img.getWidth(), img.getHeight()))
                    .as(id + ": share of non-white pixels").isGreaterThan(0.02);
        }
    }

    /** The whole page as one PNG, however long (Chrome DevTools: a screenshot beyond the viewport). */
    private static byte[] fullPage(ChromeDriver browser) {
        long w = ((Number) browser.executeScript("return document.documentElement.clientWidth;")).longValue();
        long h = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** One element, whole, however tall (a screenshot of the page clipped to the element's box). */
    @SuppressWarnings("unchecked")
    private static byte[] shot(ChromeDriver browser, WebElement e) {
        Map<String, Object> r = (Map<String, Object>) browser.executeScript("const b = arguments[0]"
                + ".getBoundingClientRect(); return {x: b.left + window.scrollX, y: b.top + window.scrollY, "
                + "width: b.width, height: b.height, scale: 1};", e);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", r));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static byte[] top(BufferedImage img, int height) throws Exception {
        BufferedImage cut = img.getSubimage(0, 0, img.getWidth(), Math.min(height, img.getHeight()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(cut, "png", out);
        return out.toByteArray();
    }

    private static void save(byte[] png, String name) throws Exception {
        Files.write(SHOTS.resolve(name), png);
    }
}
