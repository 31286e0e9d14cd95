package org.boardpack.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, started with a fresh profile and no
 * network of its own (no sync, updates or background fetches), downloads going to a folder.
 * {@link #missing()} says why the browser tests cannot run here, or null when they can.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Why the browser tests are skipped here; null when Chromium and its driver are installed. */
    static String missing() {
        if (!Files.isExecutable(BROWSER)) {
            return BROWSER + " is not installed (apt-get install chromium chromium-driver)";
        }
        if (!Files.isExecutable(DRIVER)) {
            return DRIVER + " is not installed (apt-get install chromium-driver)";
        }
        return null;
    }

    static ChromeDriver start(Path profile, Path downloads) throws IOException {
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
