package vn.nhiemvu.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BackgroundJobs;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** Background jobs through their API and pages: progress, result, who sees what, failures. */
@IntegrationTest
class JobsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Jobs jobs;

    @Autowired
    Accounts accounts;

    private CurrentUser user(String username) {
        return accounts.find(username).orElseThrow();
    }

    @Test
    void aJobShowsItsProgressToItsOwnerThenItsResult() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        JobView submitted = jobs.submit("TEST_EXPORT", user("vanphong"), "Xuất thử", job -> {
            job.progress(1, 4);
            job.message("Đã ghi 1 trên 4 dòng.");
            started.countDown();
            release.await(20, TimeUnit.SECONDS);
            try (var out = job.result("kết quả thử.csv", "text/csv")) {
                out.write("Số;Tên\n1;Nhiệm vụ một\n".getBytes(StandardCharsets.UTF_8));
            }
            job.progress(4, 4);
            job.message("Đã ghi 4 dòng.");
        });
        assertThat(submitted.status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING);
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();

        Api owner = Api.as(port, "vanphong");
        JsonNode running = owner.get("/api/v1/jobs/" + submitted.id()).json();
        assertThat(running.get("status").asString()).isEqualTo("RUNNING");
        assertThat(running.get("progressDone").asLong()).isEqualTo(1);
        assertThat(running.get("progressTotal").asLong()).isEqualTo(4);
        assertThat(running.get("message").asString()).isEqualTo("Đã ghi 1 trên 4 dòng.");
        assertThat(owner.get("/api/v1/jobs/" + submitted.id() + "/result").status()).isEqualTo(409);

        // Someone else's job does not exist for them; an administrator sees every job.
        assertThat(Api.as(port, "pc").get("/api/v1/jobs/" + submitted.id()).status()).isEqualTo(404);
        assertThat(Api.as(port, "lanhdao").get("/api/v1/jobs").json().toString()).doesNotContain("Xuất thử");
        assertThat(Api.as(port, "admin").get("/api/v1/jobs/" + submitted.id()).status()).isEqualTo(200);

        // The page fragment polls every second while the job runs.
        FormSession page = FormSession.signIn(port, "vanphong");
        String fragment = page.get("/jobs/" + submitted.id() + "/progress").body();
        assertThat(fragment).contains("hx-trigger=\"every 1s\"").contains("Đang thực hiện").contains("aria-valuenow=\"25\"");

        release.countDown();
        JsonNode done = BackgroundJobs.awaitFinished(owner, submitted.id());
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("progressPercent").asInt()).isEqualTo(100);
        assertThat(done.get("fileName").asString()).isEqualTo("kết quả thử.csv");
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("finishedAt").isNull()).isFalse();

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/jobs/" + submitted.id() + "/result"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("vanphong:demo".getBytes()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("Số;Tên\n1;Nhiệm vụ một\n");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(Api.as(port, "pc").get("/api/v1/jobs/" + submitted.id() + "/result").status()).isEqualTo(404);

        // Finished: the fragment stops polling and offers the download; the page lists the job.
        String finished = page.get("/jobs/" + submitted.id() + "/progress").body();
        assertThat(finished).doesNotContain("hx-trigger").contains("/jobs/" + submitted.id() + "/result")
                .contains("Đã xong");
        assertThat(page.getBytes("/jobs/" + submitted.id() + "/result").body()).isEqualTo(download.body());
        assertThat(page.get("/jobs").body()).contains("Xuất thử").contains("Công việc nền");
        assertThat(page.get("/jobs/" + submitted.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailedJobKeepsTheReasonInVietnameseAndHasNoResult() throws Exception {
        Api owner = Api.as(port, "vanphong");
        long invalid = jobs.submit("TEST_IMPORT", user("vanphong"), "Nhập thử", job -> {
            try (var out = job.result("x.txt", "text/plain")) {
                out.write(1);
            }
            throw InvalidInputException.of("file", Message.text("Tệp không đúng mẫu."));
        }).id();
        JsonNode failed = BackgroundJobs.awaitFinished(owner, invalid);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("message").asString()).isEqualTo("Tệp không đúng mẫu.");
        assertThat(failed.get("fileName").isNull()).isTrue();
        var noResult = owner.get("/api/v1/jobs/" + invalid + "/result");
        assertThat(noResult.status()).isEqualTo(409);
        assertThat(noResult.json().get("detail").asString()).contains("không thành công");

        long broken = jobs.submit("TEST_IMPORT", user("vanphong"), "Lỗi thử", job -> {
            throw new IllegalStateException("boom");
        }).id();
        JsonNode error = BackgroundJobs.awaitFinished(owner, broken);
        assertThat(error.get("message").asString()).startsWith("Lỗi hệ thống").doesNotContain("boom");

        assertThat(owner.get("/api/v1/jobs/999999").status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/jobs?limit=0").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/jobs/abc").status()).isEqualTo(400);
        assertThat(Api.anonymous(port).get("/api/v1/jobs").status()).isEqualTo(401);
    }

    @Test
    void aJobWithoutAFileSucceedsWithItsMessage() throws Exception {
        long id = jobs.submit("TEST", user("pc"), "Không có tệp", job -> job.message("Không có gì để xuất.")).id();
        JsonNode done = BackgroundJobs.awaitFinished(Api.as(port, "pc"), id);
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("message").asString()).isEqualTo("Không có gì để xuất.");
        assertThat(Api.as(port, "pc").get("/api/v1/jobs/" + id + "/result").status()).isEqualTo(404);
    }
}
