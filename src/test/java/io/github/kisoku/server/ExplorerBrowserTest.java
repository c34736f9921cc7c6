package io.github.kisoku.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer page in a real browser: Debian's headless Chromium driven through Selenium with the
 * system's chromedriver (nothing is downloaded at run time), against a server on a free loopback
 * port. Skipped, saying why, where the browser is not installed ({@code .ci/run} installs it).
 * Screenshots go to {@code target/explorer-*.png}, at 1280 × 800 and at phone width.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium logs through java.util.logging; a green run prints nothing (held: loggers are weak). */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static KisokuServer server;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install -y chromium "
                        + "chromium-driver fonts-ipaexfont-gothic; .ci/run installs them): skipped");
        SELENIUM.setLevel(java.util.logging.Level.OFF);
        server = KisokuServer.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,800", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "explorer-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void tab(String name) {
        browser.findElement(By.cssSelector("nav button[data-tab='" + name + "']")).click();
    }

    @Test
    @DisplayName("rules, a red light (6,000円 and the 仮納付 deadline), the example month audited, a booking week, then English")
    void aClerksAfternoon() throws IOException {
        browser.get(base + "/");
        waiting().until(d -> d.findElements(By.cssSelector("#rules-table tbody tr")).size() > 10);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("規則エクスプローラ");
        assertThat(browser.findElements(By.cssSelector("#rules-table .conf.UNCONFIRMED"))).isNotEmpty();
        browser.findElement(By.id("rules-q")).sendKeys("bicycle.age");
        assertThat(browser.findElements(By.cssSelector("#rules-table tbody tr"))).hasSizeBetween(1, 5);
        screenshot("rules");

        tab("bicycle");
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#b-violation option"), 10));
        new Select(browser.findElement(By.id("b-violation"))).selectByValue("SIGNAL_VIOLATION");
        browser.findElement(By.id("b-submit")).click();
        WebElement amount = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("b-amount")));
        assertThat(amount.getText()).isEqualTo("6,000円");
        assertThat(browser.findElement(By.id("b-deadline")).getText()).isEqualTo("2026-04-13");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cal .deadline")));
        assertThat(browser.findElement(By.cssSelector(".cal .deadline")).getAttribute("data-date")).isEqualTo("2026-04-13");
        assertThat(browser.findElements(By.cssSelector(".cal .closed"))).isNotEmpty();
        screenshot("bicycle");

        tab("golf");
        browser.findElement(By.id("v-submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("v-tax")));
        // 65 on 2026-04-08 at the weekday senior fee: answered first without, then with a document shown
        assertThat(browser.findElement(By.id("v-tax")).getText()).endsWith("円");
        new Select(browser.findElement(By.id("v-document"))).selectByValue("DRIVING_LICENCE");
        browser.findElement(By.id("v-submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("v-evidence")));
        assertThat(browser.findElement(By.id("v-evidence")).getText()).contains("自動車運転免許証");
        screenshot("golf-visit");
        browser.findElement(By.id("g-example")).click();
        WebElement differences = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("g-differences")));
        assertThat(differences.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("g-computed")).getText()).endsWith("円");
        screenshot("golf");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", differences);
        screenshot("golf-differences");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");

        // Booking: the week of the bundled ledger, then a request for a taken cell, refused with its reasons.
        tab("booking");
        WebElement grid = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("avail")));
        assertThat(grid.findElements(By.cssSelector("tbody tr"))).hasSize(7);
        assertThat(grid.findElements(By.cssSelector("button[data-mark='TAKEN']"))).isNotEmpty();
        assertThat(grid.findElements(By.cssSelector("button[data-mark='FREE']"))).isNotEmpty();
        assertThat(browser.findElement(By.id("avail-legend")).getText()).contains("空き", "予約あり", "休館");
        screenshot("booking-grid");
        browser.findElement(By.id("k-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("k-verdict"), "受付可"));
        WebElement taken = grid.findElement(By.cssSelector("button[data-mark='TAKEN'][data-date='2026-08-05'][data-slot='13:00-15:00']"));
        taken.click();
        waiting().until(ExpectedConditions.textToBe(By.id("k-verdict"), "受付不可"));
        assertThat(browser.findElement(By.id("k-slots")).getAttribute("value")).isEqualTo("13:00-15:00");
        assertThat(browser.findElement(By.id("k-refusals")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#k-reasons li"))).isNotEmpty();
        screenshot("booking-refused");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        tab("golf");

        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Rules explorer");
        assertThat(browser.findElement(By.cssSelector("#golf-out h2 + .facts, #golf-out .facts")).getText()).contains("yen");
        screenshot("golf-en");
        tab("bicycle");
        assertThat(browser.findElement(By.id("b-amount")).getText()).isEqualTo("6,000 yen");
        screenshot("bicycle-en");

        tab("booking");
        assertThat(browser.findElement(By.id("k-verdict")).getText()).isEqualTo("Refused");
        assertThat(browser.findElement(By.id("avail-legend")).getText()).contains("free", "taken", "closed");
        screenshot("booking-en");
        browser.findElement(By.id("k-slots")).clear();
        browser.findElement(By.id("k-slots")).sendKeys("09:00-11:00");
        browser.findElement(By.id("k-submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("k-verdict"), "Accepted"));

        // A phone: the same page, nothing wider than the screen.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.findElement(By.id("lang-ja")).click();
        tab("bicycle");
        screenshot("bicycle-phone");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at phone width").isLessThanOrEqualTo(0);
        tab("golf");
        screenshot("golf-phone");
        tab("booking");
        screenshot("booking-phone");
        overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of the booking tab at phone width").isLessThanOrEqualTo(0);
        Object gridOverflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("const s = document.querySelector('#grid-out .scroll'); return s.scrollWidth - s.clientWidth;");
        assertThat(((Number) gridOverflow).intValue()).as("the week's grid fits a phone without scrolling").isLessThanOrEqualTo(0);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("avail")));
        screenshot("booking-phone-grid");
        browser.manage().window().setSize(new Dimension(1280, 800));
    }
}
