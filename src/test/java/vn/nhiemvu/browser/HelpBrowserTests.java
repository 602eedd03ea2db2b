package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The guides ("Hướng dẫn"): each role's guide opens from {@code /help}, and every picture it shows is there and
 * small (≤ 150 KB). The pictures are screens of the demo data taken by {@link #refreshThePictures}, which runs only
 * when asked: {@code ./mvnw verify -Dtest=HelpBrowserTests -Dnhiemvu.help.refresh=true} writes them into
 * {@code src/main/resources/static/help/} (then look at them and commit them).
 */
@IntegrationTest
class HelpBrowserTests extends BrowserTest {

    private static final Path PICTURES = Path.of("src", "main", "resources", "static", "help");
    private static final int MAX_BYTES = 150 * 1024;
    private static final Pattern IMAGE = Pattern.compile("<img src=\"(/help/[a-z0-9-]+\\.png)\"");

    /** Each person's own guide, and the pages it pictures, by the account that shows them. */
    private static final Map<String, String> GUIDES = Map.of("vanphong", "office", "cdsqg", "unit", "lanhdao", "leader",
            "phapche", "legal", "admin", "admin", "byt", "respondent");

    @Test
    void everyRoleOpensItsOwnGuideWhosePicturesAreThereAndSmall() throws IOException {
        var pictures = new ArrayList<String>();
        for (var guide : GUIDES.entrySet()) {
            var session = FormSession.signIn(port, guide.getKey(), true);
            var page = session.get("/help");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.uri().getPath()).isEqualTo("/help/" + guide.getValue());
            assertThat(page.body()).contains("<h1>Hướng dẫn");
            Matcher images = IMAGE.matcher(page.body());
            while (images.find()) {
                pictures.add(images.group(1));
                var image = session.getBytes(images.group(1));
                assertThat(image.statusCode()).as(images.group(1)).isEqualTo(200);
                assertThat(image.body().length).as(images.group(1) + " in bytes").isBetween(1000, MAX_BYTES);
            }
        }
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
    }

    @Test
    @EnabledIfSystemProperty(named = "nhiemvu.help.refresh", matches = "true")
    void refreshThePictures() throws IOException {
        Files.createDirectories(PICTURES);
        browser.manage().window().setSize(new Dimension(1100, 760));
        long cdsqg = unitId();

        logIn("vanphong", "/dashboard");
        String task = firstTask("/tasks?status=OVERDUE");
        shoot("office-1-dashboard", "/dashboard");
        shoot("office-2-extraction", "/extractions/new");
        shoot("office-3-new-task", "/tasks/new");
        shoot("office-4-tasks", "/tasks?status=OVERDUE");
        shoot("office-5-task", task);
        shoot("office-6-urging-preview", "/monitoring/urging/preview?unitId=" + cdsqg);
        shoot("office-7-reports", "/reports");

        switchTo("cdsqg");
        task = firstTask("/tasks");
        shoot("unit-1-inbox", "/inbox");
        shoot("unit-2-tasks", "/tasks");
        shoot("unit-3-plan", task + "/plan");
        shoot("unit-4-task", task);
        shoot("unit-5-dossier", task + "/dossier");

        switchTo("lanhdao");
        task = firstTask("/tasks");
        shoot("leader-1-inbox", "/inbox");
        shoot("leader-2-dashboard", "/dashboard");
        shoot("leader-3-plan", task + "/plan");
        shoot("leader-4-dossier", task + "/dossier");
        shoot("leader-5-rankings", "/rankings?from=2020-07-01&to=2020-12-31&asOf=2021-01-15");

        switchTo("phapche");
        task = firstTask("/tasks");
        shoot("legal-1-reviews", "/reviews");
        shoot("legal-2-dossier", task + "/dossier");
        shoot("legal-3-tasks", "/tasks");

        switchTo("admin");
        shoot("admin-1-admin", "/admin");
        shoot("admin-2-calendar", "/calendar");
    }

    private void switchTo(String account) {
        browser.manage().deleteAllCookies();
        logIn(account, "/dashboard");
    }

    private String firstTask(String list) {
        browser.get(base + list);
        return browser.findElements(By.cssSelector("#task-table tbody a[href^='/tasks/']")).stream()
                .map(a -> a.getDomAttribute("href").replaceAll("\\?.*", "")).filter(h -> h.matches("/tasks/\\d+"))
                .findFirst().orElseThrow();
    }

    /** The screen at 1100 × 760, drawn at 80 % so that text stays legible and the file small. */
    private void shoot(String name, String path) throws IOException {
        browser.get(base + path);
        try {
            Thread.sleep(700); // charts and htmx fragments draw after the page has loaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
        int width = screen.getWidth() * 4 / 5;
        int height = screen.getHeight() * 4 / 5;
        var small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(screen, 0, 0, width, height, null);
        g.dispose();
        Path file = PICTURES.resolve(name + ".png");
        ImageIO.write(small, "png", file.toFile());
        assertThat(Files.size(file)).as(file + " in bytes").isLessThanOrEqualTo(MAX_BYTES);
    }

    private long unitId() {
        for (var unit : vn.nhiemvu.support.Api.as(port, "vanphong").all("/api/v1/units")) {
            if ("CDSQG".equals(unit.path("code").asString())) {
                return unit.path("id").asLong();
            }
        }
        throw new IllegalStateException("no unit CDSQG");
    }
}
