package vn.nhiemvu.monitoring;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP receiver of webhooks, as another system would run it: checks each body's HMAC-SHA256 signature
 * and answers 500 to the very first request, so the sender must retry.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final String secret;
    private final AtomicBoolean failedOnce = new AtomicBoolean();
    final List<Received> accepted = new CopyOnWriteArrayList<>();
    final List<String> rejected = new CopyOnWriteArrayList<>();

    WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("X-NhiemVu-Signature");
            int status;
            if (failedOnce.compareAndSet(false, true)) {
                rejected.add(body);
                status = 500;
            } else {
                accepted.add(new Received(body, ("sha256=" + hmac(body)).equals(signature)));
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
