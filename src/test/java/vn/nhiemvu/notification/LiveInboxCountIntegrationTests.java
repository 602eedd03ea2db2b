package vn.nhiemvu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The header's count is live: a page's event stream receives the new count when a notice arrives for the person. */
@IntegrationTest
class LiveInboxCountIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aNewNoticePushesTheCountToTheOpenPage() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=khcn&password=demo&_csrf="
                + URLEncoder.encode(FormSession.csrf(login), StandardCharsets.UTF_8);
        http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());

        BlockingQueue<String> counts = new LinkedBlockingQueue<>();
        var stream = http.sendAsync(request("/notifications/stream").header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (line.startsWith("data:")) {
                            counts.add(line.substring(5).strip());
                        }
                    }

                    @Override
                    public void onError(Throwable e) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
        int before = Integer.parseInt(counts.poll(20, TimeUnit.SECONDS));

        // A task due tomorrow led by the person's unit: the unit is told of the assignment and warned of the deadline.
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        assertThat(Api.as(port, "vanphong").post("/api/v1/tasks", Bodies.task("Đếm trực tiếp", "KHCN", tomorrow))
                .status()).isEqualTo(201);
        assertThat(counts.poll(20, TimeUnit.SECONDS)).isEqualTo(Integer.toString(before + 2));
        stream.cancel(true);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }
}
