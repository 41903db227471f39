package dev.checkout.system;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which ./suite infra installs) with a fresh
 * profile, so no two people in a journey share cookies. Runs axe-core in the page it shows, and keeps screenshots
 * under target/screenshots for the README.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules: a violation of any impact (minor to critical) fails the check. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
              .then(result => done(result.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(error => done(['axe failed: ' + error]));""";

    final ChromeDriver driver;
    private final Path profile;

    Browser(int width, int height) {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (./suite infra installs it)").exists();
        assertThat(new File(CHROMEDRIVER)).as("Debian's chromium-driver (./suite infra installs it)").exists();
        try {
            profile = Files.createTempDirectory("checkout-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    Browser() {
        this(1280, 1000);
    }

    /** The page's accessibility violations found by axe-core; empty when there are none. */
    List<String> accessibilityViolations() {
        try {
            driver.executeScript(Files.readString(Path.of(System.getProperty("axe.script",
                    "target/axe/node_modules/axe-core/axe.min.js"))));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not installed (the build runs axe/install.sh)", e);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript(AXE_RUN);
        return violations;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
