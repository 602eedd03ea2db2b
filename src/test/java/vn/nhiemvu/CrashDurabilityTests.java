package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost in a crash: the application runs as a child process on a database of its own (an H2
 * file in a temporary folder, or a fresh PostgreSQL database beside the suite's when SPRING_DATASOURCE_URL names one),
 * eight clients create tasks with Idempotency-Keys, the process is killed with SIGKILL in the middle, and a new process
 * starts on the same database. Then every create answered 201 is there, a retry of every key that was in flight gets
 * an answer (and not "being processed"), and no key made two tasks.
 */
class CrashDurabilityTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TITLE = "Nhiệm vụ thử độ bền ";
    private static final int WRITERS = 8;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    private int port;
    private List<String> databaseArgs = List.of();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedCreateSurvivesKillNineAndEveryKeyInFlightIsAnsweredOnRetry() throws Exception {
        port = freePort();
        databaseArgs = database();
        Process first = start();
        String token = token();

        var acked = new ConcurrentHashMap<String, Long>();
        var inFlight = ConcurrentHashMap.<String>newKeySet();
        var stop = new AtomicBoolean();
        var writers = new ArrayList<Thread>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            var thread = new Thread(() -> write(writer, token, acked, inFlight, stop));
            thread.start();
            writers.add(thread);
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acked.size() < 300 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        first.destroyForcibly().waitFor();
        stop.set(true);
        for (Thread t : writers) {
            t.join();
        }
        assertThat(acked).as("creates answered before the kill").hasSizeGreaterThanOrEqualTo(100);

        start();
        for (var e : acked.entrySet()) {
            var task = send("GET", "/api/v1/tasks/" + e.getValue(), token, null, null);
            assertThat(task.statusCode()).as("task %s of key %s, answered 201 before the kill", e.getValue(), e.getKey())
                    .isEqualTo(200);
            assertThat(JSON.readTree(task.body()).get("title").asString()).isEqualTo(TITLE + e.getKey());
        }
        for (String key : inFlight) {
            var retry = send("POST", "/api/v1/tasks", token, key, body(key));
            assertThat(retry.statusCode()).as("retry of key %s, in flight at the kill: %s", key, retry.body())
                    .isIn(200, 201);
        }
        acked.keySet().stream().limit(20).forEach(key -> {
            var retry = send("POST", "/api/v1/tasks", token, key, body(key));
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(retry.body()).get("id").asLong()).isEqualTo(acked.get(key));
        });

        Map<String, Integer> perKey = tasksPerKey(token);
        var keys = new ArrayList<>(acked.keySet());
        keys.addAll(inFlight);
        for (String key : keys) {
            assertThat(perKey.getOrDefault(key, 0)).as("tasks made by key %s", key).isEqualTo(1);
        }
    }

    private void write(int writer, String token, Map<String, Long> acked, Set<String> inFlight, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            String key = "crash-" + writer + "-" + i;
            inFlight.add(key);
            try {
                var answer = http.send(request("POST", "/api/v1/tasks", token, key, body(key)),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    acked.put(key, JSON.readTree(answer.body()).get("id").asLong());
                    inFlight.remove(key);
                } else if (answer.statusCode() < 500) {
                    inFlight.remove(key);
                }
            } catch (IOException e) {
                // The server died with this request: the key stays in flight, to be retried after the restart.
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Map<String, Integer> tasksPerKey(String token) {
        var counts = new HashMap<String, Integer>();
        String cursor = null;
        do {
            String path = "/api/v1/tasks?limit=500&q=" + URLEncoder.encode("thử độ bền", StandardCharsets.UTF_8)
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            var page = send("GET", path, token, null, null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode json = JSON.readTree(page.body());
            for (JsonNode task : json.get("items")) {
                counts.merge(task.get("title").asString().substring(TITLE.length()), 1, Integer::sum);
            }
            cursor = json.get("nextCursor").isNull() ? null : json.get("nextCursor").asString();
        } while (cursor != null);
        return counts;
    }

    private static String body(String key) {
        return "{\"title\":\"" + TITLE + key + "\",\"leadUnit\":{\"code\":\"TTTT\"},\"deadline\":\"2031-06-30\"}";
    }

    private HttpRequest request(String method, String path, String token, String key, String body) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        return builder.header("Authorization", token).build();
    }

    private HttpResponse<String> send(String method, String path, String token, String key, String body) {
        try {
            return http.send(request(method, path, token, key, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("vanphong:demo".getBytes(StandardCharsets.UTF_8));
        var answer = send("POST", "/api/v1/tokens", basic, null, "{\"name\":\"crash\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return "Bearer " + JSON.readTree(answer.body()).get("token").asString();
    }

    /** The child's database: H2 files under the temporary folder, or a new database on the suite's PostgreSQL. */
    private static List<String> database() throws SQLException {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return List.of();
        }
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_crash";
        try (var c = DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return List.of("--spring.datasource.url=" + url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query)),
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password);
    }

    /** Starts the application in the temporary folder (its H2 files under ./data) and waits until it answers. */
    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                NhiemVuApplication.class.getName(), "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(databaseArgs);
        Path log = dir.resolve("app.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        processes.add(process);
        long until = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited at start:\n" + tail(log));
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start within 240 s:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
