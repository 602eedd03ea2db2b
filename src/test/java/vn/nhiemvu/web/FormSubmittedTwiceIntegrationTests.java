package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A page's form sent twice with the one-time submission id its script adds (a double click, a form sent again while
 * the first is on its way) does its work once, and both answers lead to the same place.
 */
@IntegrationTest
class FormSubmittedTwiceIntegrationTests {

    @LocalServerPort
    int port;

    private Map<String, String> taskForm(String title, String submission) {
        var form = new LinkedHashMap<String, String>();
        form.put("kind", "OTHER");
        form.put("title", title);
        form.put("leadUnit", "KHCN");
        form.put("coordinatingUnits", "VP");
        form.put("deadline", "30/06/2031");
        form.put("_submission", submission);
        return form;
    }

    private long tasksTitled(String title) {
        return Api.as(port, "vanphong").all("/api/v1/tasks").stream()
                .filter(t -> t.get("title").asString().equals(title)).count();
    }

    @Test
    void aDoubleClickOnTheTaskFormCreatesOneTask() {
        var office = FormSession.signIn(port, "vanphong");
        String title = "Bấm lưu hai lần " + System.nanoTime();
        String page = office.get("/tasks/new").body();
        var first = office.submit("/tasks", page, taskForm(title, "nhan-doi-1-" + System.nanoTime()));
        String submission = "nhan-doi-2-" + System.nanoTime();
        var once = office.submit("/tasks", page, taskForm(title + " (b)", submission));
        var again = office.submit("/tasks", page, taskForm(title + " (b)", submission));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(once.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(once.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Location").orElseThrow()).matches(".*/tasks/\\d+.*");
        assertThat(tasksTitled(title)).as("another submission id is another task").isEqualTo(1);
        assertThat(tasksTitled(title + " (b)")).isEqualTo(1);
    }

    @Test
    void repeatsSentAtOnceCreateOneTaskAndAllLandOnIt() throws Exception {
        var office = FormSession.signIn(port, "vanphong");
        String title = "Gửi cùng lúc từ trang " + System.nanoTime();
        String page = office.get("/tasks/new").body();
        var form = taskForm(title, "cung-luc-" + System.nanoTime());
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> office.submit("/tasks", page, form));
        }
        var pool = Executors.newFixedThreadPool(4);
        List<String> locations = new ArrayList<>();
        try {
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().statusCode()).isEqualTo(302);
                locations.add(answer.get().headers().firstValue("Location").orElseThrow());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(locations).containsOnly(locations.get(0));
        assertThat(tasksTitled(title)).isEqualTo(1);
    }

    @Test
    void aFormShownAgainWithItsErrorsIsShownAgainToTheRepeatAndSavesNothing() {
        var office = FormSession.signIn(port, "vanphong");
        String title = "Ngày sai gửi hai lần " + System.nanoTime();
        String page = office.get("/tasks/new").body();
        var form = taskForm(title, "ngay-sai-" + System.nanoTime());
        form.put("deadline", "31/02/2031");
        var first = office.submit("/tasks", page, form);
        var again = office.submit("/tasks", page, form);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Không có ngày 31/02/2031");
        assertThat(tasksTitled(title)).isZero();
    }

    @Test
    void aNewTokenShownOnceIsNeverStoredForAReplay() {
        var office = FormSession.signIn(port, "vanphong");
        String page = office.get("/tokens").body();
        String submission = "ma-truy-cap-" + System.nanoTime();
        var first = office.submit("/tokens", page, Map.of("name", "Hai lần", "_submission", submission));
        var again = office.submit("/tokens", page, Map.of("name", "Hai lần", "_submission", submission));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).as("not replayed: the secret is not stored")
                .isEmpty();
    }
}
