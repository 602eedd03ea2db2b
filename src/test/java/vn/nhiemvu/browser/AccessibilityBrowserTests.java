package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.HeadlessChromium;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Every page of every role, on a desk (1280 px) and on a phone (390 px): axe-core (src/test/resources/axe) checks it
 * against the WCAG 2.1 A and AA rules, and any violation fails the test unless {@link #ALLOWED} lists it with its
 * reason. The pages are the ones each person's menu offers, plus what they reach from them (a task, its plan and
 * dossier, a directive, the forms, a letter, the help, an unknown address). Each page is kept as a screenshot in
 * {@code target/screenshots/pages/<account>/<page>-<width>.png} to look at.
 */
@IntegrationTest
class AccessibilityBrowserTests extends BrowserTest {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA (Thông tư 32/2017/TT-BTTTT asks for them). */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Violations accepted, each with its reason: rule id → the address the page starts with ("" for every page) and
     * why. Keep it short: a new entry needs a reason that a reviewer accepts.
     */
    private static final Map<String, Allowed> ALLOWED = Map.of();

    record Allowed(String pathPrefix, String reason) {
    }

    private static final List<String> ACCOUNTS = List.of("vanphong", "cdsqg", "lanhdao", "phapche", "admin");

    /**
     * Pages that are the same for every role but for the header (whose menu each role's dashboard checks): checked
     * for the first account only.
     */
    private static final List<String> SAME_FOR_EVERY_ROLE = List.of("/account", "/tokens", "/jobs", "/calendar",
            "/help", "/notifications", "/khong-co-trang-nay", "/directives/", "/swagger-ui.html");

    /** Swagger UI is a third-party page of its own look; it is not part of the shell. */
    private static final Set<String> NOT_CHECKED = Set.of("/swagger-ui.html");

    private static final int DESK = 1280;
    private static final int PHONE = 390;
    /** Browsers walking the accounts at once. */
    private static final int BROWSERS = 2;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyPageOfEveryRoleMeetsWcag21AaOnADeskAndOnAPhone() throws Exception {
        String axe = axeSource();
        issueAnUrgingLetter();
        var violations = Collections.synchronizedList(new ArrayList<String>());

        browser.get(base + "/login");
        new Walker(browser, wait).check(axe, "anonymous", "/login", violations);

        // Each browser renders and runs axe on one core: two of them walk the accounts side by side (CI has two).
        var accounts = new ConcurrentLinkedQueue<>(ACCOUNTS);
        var walkers = new ArrayList<Future<?>>();
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        try {
            for (int i = 0; i < BROWSERS; i++) {
                WebDriver given = i == 0 ? browser : null;
                walkers.add(pool.submit(() -> {
                    walkAccounts(given, accounts, axe, violations);
                    return null;
                }));
            }
            for (Future<?> walker : walkers) {
                walker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(violations).as("WCAG 2.1 A/AA violations not in the allow-list").isEmpty();
    }

    /** Takes accounts from the queue until none is left, in the given browser or in one of its own. */
    private void walkAccounts(WebDriver given, Queue<String> accounts, String axe, List<String> violations)
            throws IOException {
        WebDriver driver = given != null ? given : HeadlessChromium.start(Files.createTempDirectory("nhiemvu-chromium"));
        try {
            var walker = new Walker(driver, new WebDriverWait(driver, Duration.ofSeconds(30)));
            for (String account = accounts.poll(); account != null; account = accounts.poll()) {
                walker.walk(account, axe, violations);
            }
        } finally {
            if (given == null) {
                driver.quit();
            }
        }
    }

    /** One browser going through an account's pages. */
    private final class Walker {

        private final WebDriver driver;
        private final WebDriverWait wait;

        Walker(WebDriver driver, WebDriverWait wait) {
            this.driver = driver;
            this.wait = wait;
        }

        /**
         * The account's pages, each checked at both widths; the pages the same for every role but for the header are
         * left to the first account (whose screenshots show them).
         */
        void walk(String account, String axe, List<String> violations) throws IOException {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new Dimension(DESK, 1000));
            logIn(driver, wait, account, "/dashboard");
            for (String path : pagesOf(account)) {
                boolean checkedAlready = !account.equals(ACCOUNTS.get(0)) && SAME_FOR_EVERY_ROLE.stream()
                        .anyMatch(p -> path.equals(p) || p.endsWith("/") && path.startsWith(p));
                if (!checkedAlready) {
                    driver.get(base + path);
                    check(axe, account, path, violations);
                }
            }
        }

        /** The menu's pages (desk view, menus included), then what a person reaches from them. */
        private List<String> pagesOf(String account) {
            var pages = new LinkedHashSet<String>();
            for (WebElement link : driver.findElements(By.cssSelector("#site-nav a[href]"))) {
                String href = link.getDomAttribute("href");
                if (href.startsWith("/") && !NOT_CHECKED.contains(href)) {
                    pages.add(href);
                }
            }
            pages.add(firstLink("/tasks", "#task-table tbody a[href^='/tasks/']"));
            String task = pages.stream().filter(p -> p != null && p.matches("/tasks/\\d+")).findFirst().orElseThrow();
            pages.add(task + "/plan");
            pages.add(task + "/dossier");
            pages.add(firstLink("/directives", "main table a[href^='/directives/']"));
            pages.add(firstLink("/monitoring/urging", "#letters-table a[href^='/monitoring/urging/']"));
            pages.add("/khong-co-trang-nay");
            if (account.equals("vanphong")) {
                pages.add("/directives/new");
                pages.add("/monitoring/urging/preview");
            }
            pages.remove(null);
            return List.copyOf(pages);
        }

        private String firstLink(String page, String selector) {
            driver.get(base + page);
            return driver.findElements(By.cssSelector(selector)).stream().map(e -> e.getDomAttribute("href"))
                    .filter(h -> h != null).map(h -> h.replaceAll("\\?.*", ""))
                    .filter(h -> h.matches("/[a-z/]+/\\d+")).findFirst().orElse(null);
        }

        /**
         * The page just opened, at the window's width, then loaded again at the other width (so that what is drawn
         * for the width, like the charts, is drawn for it): screenshot, then axe; each violation on one line.
         */
        void check(String axe, String account, String path, List<String> violations) throws IOException {
            int first = driver.manage().window().getSize().getWidth() == PHONE ? PHONE : DESK;
            for (int width : first == PHONE ? List.of(PHONE, DESK) : List.of(DESK, PHONE)) {
                if (width != first) {
                    driver.manage().window().setSize(new Dimension(width, width == PHONE ? 844 : 1000));
                    driver.navigate().refresh();
                }
                settle();
                screenshot(account, path, width);
                ((JavascriptExecutor) driver).executeScript(axe);
                Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                          .then(function (r) { done(JSON.stringify(r.violations)); })
                          .catch(function (e) { done(JSON.stringify([{ id: 'axe-error', help: String(e), nodes: [] }])); });
                        """, TAGS);
                for (JsonNode v : json.readTree(result.toString())) {
                    String rule = v.path("id").asString();
                    Allowed allowed = ALLOWED.get(rule);
                    if (allowed != null && path.startsWith(allowed.pathPrefix())) {
                        continue;
                    }
                    var targets = new ArrayList<String>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()
                            + (n.path("failureSummary").isMissingNode() ? "" : " " + n.path("failureSummary").asString()
                                    .replace('\n', ' '))));
                    violations.add(account + " " + path + " @" + width + "px: " + rule + " (" + v.path("help").asString()
                            + ") " + targets);
                }
            }
        }

        /** Loaded, and htmx done with what it loads on its own (the dashboard's lists). */
        private void settle() {
            wait.withTimeout(Duration.ofSeconds(20)).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !document.querySelector('.htmx-request') && !document.querySelector('[hx-trigger^=\"load\"] > p.muted');")));
        }

        private void screenshot(String account, String path, int width) throws IOException {
            String name = path.replaceAll("^/", "").replaceAll("[^a-z0-9]+", "-");
            Path dir = Path.of("target", "screenshots", "pages", account);
            Files.createDirectories(dir);
            Files.write(dir.resolve((name.isEmpty() ? "home" : name) + "-" + width + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    /** A letter exists, so that its page is checked too. */
    private void issueAnUrgingLetter() {
        Api.as(port, "vanphong").post("/api/v1/urging-letters", Map.of("unitId", unitId("CDSQG")));
    }

    private long unitId(String code) {
        for (JsonNode unit : Api.as(port, "vanphong").all("/api/v1/units")) {
            if (code.equals(unit.path("code").asString())) {
                return unit.path("id").asLong();
            }
        }
        throw new IllegalStateException("no unit " + code);
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
