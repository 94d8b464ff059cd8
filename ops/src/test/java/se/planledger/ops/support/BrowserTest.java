package se.planledger.ops.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The whole ledger with a real headless Chromium in front of it: one browser per test class, signed out before
 * each test, and a screenshot of every step under {@code target/screenshots/<class>.<test>/<nn>-<step>.png}.
 * The browser and its driver are the system's ({@link RequiresChromium}); giving both paths keeps Selenium
 * Manager from looking for (and downloading) any other.
 */
@ExtendWith(RequiresChromium.class)
public abstract class BrowserTest extends PostgresIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static WebDriver browser;

    @LocalServerPort
    private int port;

    private Path screenshots;
    private int step;

    @BeforeAll
    static void startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresChromium.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quitChromium() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void signOutAndNameTheScreenshots(TestInfo test) {
        browser.manage().deleteAllCookies();
        screenshots = SCREENSHOTS.resolve(getClass().getSimpleName() + "." + test.getTestMethod().orElseThrow().getName());
        step = 0;
    }

    /** The ledger's address for a path ("/login"). */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page, reloading until its text shows {@code expected} (the demo data load at start-up). */
    protected void open(String path, String expected) {
        browser.get(url(path));
        awaitText(expected);
    }

    /** Waits, reloading, until the page's text shows {@code expected}. */
    protected void awaitText(String expected) {
        awaitPage(text -> text.contains(expected), "the page to show " + expected);
    }

    /** Waits, without reloading (a form's answer shows once), until the page's text shows {@code expected}. */
    protected void awaitShown(String expected) {
        waiting(Duration.ofSeconds(60)).withMessage("the page to show " + expected)
                .until(driver -> text().contains(expected));
    }

    /** Waits, reloading, until the page's text meets the condition. */
    protected void awaitPage(Predicate<String> condition, String what) {
        waiting(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).withMessage(what)
                .until(driver -> {
                    if (condition.test(text())) {
                        return true;
                    }
                    driver.navigate().refresh();
                    return false;
                });
    }

    /** What the page shows: the text of its body as the user reads it. */
    protected String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    /** Signs in at the form as a demo user (whose password is its name) and lands on the start page. */
    protected void signIn(String user) {
        browser.get(url("/login"));
        find("#username").sendKeys(user);
        find("#password").sendKeys(user);
        screenshot("inloggning-" + user);
        find("form[action='/login'] button[type='submit']").click();
        waiting(Duration.ofSeconds(10)).until(driver -> text().contains("Inloggad som " + user));
    }

    /** A wait that reads on when the page it read from has just been left (a click, a reload). */
    private static WebDriverWait waiting(Duration atMost) {
        WebDriverWait wait = new WebDriverWait(browser, atMost);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the browser shows now as the test's next step. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, screenshots.resolve("%02d-%s.png".formatted(++step, name)), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
