package vn.nhiemvu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the pages without a browser: signs in through the login form, keeps the session
 * cookie, follows redirects if asked and posts forms with the page's CSRF token.
 */
public final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient http;
    private final int port;

    private FormSession(HttpClient http, int port) {
        this.http = http;
        this.port = port;
    }

    /** Signed in as {@code username} (password {@code demo}); redirects are not followed. */
    public static FormSession signIn(int port, String username) {
        return signIn(port, username, false);
    }

    /** Signed in as {@code username} (password {@code demo}); redirects are followed when {@code follow}. */
    public static FormSession signIn(int port, String username, boolean follow) {
        return signIn(port, username, "demo", follow);
    }

    public static FormSession signIn(int port, String username, String password, boolean follow) {
        var session = new FormSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER).build(), port);
        var form = new LinkedHashMap<String, String>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf(session.get("/login").body()));
        var answer = session.post("/login", form);
        assertThat(answer.statusCode()).as("signed in as " + username).isIn(200, 302);
        assertThat(answer.headers().firstValue("Location").orElse("") + answer.uri()).as("signed in as " + username)
                .doesNotContain("error");
        return session;
    }

    /** The same person, with the same cookies, talking to another node on {@code otherPort}. */
    public FormSession onPort(int otherPort) {
        return new FormSession(http, otherPort);
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** As htmx asks for a page's fragment. */
    public HttpResponse<String> htmx(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts {@code fields} with the CSRF token of {@code page}, the page the form is on. */
    public HttpResponse<String> submit(String path, String page, Map<String, String> fields) {
        var form = new LinkedHashMap<String, String>();
        form.put("_csrf", csrf(page));
        form.putAll(fields);
        return post(path, form);
    }

    /** As {@link #submit}, the fields in order and a name given more than once (ticked boxes, hidden pairs). */
    public HttpResponse<String> submitAll(String path, String page, java.util.List<Map.Entry<String, String>> fields) {
        var all = new java.util.ArrayList<Map.Entry<String, String>>();
        all.add(Map.entry("_csrf", csrf(page)));
        all.addAll(fields);
        String body = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart form with text fields and one file in the field {@code file}. */
    public HttpResponse<String> upload(String path, String filename, byte[] content, Map<String, String> fields) {
        String boundary = "----page" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
