package org.boardpack.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.boardpack.web.TestIndex;
import org.boardpack.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages used as a person would, in headless Chromium: type a query, narrow by a facet, open a
 * hit's PDF at its page, open a meeting and a person, filter the register by keyboard and open an
 * action's history, download the CSV, page through the decisions and back, open a table hit's page
 * image. Screenshots of the search page, a meeting, the register and a page image are saved in
 * {@code target/screenshots}. Skipped, saying why, where Chromium is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    static final Path SHOTS = Path.of("target/screenshots");
    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        String missing = Chromium.missing();
        if (missing != null) {
            System.out.println("BrowserTest skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        server = TestIndex.server();
        Path scratch = Files.createTempDirectory("boardpack-chromium");
        downloads = scratch.resolve("downloads");
        browser = Chromium.start(scratch.resolve("profile"), downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void typeAQueryNarrowByAFacetAndOpenAHitAtItsPage() throws Exception {
        browser.get(server.url() + "/");
        WebElement box = browser.findElement(By.cssSelector("label[for=f-q] + input"));
        box.sendKeys("minutes", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        int all = total();
        assertTrue(all > 1, "hits for minutes");
        assertTrue(browser.getCurrentUrl().contains("q=minutes"), "the query is in the URL: " + browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector(".snippet mark")).isEmpty(), "matched terms are marked");
        screenshot("search.png");

        WebElement facet = browser.findElement(By.cssSelector("[data-facet=type] li a"));
        String type = facet.getText().replace(' ', '_');
        facet.click();
        wait.until(ExpectedConditions.urlContains("type=" + type));
        assertTrue(total() < all, "a facet narrows the hits");
        browser.findElements(By.cssSelector(".hit .type")).forEach(t -> assertEquals("[" + type.replace('_', ' ') + "]", t.getText()));

        WebElement file = browser.findElement(By.cssSelector(".hit a.file"));
        String shown = file.getText();
        int page = Integer.parseInt(shown.substring(shown.lastIndexOf(':') + 1));
        String href = file.getAttribute("href");
        assertTrue(href.endsWith("#page=" + page), href);
        // what the browser gets at that address is the PDF itself, the viewer told the page by the fragment
        Object served = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')"
                + " + ' ' + String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))))))"
                + ".catch(e => done('failed: ' + e));", href);
        assertEquals("200 application/pdf %PDF-", served);
        String path = URLDecoder.decode(href.substring(href.indexOf("path=") + 5, href.indexOf('#')), StandardCharsets.UTF_8);
        assertTrue(path.endsWith(shown.substring(0, shown.lastIndexOf(':'))), path);
        // followed, the link opens the PDF in the browser's viewer at that page
        file.click();
        wait.until(ExpectedConditions.urlContains("/file?path="));
        assertTrue(browser.getCurrentUrl().endsWith("#page=" + page), browser.getCurrentUrl());
        assertEquals("application/pdf", browser.executeScript("return document.contentType"));
    }

    @Test
    @Order(2)
    void openAMeetingThenAPerson() throws Exception {
        browser.get(server.url() + "/?q=" + "present" + "&type=attendance");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        browser.findElement(By.cssSelector(".hit .where a[href^='/meeting']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("dl.details")));
        String id = browser.findElement(By.cssSelector("dl.details code")).getText();
        assertTrue(browser.getTitle().startsWith(id), browser.getTitle());
        assertFalse(browser.findElements(By.cssSelector("#s-decisions, #s-actions, #s-agenda")).isEmpty());
        screenshot("meeting.png");

        WebElement person = browser.findElement(By.cssSelector("table a[href^='/person']"));
        String name = person.getText();
        person.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.person h2")));
        assertTrue(browser.findElement(By.cssSelector("section.person h2")).getText().contains(name));
        List<WebElement> meetings = browser.findElements(By.cssSelector("section.person table a[href^='/meeting']"));
        assertTrue(meetings.stream().anyMatch(m -> m.getText().equals(id)), "the person's page lists the meeting");
    }

    @Test
    @Order(3)
    void filterTheRegisterByKeyboardOpenAHistoryAndDownloadTheCsv() throws Exception {
        browser.get(server.url() + "/actions");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        int all = count();
        String owner = browser.findElement(By.cssSelector("tr.action td:nth-child(3) a")).getText();
        WebElement ownerBox = browser.findElement(By.id("f-owner"));
        ownerBox.sendKeys(owner);
        new Select(browser.findElement(By.id("f-status"))).selectByVisibleText("any status");
        ownerBox.sendKeys(Keys.ENTER); // Enter in a text field submits its form, as the button does
        wait.until(ExpectedConditions.urlContains("owner="));
        int owned = count();
        assertTrue(owned > 0 && owned <= all, owned + " of " + all);
        browser.findElements(By.cssSelector("tr.action td:nth-child(3)")).forEach(o -> assertEquals(owner, o.getText()));

        WebElement summary = browser.findElement(By.cssSelector("details.history summary"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", summary);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement details = browser.findElement(By.cssSelector("details.history"));
        wait.until(d -> details.getAttribute("open") != null);
        assertFalse(details.findElements(By.cssSelector("li a.file")).isEmpty(), "each history entry opens its paper");
        screenshot("register.png");

        browser.findElement(By.linkText("CSV")).click();
        Path csv = downloads.resolve("boardpack-actions.csv");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.exists(csv) && !partial());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.getFirst().startsWith("id,body,body_key,ref"), lines.getFirst());
        assertTrue(lines.size() > owned, "a header and the owner's actions");
    }

    @Test
    @Order(4)
    void pageThroughTheDecisionsAndBack() {
        browser.get(server.url() + "/decisions?size=2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        int all = count();
        assertTrue(all > 2, "more decisions than a page holds: " + all);
        List<String> first = decisionTexts();
        assertEquals(2, first.size());
        assertTrue(browser.findElements(By.cssSelector("nav.pager a[rel=prev]")).isEmpty(), "no previous page on the first");
        browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("3–4 shown"), browser.findElement(By.id("summary")).getText());
        assertEquals(all, count(), "the total is the same on every page");
        List<String> second = decisionTexts();
        assertFalse(second.isEmpty());
        assertTrue(second.stream().noneMatch(first::contains), "page 2 shows other rows: " + first + " / " + second);
        assertTrue(browser.findElement(By.cssSelector("nav.pager span")).getText().startsWith("Page 2 of " + (all + 1) / 2));
        browser.findElement(By.cssSelector("nav.pager a[rel=prev]")).click();
        wait.until(ExpectedConditions.urlContains("page=1"));
        assertEquals(first, decisionTexts(), "back on the first page, the same rows");
    }

    @Test
    @Order(5)
    void openATableHitsPageImageWithItsBoxMarked() throws Exception {
        browser.get(server.url() + "/?q=" + "*:*" + "&type=table");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        WebElement link = browser.findElement(By.cssSelector(".hit a.page-image"));
        assertEquals("page image, table marked", link.getText());
        String file = browser.findElement(By.cssSelector(".hit a.file")).getText();
        int page = Integer.parseInt(file.substring(file.lastIndexOf(':') + 1));
        link.click();
        wait.until(ExpectedConditions.urlContains("/page.png?"));
        assertTrue(browser.getCurrentUrl().contains("page=" + page + "&box="), browser.getCurrentUrl());
        assertEquals("image/png", browser.executeScript("return document.contentType"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.images.length ? document.images[0].naturalWidth : 0")).intValue() > 0);
        screenshot("page-image.png");
    }

    private static List<String> decisionTexts() {
        return browser.findElements(By.cssSelector("table tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static boolean partial() {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static int total() {
        return leadingNumber(browser.findElement(By.id("summary")).getText());
    }

    private static int count() {
        return leadingNumber(browser.findElement(By.id("summary")).getText());
    }

    private static int leadingNumber(String text) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1));
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
