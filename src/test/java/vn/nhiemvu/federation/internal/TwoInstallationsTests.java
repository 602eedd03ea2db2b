package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.nimbusds.jose.jwk.OctetKeyPair;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;

/**
 * Two installations in one JVM, each on its own port and its own in-memory H2, each the other's peer: the upper (the
 * Government Office, VPCP) assigns a task down to the lower (the ministry, BTTTT), which accepts it, reports progress
 * and completes it; the upper sees each status. Then the faults: a duplicate, messages out of order, a changed body,
 * an unknown key, a clock far off, a task that does not exist, and the lower installation down and up again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstallationsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private ConfigurableApplicationContext upper;
    private ConfigurableApplicationContext lower;
    private int upperPort;
    private int lowerPort;
    private long upperTask;
    private long lowerTask;

    /** A free port, chosen at random by the system, kept by the installation across its stop and start. */
    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Each installation on its own in-memory H2; with {@code -Dfederation.lower.datasource=jdbc:postgresql://…} (an
     * empty database, user {@code -Dfederation.lower.username}) the lower one runs on PostgreSQL instead.
     */
    private ConfigurableApplicationContext start(String name, String code, int port) {
        String postgres = "lower".equals(name) ? System.getProperty("federation.lower.datasource") : null;
        String url = postgres != null ? postgres : "jdbc:h2:mem:fed-" + name + "-" + run
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String username = postgres != null ? System.getProperty("federation.lower.username", "postgres") : "sa";
        // As arguments: above every properties file, as an operator would start each installation.
        return new SpringApplicationBuilder(NhiemVuApplication.class).profiles("test").run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--server.port=" + port, "--nhiemvu.federation.agency-code=" + code,
                "--nhiemvu.federation.send-every=100ms", "--nhiemvu.federation.first-retry=200ms",
                "--nhiemvu.federation.longest-retry=500ms", "--nhiemvu.federation.timeout=3s");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @BeforeAll
    void startBoth() {
        upper = start("upper", "VPCP", freePort());
        lower = start("lower", "BTTTT", freePort());
        upperPort = port(upper);
        lowerPort = port(lower);
    }

    @AfterAll
    void stopBoth() {
        if (lower != null) {
            lower.close();
        }
        if (upper != null) {
            upper.close();
        }
    }

    record Answer(int status, JsonNode json, HttpResponse<byte[]> raw) {
    }

    private Answer call(int port, String user, String method, String path, Object body) {
        return call(port, user, method, path, body, Map.of());
    }

    private Answer call(int port, String user, String method, String path, Object body, Map<String, String> headers) {
        try {
            var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json");
            headers.forEach(builder::header);
            builder
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (user != null) {
                builder.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer post(int port, byte[] body, String signature) {
        return postTo(port, "/api/v1/federation/messages", body, signature);
    }

    private Answer postTo(int port, String path, byte[] body, String signature) {
        try {
            var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (signature != null) {
                builder.header(PeerClient.SIGNATURE_HEADER, signature);
            }
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), JSON.readTree(response.body()), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T eventually(Supplier<T> read, Predicate<T> until) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T last = read.get();
        while (!until.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached in 20 s; last: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    private JsonNode upperView(long task) {
        Answer a = call(upperPort, "vanphong", "GET", "/api/v1/federation/tasks/" + task, null);
        return a.json();
    }

    private JsonNode incoming(String upperTaskId) {
        JsonNode links = call(lowerPort, "vanphong", "GET", "/api/v1/federation/links?direction=INCOMING", null).json();
        for (JsonNode l : links) {
            if (l.get("upperTaskId").asString().equals(upperTaskId)) {
                return l;
            }
        }
        return null;
    }

    private long anUpperTask(int index) {
        return call(upperPort, "vanphong", "GET", "/api/v1/tasks?limit=10", null).json().get("items").get(index)
                .get("id").asLong();
    }

    /** A message signed with the key of one installation, as its outbox would send it. */
    private byte[] message(ConfigurableApplicationContext from, String type, String receiver, String upperId,
            long sequence, Instant sentAt, Object body) {
        Wire wire = from.getBean(Wire.class);
        String sender = from.getBean(PeerDirectory.class).ownCode();
        return wire.envelope(new Messages.Envelope(Messages.VERSION, UUID.randomUUID().toString(), type, sender,
                receiver, new Messages.TaskRef(upperId, null), sequence, sentAt, wire.tree(body)));
    }

    private static OctetKeyPair key(ConfigurableApplicationContext of) {
        return of.getBean(KeyRing.class).current();
    }

    @Test
    @Order(1)
    void eachRegistersTheOtherFromItsPublishedKeys() {
        Answer keys = call(upperPort, null, "GET", "/.well-known/nhiemvu/keys", null);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.json().get("keys").get(0).get("crv").asString()).isEqualTo("Ed25519");
        assertThat(keys.json().get("keys").get(0).has("d")).as("no private part published").isFalse();
        assertThat(call(upperPort, null, "GET", "/api/v1/federation/schemas/v1/task.assigned.json", null).status())
                .isEqualTo(200);

        assertThat(call(upperPort, "vanphong", "PUT", "/api/v1/federation/peers/BTTTT",
                Map.of("baseUrl", "http://127.0.0.1:" + lowerPort)).status()).as("only the administrator").isEqualTo(403);
        Answer bad = call(upperPort, "admin", "PUT", "/api/v1/federation/peers/BTTTT", Map.of("baseUrl", "not a url"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("baseUrl");

        assertThat(call(upperPort, "admin", "PUT", "/api/v1/federation/peers/BTTTT",
                Map.of("name", "Bộ TT&TT", "baseUrl", "http://127.0.0.1:" + lowerPort)).status()).isEqualTo(200);
        assertThat(call(lowerPort, "admin", "PUT", "/api/v1/federation/peers/VPCP",
                Map.of("name", "Văn phòng Chính phủ", "baseUrl", "http://127.0.0.1:" + upperPort)).status())
                .isEqualTo(200);
        assertThat(call(lowerPort, "admin", "GET", "/api/v1/federation/peers", null).json().get("agencyCode")
                .asString()).isEqualTo("BTTTT");
    }

    @Test
    @Order(2)
    void aTaskGoesDownIsAcceptedReportedOnAndCompletedAndTheUpperSeesEachStatus() {
        upperTask = anUpperTask(0);
        JsonNode task = call(upperPort, "vanphong", "GET", "/api/v1/tasks/" + upperTask, null).json();
        Answer assigned = call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + upperTask + "/assignment",
                Map.of("peer", "BTTTT"));
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().get("status").asString()).isEqualTo("SENT");
        String path = "/api/v1/federation/tasks/" + upperTask + "/assignment";
        assertThat(call(upperPort, "vanphong", "POST", path, Map.of("peer", "BTTTT")).status()).as("once")
                .isEqualTo(409);
        long another = anUpperTask(3);
        String other = "/api/v1/federation/tasks/" + another + "/assignment";
        Answer noPeer = call(upperPort, "vanphong", "POST", other, null);
        assertThat(noPeer.status()).isEqualTo(400);
        assertThat(noPeer.json().get("errors").get(0).get("field").asString()).isEqualTo("peer");
        assertThat(call(upperPort, "vanphong", "POST", other, Map.of("peer", "KHONGCO")).status()).isEqualTo(404);
        assertThat(call(upperPort, "khtc", "POST", other, Map.of("peer", "BTTTT")).status()).isEqualTo(403);

        JsonNode received = eventually(() -> incoming(Long.toString(upperTask)), l -> l != null);
        assertThat(received.get("status").asString()).isEqualTo("WAITING");
        assertThat(received.get("title").asString()).isEqualTo(task.get("title").asString());
        assertThat(received.get("deadline").asString()).isEqualTo(task.get("deadline").asString());
        JsonNode inbox = call(lowerPort, "vanphong", "GET", "/api/v1/inbox", null).json().get("items");
        assertThat(inbox.valueStream().map(i -> i.get("kind").asString()))
                .contains("Tiếp nhận nhiệm vụ cấp trên giao (VPCP)");

        String acceptance = "/api/v1/federation/links/" + received.get("id").asLong() + "/acceptance";
        assertThat(call(lowerPort, "vanphong", "POST", acceptance, Map.of()).status()).as("no lead unit")
                .isEqualTo(400);
        assertThat(call(lowerPort, "vanphong", "POST", acceptance, Map.of("leadUnit", "KHONGCO")).status())
                .as("an unknown unit").isEqualTo(400);
        Answer accepted = call(lowerPort, "vanphong", "POST",
                "/api/v1/federation/links/" + received.get("id").asLong() + "/acceptance", Map.of("leadUnit", "KHTC"));
        assertThat(accepted.status()).isEqualTo(200);
        lowerTask = accepted.json().get("localTaskId").asLong();
        JsonNode made = call(lowerPort, "vanphong", "GET", "/api/v1/tasks/" + lowerTask, null).json();
        assertThat(made.get("deadline").asString()).as("keeps the upper deadline")
                .isEqualTo(task.get("deadline").asString());
        assertThat(made.get("leadUnit").get("code").asString()).isEqualTo("KHTC");
        JsonNode accepting = eventually(() -> upperView(upperTask), v -> "ACCEPTED".equals(v.get("status").asString()));
        assertThat(accepting.get("lowerTaskId").asString()).isEqualTo(Long.toString(lowerTask));

        assertThat(call(lowerPort, "khtc", "POST", "/api/v1/tasks/" + lowerTask + "/progress-reports",
                Map.of("percent", 40, "done", "Đã xây dựng dự thảo")).status()).isEqualTo(201);
        JsonNode progress = eventually(() -> upperView(upperTask),
                v -> "IN_PROGRESS".equals(v.get("status").asString()));
        assertThat(progress.get("progressPercent").asInt()).isEqualTo(40);
        assertThat(progress.get("statusNote").asString()).isEqualTo("Đã xây dựng dự thảo");

        LocalDate today = LocalDate.now();
        assertThat(call(lowerPort, "vanphong", "POST", "/api/v1/tasks/" + lowerTask + "/completion",
                Map.of("completedAt", today.toString(), "reason", "Cấp trên đã nhận kết quả")).status())
                .isEqualTo(200);
        JsonNode completed = eventually(() -> upperView(upperTask),
                v -> "COMPLETED".equals(v.get("status").asString()));
        assertThat(completed.get("completedOn").asString()).isEqualTo(today.toString());

        // The upper judges it by its own rules from what it heard, in the four buckets, with the lower's lag.
        JsonNode sent = call(upperPort, "vanphong", "GET", "/api/v1/federation/sent", null).json();
        JsonNode mine = sent.valueStream().filter(t -> t.get("link").get("localTaskId").asLong() == upperTask)
                .findFirst().orElseThrow();
        JsonNode deadline = task.get("deadline");
        boolean late = deadline != null && !deadline.isNull() && LocalDate.parse(deadline.asString()).isBefore(today);
        assertThat(mine.get("status").asString()).isIn("COMPLETED_ON_TIME", "COMPLETED_LATE")
                .isEqualTo(late ? "COMPLETED_LATE" : "COMPLETED_ON_TIME");
        JsonNode standing = call(upperPort, "vanphong", "GET", "/api/v1/federation/standings", null).json()
                .valueStream().filter(s -> s.get("peerCode").asString().equals("BTTTT")).findFirst().orElseThrow();
        assertThat(standing.get(late ? "completedLate" : "completedOnTime").asLong()).isEqualTo(1);
        assertThat(standing.get("withinDeadline").asLong() + standing.get("overdue").asLong()).isZero();
        assertThat(standing.get("lastHeard").isNull()).isFalse();
        assertThat(standing.get("silent").asBoolean()).isFalse();
        assertThat(FormSession.signIn(upperPort, "vanphong").get("/federation").body()).contains("standing-BTTTT")
                .contains("phút trước");
    }

    @Test
    @Order(3)
    void aDuplicateIsAcknowledgedAndNotAppliedTwice() {
        byte[] assigned = message(upper, "task.assigned", "BTTTT", "dup-" + run, 1, Instant.now(),
                new Messages.Assigned(null, new Messages.AssignedTask("Nhiệm vụ gửi hai lần", null, "OTHER",
                        LocalDate.of(2027, 3, 31), "trước ngày 31/3/2027")));
        String signature = Signatures.sign(assigned, key(upper));
        Answer first = post(lowerPort, assigned, signature);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("outcome").asString()).isEqualTo("applied");
        Signatures.verify(first.raw().headers().firstValue(PeerClient.SIGNATURE_HEADER).orElseThrow(),
                first.raw().body(), kid -> java.util.Optional.of(key(lower).toPublicJWK()));
        Answer second = post(lowerPort, assigned, signature);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("outcome").asString()).isEqualTo("duplicate");
        long copies = call(lowerPort, "vanphong", "GET", "/api/v1/federation/links?direction=INCOMING", null).json()
                .valueStream().filter(l -> l.get("upperTaskId").asString().equals("dup-" + run)).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    @Order(4)
    void messagesOutOfOrderWaitForTheMissingOne() {
        long second = anUpperTask(1);
        call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + second + "/assignment",
                Map.of("peer", "BTTTT"));
        eventually(() -> incoming(Long.toString(second)), l -> l != null);
        // The lower side's next two messages, delivered the wrong way round.
        byte[] progress = message(lower, "task.progress", "VPCP", Long.toString(second), 2, Instant.now(),
                new Messages.Progress(70, "Sắp xong", LocalDate.now()));
        byte[] receipt = message(lower, "task.received", "VPCP", Long.toString(second), 1, Instant.now(),
                new Messages.Received("accepted", null));
        Answer early = post(upperPort, progress, Signatures.sign(progress, key(lower)));
        assertThat(early.json().get("outcome").asString()).isEqualTo("waiting");
        assertThat(upperView(second).get("status").asString()).isEqualTo("SENT");
        Answer next = post(upperPort, receipt, Signatures.sign(receipt, key(lower)));
        assertThat(next.json().get("outcome").asString()).isEqualTo("applied");
        JsonNode view = upperView(second);
        assertThat(view.get("status").asString()).as("both applied, in order").isEqualTo("IN_PROGRESS");
        assertThat(view.get("progressPercent").asInt()).isEqualTo(70);
    }

    @Test
    @Order(5)
    void severalMessagesInOneRequestAreEachAnsweredInOrderAndOneRefusedLeavesTheOthersApplied() {
        long task = anUpperTask(4);
        call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + task + "/assignment", Map.of("peer", "BTTTT"));
        eventually(() -> incoming(Long.toString(task)), l -> l != null);
        byte[] progress = message(lower, "task.progress", "VPCP", Long.toString(task), 2, Instant.now(),
                new Messages.Progress(60, "Đang làm", LocalDate.now()));
        byte[] receipt = message(lower, "task.received", "VPCP", Long.toString(task), 1, Instant.now(),
                new Messages.Received("accepted", null));
        byte[] stranger = message(lower, "task.completed", "VPCP", "999998", 1, Instant.now(),
                new Messages.Completed(LocalDate.now(), null));
        // Early, then the one it waits for, the same message twice, and one about a task the upper never sent.
        byte[] batch = lower.getBean(Wire.class).batch(java.util.List.of(progress, receipt, receipt, stranger));

        Answer tampered = postTo(upperPort, "/api/v1/federation/batches", new String(batch, StandardCharsets.UTF_8)
                .replace("Đang làm", "Đã xong").getBytes(StandardCharsets.UTF_8), Signatures.sign(batch, key(lower)));
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(upperView(task).get("status").asString()).as("nothing of a refused batch").isEqualTo("SENT");

        Answer answer = postTo(upperPort, "/api/v1/federation/batches", batch, Signatures.sign(batch, key(lower)));
        assertThat(answer.status()).isEqualTo(200);
        Signatures.verify(answer.raw().headers().firstValue(PeerClient.SIGNATURE_HEADER).orElseThrow(),
                answer.raw().body(), kid -> java.util.Optional.of(key(upper).toPublicJWK()));
        JsonNode receipts = answer.json().get("receipts");
        assertThat(receipts.valueStream().map(r -> r.get("outcome").asString()).toList())
                .containsExactly("waiting", "applied", "duplicate", "refused");
        assertThat(receipts.get(3).get("status").asInt()).isEqualTo(404);
        assertThat(receipts.get(3).get("problem").asString()).isEqualTo("urn:nhiemvu:problem:not-found");
        JsonNode view = upperView(task);
        assertThat(view.get("status").asString()).as("both applied, in order").isEqualTo("IN_PROGRESS");
        assertThat(view.get("progressPercent").asInt()).isEqualTo(60);
        assertThat(call(upperPort, "admin", "GET", "/api/v1/federation/rejects", null).json().valueStream()
                .anyMatch(r -> "task.completed".equals(r.get("type").asString()) && r.get("status").asInt() == 404))
                .as("the refused one kept with why").isTrue();
    }

    @Test
    @Order(5)
    void aChangedBodyAnUnknownKeyAClockFarOffAndAnUnknownTaskAreRefused() {
        byte[] body = message(upper, "task.assigned", "BTTTT", "bad-" + run, 1, Instant.now(),
                new Messages.Assigned(null, new Messages.AssignedTask("Nhiệm vụ thật", null, null, null, null)));
        String signature = Signatures.sign(body, key(upper));
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("Nhiệm vụ thật", "Nhiệm vụ giả")
                .getBytes(StandardCharsets.UTF_8);
        Answer tampered = post(lowerPort, changed, signature);
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:bad-signature");

        Answer unknown = post(lowerPort, body, Signatures.sign(body, Keys.generate()));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:unknown-key");
        assertThat(unknown.json().get("detail").asString()).contains("không thuộc đơn vị kết nối");

        Answer unsigned = post(lowerPort, body, null);
        assertThat(unsigned.status()).isEqualTo(401);

        byte[] old = message(upper, "task.assigned", "BTTTT", "old-" + run, 1, Instant.now().minusSeconds(600),
                new Messages.Assigned(null, new Messages.AssignedTask("Nhiệm vụ cũ", null, null, null, null)));
        Answer skewed = post(lowerPort, old, Signatures.sign(old, key(upper)));
        assertThat(skewed.status()).isEqualTo(400);
        assertThat(skewed.json().get("errors").get(0).get("field").asString()).isEqualTo("sentAt");

        byte[] stranger = message(lower, "task.completed", "VPCP", "999999", 1, Instant.now(),
                new Messages.Completed(LocalDate.now(), null));
        assertThat(post(upperPort, stranger, Signatures.sign(stranger, key(lower))).status()).isEqualTo(404);

        assertThat(incoming("bad-" + run)).as("nothing of the refused ones applied").isNull();
        assertThat(incoming("old-" + run)).isNull();
    }

    @Test
    @Order(6)
    void whileTheLowerInstallationIsDownTheOutboxWaitsAndCatchesUp() {
        long third = anUpperTask(2);
        // Down: its web server and schedulers stop (the context's lifecycle), its database stays, as after a restart.
        lower.stop();
        Answer assigned = call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + third + "/assignment",
                Map.of("peer", "BTTTT"));
        assertThat(assigned.status()).isEqualTo(201);
        JsonNode failing = eventually(() -> call(upperPort, "admin", "GET", "/api/v1/federation/outbox", null).json()
                .get(0), row -> row.get("attempts").asInt() >= 2);
        assertThat(failing.get("sentAt").isNull()).isTrue();
        assertThat(failing.get("lastError").asString()).isNotBlank();

        lower.start();
        assertThat(port(lower)).isEqualTo(lowerPort);
        JsonNode received = eventually(() -> incoming(Long.toString(third)), l -> l != null);
        assertThat(received.get("status").asString()).isEqualTo("WAITING");
        assertThat(eventually(() -> call(upperPort, "admin", "GET", "/api/v1/federation/outbox", null).json().get(0),
                row -> !row.get("sentAt").isNull()).get("messageId").asString())
                .isEqualTo(failing.get("messageId").asString());

        // The lower Office returns it on the page, with a reason; the upper sees why.
        var office = FormSession.signIn(lowerPort, "vanphong");
        String page = office.get("/federation").body();
        assertThat(page).contains("received-" + received.get("id").asLong()).contains("Chờ tiếp nhận");
        String action = "/federation/received/" + received.get("id").asLong() + "/return";
        assertThat(office.submit(action, page, Map.of("reason", "")).body()).as("a reason is required")
                .contains("Hãy nêu lý do trả lại nhiệm vụ.");
        assertThat(office.submit(action, page, Map.of("reason", "Không thuộc chức năng của Bộ")).statusCode())
                .isEqualTo(302);
        JsonNode returned = eventually(() -> upperView(third), v -> "RETURNED".equals(v.get("status").asString()));
        assertThat(returned.get("statusNote").asString()).isEqualTo("Không thuộc chức năng của Bộ");
        assertThat(FormSession.signIn(upperPort, "vanphong").get("/federation").body()).contains("Đã trả lại")
                .contains("Không thuộc chức năng của Bộ");
    }

    /** As the Office, an XML body or none; the answer as text. */
    private HttpResponse<String> text(int port, String method, String path, String xml) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/xml").header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("vanphong:demo".getBytes(StandardCharsets.UTF_8)))
                    .method(method, xml == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode history(int port, String user, long link) {
        return call(port, user, "GET", "/api/v1/federation/links/" + link + "/history", null).json();
    }

    private static boolean has(JsonNode history, String type) {
        return history.valueStream().anyMatch(e -> e.get("type").asString().equals(type));
    }

    @Test
    @Order(7)
    void urgingGoesDownAnExtensionAskedBelowIsDecidedAboveAndJudgedByEvidenceAndReopeningGoUp() {
        LocalDate today = LocalDate.now();
        LocalDate deadline = today.plusDays(40);
        Answer created = call(upperPort, "vanphong", "POST", "/api/v1/tasks",
                Bodies.task("Nhiệm vụ xin gia hạn " + run, "CDSQG", deadline.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long task = created.json().get("id").asLong();
        long upperLink = call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + task + "/assignment",
                Map.of("peer", "BTTTT")).json().get("id").asLong();
        long lowerLink = eventually(() -> incoming(Long.toString(task)), l -> l != null).get("id").asLong();
        long lowerTask = call(lowerPort, "vanphong", "POST", "/api/v1/federation/links/" + lowerLink + "/acceptance",
                Map.of("leadUnit", "KHTC")).json().get("localTaskId").asLong();

        String urging = "/api/v1/federation/sent/" + upperLink + "/urging";
        assertThat(call(upperPort, "khtc", "POST", urging, Map.of("text", "x")).status()).as("the Office urges")
                .isEqualTo(403);
        assertThat(call(upperPort, "vanphong", "POST", urging, Map.of("text", " ")).status()).isEqualTo(400);
        assertThat(call(upperPort, "vanphong", "POST", urging, Map.of("text", "Đề nghị báo cáo tiến độ")).status())
                .isEqualTo(201);
        eventually(() -> history(lowerPort, "vanphong", lowerLink), h -> has(h, "task.urged"));

        // The assignment as an edXML packet, and back into the message it carries.
        HttpResponse<String> packet = text(upperPort, "GET", "/api/v1/federation/links/" + upperLink + "/edxml", null);
        assertThat(packet.statusCode()).isEqualTo(200);
        assertThat(packet.body()).contains("<Content>Nhiệm vụ xin gia hạn " + run + "</Content>",
                "<DueDate>" + deadline.toString().replace('-', '/') + "</DueDate>");
        HttpResponse<String> read = text(lowerPort, "POST", "/api/v1/federation/edxml/task-assigned", packet.body());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode envelope = JSON.readTree(read.body());
        assertThat(envelope.get("type").asString()).isEqualTo("task.assigned");
        assertThat(envelope.get("taskRef").get("upperId").asString()).isEqualTo(Long.toString(task));
        assertThat(envelope.get("body").get("task").get("deadline").asString()).isEqualTo(deadline.toString());

        LocalDate asked = deadline.plusDays(30);
        assertThat(call(lowerPort, "khtc", "POST", "/api/v1/tasks/" + lowerTask + "/guidance-requests",
                Map.of("kind", "EXTENSION", "obstacle", "Chờ ý kiến các Bộ", "proposedDeadline", asked.toString()))
                .status()).isEqualTo(201);
        JsonNode request = eventually(() -> history(upperPort, "vanphong", upperLink),
                h -> has(h, "task.extension.requested")).valueStream()
                .filter(e -> e.get("type").asString().equals("task.extension.requested")).findFirst().orElseThrow();
        assertThat(request.get("awaitingDecision").asBoolean()).isTrue();
        assertThat(FormSession.signIn(upperPort, "vanphong").get("/federation").body())
                .contains("Đề nghị gia hạn đến").contains("Chờ ý kiến các Bộ").contains("Đồng ý gia hạn");
        String decision = "/api/v1/federation/sent/" + upperLink + "/extensions/"
                + request.get("requestId").asString() + "/decision";
        assertThat(call(upperPort, "vanphong", "POST", decision, Map.of("decision", "approved")).status())
                .as("approved without a deadline").isEqualTo(400);
        assertThat(call(upperPort, "cdsqg", "POST", decision, Map.of("decision", "rejected")).status())
                .as("not the upper task's lead unit's").isEqualTo(403);
        LocalDate granted = deadline.plusDays(20);
        assertThat(call(upperPort, "vanphong", "POST", decision,
                Map.of("decision", "approved", "deadline", granted.toString())).status()).isEqualTo(200);
        assertThat(call(upperPort, "vanphong", "POST", decision, Map.of("decision", "rejected")).status())
                .as("once").isEqualTo(409);
        JsonNode judged = call(upperPort, "vanphong", "GET", "/api/v1/federation/sent", null).json().valueStream()
                .filter(t -> t.get("link").get("id").asLong() == upperLink).findFirst().orElseThrow();
        assertThat(judged.get("deadline").asString()).as("judged by the deadline granted").isEqualTo(granted.toString());
        eventually(() -> history(lowerPort, "vanphong", lowerLink), h -> has(h, "task.extension.decided"));
        JsonNode below = call(lowerPort, "vanphong", "GET", "/api/v1/tasks/" + lowerTask, null).json();
        assertThat(below.get("applicableDeadline").asString()).as("the lower judges it by the deadline granted above")
                .isEqualTo(granted.toString());
        JsonNode requestBelow = call(lowerPort, "vanphong", "GET", "/api/v1/tasks/" + lowerTask
                + "/guidance-requests", null).json().get("items").get(0);
        assertThat(requestBelow.get("state").asString()).isEqualTo("APPROVED");
        assertThat(requestBelow.get("approvedDeadline").asString()).isEqualTo(granted.toString());

        String evidence = "/api/v1/federation/received/" + lowerLink + "/evidence";
        var file = new java.util.HashMap<String, Object>(Map.of("name", "bao-cao.pdf", "size", 1234, "sha256",
                "ab".repeat(32), "href", "http://127.0.0.1:" + lowerPort + "/files/1"));
        Answer badHash = call(lowerPort, "khtc", "POST", evidence,
                Map.of("files", java.util.List.of(Map.of("name", "x.pdf", "size", 1, "sha256", "xyz", "href",
                        "http://127.0.0.1/x"))));
        assertThat(badHash.status()).isEqualTo(400);
        assertThat(call(lowerPort, "khtc", "POST", evidence, Map.of("files", java.util.List.of(file))).status())
                .as("the lead unit sends its evidence").isEqualTo(201);
        eventually(() -> history(upperPort, "vanphong", upperLink), h -> has(h, "task.evidence"));

        assertThat(call(lowerPort, "vanphong", "POST", "/api/v1/tasks/" + lowerTask + "/completion",
                Map.of("completedAt", today.toString(), "reason", "Đã gửi kết quả")).status()).isEqualTo(200);
        eventually(() -> upperView(task), v -> "COMPLETED".equals(v.get("status").asString()));
        assertThat(call(lowerPort, "vanphong", "DELETE", "/api/v1/tasks/" + lowerTask + "/completion", null).status())
                .isEqualTo(200);
        JsonNode reopened = eventually(() -> upperView(task), v -> "IN_PROGRESS".equals(v.get("status").asString()));
        assertThat(reopened.get("completedOn").isNull()).isTrue();
        assertThat(has(history(upperPort, "vanphong", upperLink), "task.reopened")).isTrue();
    }

    private long incomingCount() {
        return call(lowerPort, "vanphong", "GET", "/api/v1/federation/links?direction=INCOMING", null).json().size();
    }

    @Test
    @Order(8)
    void theAdministratorSeesWhatWasRefusedAndSendsAgainWithoutAnythingAppliedTwice() {
        JsonNode rejects = call(lowerPort, "admin", "GET", "/api/v1/federation/rejects", null).json();
        assertThat(rejects.valueStream().map(r -> r.get("problem").asString())).contains(
                "urn:nhiemvu:problem:bad-signature", "urn:nhiemvu:problem:unknown-key",
                "urn:nhiemvu:problem:validation");
        assertThat(rejects.valueStream().filter(r -> r.get("status").asInt() == 401).findFirst().orElseThrow()
                .get("detail").asString()).isNotBlank();
        assertThat(call(lowerPort, "vanphong", "GET", "/api/v1/federation/rejects", null).status()).isEqualTo(403);
        assertThat(FormSession.signIn(lowerPort, "admin").get("/federation/operations").body())
                .contains("Thông điệp bị từ chối").contains("urn:nhiemvu:problem:bad-signature");

        long before = incomingCount();
        JsonNode delivered = eventually(() -> call(upperPort, "admin", "GET", "/api/v1/federation/outbox", null).json()
                .get(0), row -> !row.get("sentAt").isNull());
        long id = delivered.get("id").asLong();
        assertThat(call(upperPort, "admin", "POST", "/api/v1/federation/outbox/" + id + "/retry", null).status())
                .as("retry now is for a message not delivered").isEqualTo(404);
        assertThat(call(upperPort, "admin", "POST", "/api/v1/federation/outbox/" + id + "/resend", null).json()
                .get("queued").asInt()).isEqualTo(1);
        Answer noDay = call(upperPort, "admin", "POST", "/api/v1/federation/outbox/resending", Map.of("peer", "BTTTT"));
        assertThat(noDay.status()).isEqualTo(400);
        assertThat(noDay.json().get("errors").get(0).get("field").asString()).isEqualTo("since");
        assertThat(call(upperPort, "vanphong", "POST", "/api/v1/federation/outbox/resending",
                Map.of("peer", "BTTTT", "since", LocalDate.now().toString())).status()).isEqualTo(403);
        int queued = call(upperPort, "admin", "POST", "/api/v1/federation/outbox/resending",
                Map.of("peer", "BTTTT", "since", LocalDate.now().minusDays(1).toString())).json().get("queued").asInt();
        assertThat(queued).isGreaterThanOrEqualTo(4);
        eventually(() -> call(upperPort, "admin", "GET", "/api/v1/federation/outbox/unsent", null).json(),
                JsonNode::isEmpty);
        assertThat(incomingCount()).as("the lower answered each as a duplicate").isEqualTo(before);
        assertThat(FormSession.signIn(upperPort, "admin").get("/federation/operations").body())
                .contains("Đã gửi gần đây").contains("task.assigned");
    }

    @Test
    @Order(9)
    void changesAboveAGuidanceRequestAnsweredAboveAndTheBreakdownBelowFlowInSequence() {
        LocalDate deadline = LocalDate.now().plusDays(50);
        Answer created = call(upperPort, "vanphong", "POST", "/api/v1/tasks",
                Bodies.task("Nhiệm vụ sửa ở trên " + run, "CDSQG", deadline.toString()));
        long task = created.json().get("id").asLong();
        long upperLink = call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + task + "/assignment",
                Map.of("peer", "BTTTT")).json().get("id").asLong();

        // Changed above before the lower side accepted it: the assignment accepted is the changed one.
        LocalDate first = deadline.plusDays(5);
        edit(task, "Nhiệm vụ đã sửa lần một " + run, first);
        JsonNode waiting = eventually(() -> incoming(Long.toString(task)),
                l -> l != null && l.get("title").asString().startsWith("Nhiệm vụ đã sửa lần một"));
        assertThat(waiting.get("deadline").asString()).isEqualTo(first.toString());
        long lowerLink = waiting.get("id").asLong();
        long lowerTask = call(lowerPort, "vanphong", "POST", "/api/v1/federation/links/" + lowerLink + "/acceptance",
                Map.of("leadUnit", "KHTC")).json().get("localTaskId").asLong();
        assertThat(call(lowerPort, "vanphong", "GET", "/api/v1/tasks/" + lowerTask, null).json().get("deadline")
                .asString()).isEqualTo(first.toString());

        // Changed again after the acceptance: the task here follows, in sequence.
        LocalDate second = deadline.plusDays(9);
        edit(task, "Nhiệm vụ đã sửa lần hai " + run, second);
        JsonNode changed = eventually(() -> call(lowerPort, "vanphong", "GET", "/api/v1/tasks/" + lowerTask, null)
                .json(), t -> t.get("title").asString().startsWith("Nhiệm vụ đã sửa lần hai"));
        assertThat(changed.get("deadline").asString()).isEqualTo(second.toString());
        assertThat(changed.get("applicableDeadline").asString()).isEqualTo(second.toString());
        assertThat(has(history(lowerPort, "vanphong", lowerLink), "task.changed")).isTrue();

        // A request for direction goes up, is answered above, and the answer is the request's answer below.
        assertThat(call(lowerPort, "khtc", "POST", "/api/v1/tasks/" + lowerTask + "/guidance-requests",
                Map.of("kind", "GUIDANCE", "obstacle", "Xin ý kiến về phạm vi")).status()).isEqualTo(201);
        JsonNode asked = eventually(() -> history(upperPort, "vanphong", upperLink),
                h -> has(h, "task.guidance.requested")).valueStream()
                .filter(e -> e.get("type").asString().equals("task.guidance.requested")).findFirst().orElseThrow();
        assertThat(asked.get("awaitingDecision").asBoolean()).isTrue();
        String answer = "/api/v1/federation/sent/" + upperLink + "/guidance/" + asked.get("requestId").asString()
                + "/answer";
        assertThat(call(upperPort, "vanphong", "POST", answer, Map.of("decision", "answered")).status())
                .as("answered without an answer").isEqualTo(400);
        assertThat(call(upperPort, "vanphong", "POST", "/api/v1/federation/sent/" + upperLink + "/guidance/999999/answer",
                Map.of("decision", "rejected")).status()).isEqualTo(404);
        // Answered on the page: the request shows the guidance form (not the extension one).
        FormSession office = FormSession.signIn(upperPort, "vanphong");
        String page = office.get("/federation").body();
        String form = "/federation/sent/" + upperLink + "/guidance/" + asked.get("requestId").asString() + "/answer";
        assertThat(page).contains(form).contains("Cho ý kiến chỉ đạo").doesNotContain("/federation/sent/" + upperLink
                + "/extensions/" + asked.get("requestId").asString() + "/decision");
        assertThat(office.submit(form, page, Map.of("decision", "answered", "answer", "Làm trong phạm vi Bộ"))
                .statusCode()).isEqualTo(302);
        assertThat(call(upperPort, "vanphong", "POST", answer, Map.of("decision", "rejected")).status()).as("once")
                .isEqualTo(409);
        JsonNode answered = eventually(() -> call(lowerPort, "vanphong", "GET", "/api/v1/tasks/" + lowerTask
                + "/guidance-requests", null).json().get("items").get(0), r -> "ANSWERED".equals(r.get("state").asString()));
        assertThat(answered.get("answer").asString()).isEqualTo("Làm trong phạm vi Bộ");

        // Broken down below into two sub-tasks: the roll-up goes up as the task's progress, then as its completion.
        var subTasks = new java.util.ArrayList<Long>();
        for (String unit : java.util.List.of("KHTC", "VP")) {
            var sub = new java.util.HashMap<String, Object>(Bodies.task("Phần việc " + unit + " " + run, unit,
                    second.toString()));
            sub.remove("coordinatingUnits");
            sub.put("parent", Map.of("id", lowerTask));
            Answer made = call(lowerPort, "vanphong", "POST", "/api/v1/tasks", sub);
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            subTasks.add(made.json().get("id").asLong());
        }
        String today = LocalDate.now().toString();
        assertThat(call(lowerPort, "vanphong", "POST", "/api/v1/tasks/" + subTasks.get(0) + "/completion",
                Bodies.officeCompletion(today)).status()).isEqualTo(200);
        JsonNode rolledUp = eventually(() -> upperView(task), v -> v.get("progressPercent") != null
                && v.get("progressPercent").asInt() == 50);
        assertThat(rolledUp.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(rolledUp.get("statusNote").asString()).isEqualTo("1/2 nhiệm vụ con đã hoàn thành");
        assertThat(call(lowerPort, "vanphong", "POST", "/api/v1/tasks/" + subTasks.get(1) + "/completion",
                Bodies.officeCompletion(today)).status()).isEqualTo(200);
        JsonNode done = eventually(() -> upperView(task), v -> "COMPLETED".equals(v.get("status").asString()));
        assertThat(done.get("progressPercent").asInt()).isEqualTo(100);
    }

    @Test
    @Order(10)
    void refusedMessagesAreKeptForTheTimeSetThenSwept() {
        RejectsSweep sweep = lower.getBean(RejectsSweep.class);
        int kept = call(lowerPort, "admin", "GET", "/api/v1/federation/rejects", null).json().size();
        assertThat(kept).isPositive();
        assertThat(sweep.sweep(Instant.now())).as("none older than 90 days yet").isZero();
        assertThat(sweep.sweep(Instant.now().plus(Duration.ofDays(91)))).isEqualTo(kept);
        assertThat(call(lowerPort, "admin", "GET", "/api/v1/federation/rejects", null).json().isEmpty()).isTrue();
    }

    @Test
    @Order(11)
    void aCutoffChangedAboveIsTheCutoffOfTheDirectiveBelow() {
        String number = "11/CT-TTg-" + run;
        LocalDate cutoff = LocalDate.now().plusDays(20);
        Answer directive = call(upperPort, "vanphong", "POST", "/api/v1/directives", Map.of("kind", "CHI_THI",
                "number", number, "issuer", Map.of("code", "TTG"), "issueDate", LocalDate.now().toString(),
                "summary", "Chỉ thị thử hạn đề nghị gia hạn", "extensionCutoff", cutoff.toString()));
        assertThat(directive.status()).as(directive.toString()).isEqualTo(201);
        var body = new java.util.HashMap<String, Object>(Bodies.task("Nhiệm vụ theo chỉ thị " + run, "CDSQG",
                LocalDate.now().plusDays(60).toString()));
        body.put("directive", Map.of("id", directive.json().get("id").asLong()));
        long task = call(upperPort, "vanphong", "POST", "/api/v1/tasks", body).json().get("id").asLong();
        call(upperPort, "vanphong", "POST", "/api/v1/federation/tasks/" + task + "/assignment", Map.of("peer", "BTTTT"));
        long lowerLink = eventually(() -> incoming(Long.toString(task)), l -> l != null).get("id").asLong();
        assertThat(call(lowerPort, "vanphong", "POST", "/api/v1/federation/links/" + lowerLink + "/acceptance",
                Map.of("leadUnit", "KHTC")).status()).isEqualTo(200);
        assertThat(directiveBelow(number).get("extensionCutoff").asString()).isEqualTo(cutoff.toString());

        // The Office above moves the cut-off: the copy below follows.
        LocalDate moved = cutoff.plusDays(15);
        long id = directive.json().get("id").asLong();
        Answer read = call(upperPort, "vanphong", "GET", "/api/v1/directives/" + id, null);
        var edit = new java.util.HashMap<String, Object>(Map.of("kind", "CHI_THI", "number", number, "issuer",
                Map.of("code", "TTG"), "issueDate", LocalDate.now().toString(), "summary",
                "Chỉ thị thử hạn đề nghị gia hạn", "extensionCutoff", moved.toString()));
        Answer edited = call(upperPort, "vanphong", "PUT", "/api/v1/directives/" + id, edit,
                Map.of("If-Match", read.raw().headers().firstValue("ETag").orElseThrow()));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        eventually(() -> directiveBelow(number), d -> moved.toString().equals(d.get("extensionCutoff").asString()));
    }

    private JsonNode directiveBelow(String number) {
        return call(lowerPort, "vanphong", "GET", "/api/v1/directives?q=" + java.net.URLEncoder.encode(number,
                StandardCharsets.UTF_8), null).json().get("items").valueStream()
                .filter(d -> d.get("number").asString().equals(number)).findFirst().orElseThrow();
    }

    /** The Office edits the task's title and deadline above, as the task form does (If-Match the version read). */
    private void edit(long task, String title, LocalDate deadline) {
        Answer read = call(upperPort, "vanphong", "GET", "/api/v1/tasks/" + task, null);
        String etag = read.raw().headers().firstValue("ETag").orElseThrow();
        Answer edited = call(upperPort, "vanphong", "PUT", "/api/v1/tasks/" + task,
                Bodies.task(title, "CDSQG", deadline.toString()), Map.of("If-Match", etag));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    }
}
