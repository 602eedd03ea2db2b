package vn.nhiemvu.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** A server-sent event stream opened as a demo account (password {@code demo}), read line by line. */
public final class EventStream implements AutoCloseable {

    private final int status;
    private final BufferedReader lines;

    private EventStream(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    public static EventStream open(int port, String username, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").build();
        return new EventStream(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    public int status() {
        return status;
    }

    /** Completes with true when the line arrives, false when the stream ends first. */
    public CompletableFuture<Boolean> next(String line) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String read = lines.readLine(); read != null; read = lines.readLine()) {
                    if (read.equals(line)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
