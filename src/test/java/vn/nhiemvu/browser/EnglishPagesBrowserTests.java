package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * An outside auditor reads the main pages in English (ADR 0033): on each, every text the browser draws (closed
 * sections opened first) is English, except data. Data is told from words honestly, by where it comes from: a
 * Vietnamese text passes only when what remains of it, once every value the database holds is taken out (a task's
 * title, a unit's or a person's name, a document's number and summary), has no Vietnamese letter left. A word of the
 * page's own is in no table, so it cannot pass that way. Not checked: what the deadline reader says under a deadline's
 * wording as it is typed ({@code .deadline-reading}), which quotes that Vietnamese wording and is still worded in
 * Vietnamese (ADR 0033, what remains), and what a page marks {@code lang="vi"}: an official document's own words
 * (a periodic report's scope, its source groups, the reasons it lists), Vietnamese by design. Screenshots of each page
 * to look at.
 */
@IntegrationTest
class EnglishPagesBrowserTests extends BrowserTest {

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Tables whose text is not data a person typed or imported: words the system wrote, and its bookkeeping. */
    private static final List<String> NOT_DATA = List.of("flyway", "spring_session", "event_publication", "audit",
            "shedlock");

    /**
     * Words allowed as TemplateWordsTests allows them: the product's name in the header, the same in both languages;
     * the language switch, which names Vietnamese in Vietnamese.
     */
    private static final List<String> ALLOWED = List.of("Nhiệm vụ", "Tiếng Việt");

    /** Every visible text node of the page, with closed {@code <details>} opened first. */
    private static final String TEXTS = """
            document.querySelectorAll('details').forEach(function (d) { d.open = true; });
            var out = [];
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              var node = walker.currentNode, text = node.textContent.trim(), parent = node.parentElement;
              if (!text || !parent || parent.closest('script, style, noscript, template, .deadline-reading, [lang="vi"]')) { continue; }
              if (parent.getClientRects().length === 0) { continue; }
              out.push(text);
            }
            return out;""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuditorReadsTheMainPagesInEnglish() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "/login?lang=en");
        logIn("vanphong", "/tasks");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-table")));
        Matcher task = Pattern.compile("/tasks/(\\d+)").matcher(
                browser.findElement(By.cssSelector("#task-table tbody a[href*='/tasks/']")).getAttribute("href"));
        assertThat(task.find()).isTrue();
        String taskPath = "/tasks/" + task.group(1);
        long directive = jdbc.sql("select min(id) from directive").query(Long.class).single();

        List<String> data = data();
        List<String> found = new ArrayList<>();
        walk(List.of("/tasks", "/tasks?status=OVERDUE&sort=deadline", taskPath, taskPath + "/edit", "/tasks/new",
                taskPath + "/plan", taskPath + "/dossier", "/dashboard", "/inbox", "/directives",
                "/directives/" + directive, "/directives/new", "/reports", "/reports/missing", "/rankings",
                "/rankings?subject=leaders", "/completion-rules", "/monitoring", "/monitoring/urging", "/notifications", "/jobs", "/tasks/import", "/extractions/new", "/calendar", "/tokens", "/account", "/help/office", "/help/unit",
                "/help/leader", "/help/legal", "/help/admin", "/help/respondent"), data, found);
        signInAgainInEnglish("phapche", "/reviews");
        walk(List.of("/reviews"), data, found);
        signInAgainInEnglish("admin", "/webhooks");
        walk(List.of("/webhooks", "/admin"), data, found);
        assertThat(found).as("Vietnamese words on English pages that are not data").isEmpty();
    }

    /** A new session for another role (BrowserTest's logOut looks for the Vietnamese button), English again. */
    private void signInAgainInEnglish(String username, String path) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=en");
        logIn(username, path);
    }

    private void walk(List<String> paths, List<String> data, List<String> found) throws Exception {
        for (String path : paths) {
            browser.get(base + path);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo("en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) ((JavascriptExecutor) browser).executeScript(TEXTS);
            for (String text : texts) {
                if (VIETNAMESE.matcher(withoutData(text, data)).find()) {
                    found.add(path + ": " + text);
                }
            }
            screenshot("english" + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    /** The check itself: a title from the database passes, a word of the page does not. */
    @Test
    void dataIsWhatTheDatabaseHolds() {
        List<String> data = data();
        String title = jdbc.sql("select title from task order by id").query(String.class).list().get(0);
        assertThat(VIETNAMESE.matcher(withoutData("Task: " + title, data)).find()).isFalse();
        assertThat(VIETNAMESE.matcher(withoutData("Quá hạn", data)).find()).isTrue();
    }

    private static String withoutData(String text, List<String> data) {
        String rest = text;
        for (String value : data) {
            if (rest.contains(value)) {
                rest = rest.replace(value, " ");
            }
        }
        return ALLOWED.contains(rest.strip()) ? "" : rest;
    }

    /**
     * Every text value with a Vietnamese letter in the tables people fill (tasks, units, leaders, people, documents,
     * plans, dossiers), the longest first so a value is taken out whole before a shorter one inside it; a value cut
     * short by a page ("…") counts by its first 57 characters.
     */
    private List<String> data() {
        List<String> values = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where lower(table_schema) = lower(current_schema())
                and (lower(data_type) like '%char%' or lower(data_type) like '%text%' or lower(data_type) like '%clob%')
                """).query().listOfRows();
        for (Map<String, Object> column : columns) {
            String table = String.valueOf(column.get("table_name")).toLowerCase();
            if (NOT_DATA.stream().anyMatch(table::contains)) {
                continue;
            }
            jdbc.sql("select distinct \"" + column.get("column_name") + "\" from \"" + column.get("table_name") + "\"")
                    .query(String.class).list().stream()
                    .filter(v -> v != null && VIETNAMESE.matcher(v).find())
                    .forEach(v -> {
                        values.add(v.strip());
                        values.addAll(List.of(v.strip().split("\\s*\\R\\s*")));
                        if (v.length() > 57) {
                            values.add(v.substring(0, 57).strip());
                        }
                    });
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        return values.stream().distinct().filter(v -> v.length() > 1).toList();
    }
}
