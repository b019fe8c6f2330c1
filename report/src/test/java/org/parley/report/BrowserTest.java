package org.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * The flagship report opened in headless Chromium (Debian's chromium and chromium-driver) with the network off:
 * every chart renders and is not blank. Skipped when the browser is not installed.
 */
class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void every_chart_of_the_flagship_report_renders_offline_and_is_not_blank() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        Path html = dir.resolve("flagship.html");
        Files.writeString(html, Report.of(Flagship.input()).html());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--proxy-server=127.0.0.1:9", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            browser.setNetworkConditions(offline);
            browser.get(html.toUri().toString());
            assertThat(browser.getTitle()).startsWith("Parley report: Ukraine 2022");
            List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart svg"));
            assertThat(charts).hasSize(ReportTest.FLAGSHIP_CHARTS.size());
            for (String id : ReportTest.FLAGSHIP_CHARTS) {
                WebElement svg = browser.findElement(By.id("svg-" + id));
                browser.executeScript("arguments[0].scrollIntoView(true);", svg);
                byte[] png = svg.getScreenshotAs(OutputType.BYTES);
                Files.write(dir.resolve(id + ".png"), png);
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(img.getWidth()).as(id + " width").isGreaterThan(300);
                assertThat(img.getHeight()).as(id + " height").isGreaterThan(200);
                assertThat(Pixels.nonWhiteShare(img, 0, 0, img.getWidth(), img.getHeight()))
                        .as(id + ": share of non-white pixels").isGreaterThan(0.02);
            }
        } finally {
            browser.quit();
        }
    }
}
