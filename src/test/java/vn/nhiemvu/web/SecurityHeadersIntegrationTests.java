package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Every answer carries a Content-Security-Policy without inline scripts but those with this
 * answer's nonce, a Referrer-Policy and a Permissions-Policy; behind a proxy that says
 * {@code X-Forwarded-Proto: https}, redirects stay on https and HSTS is sent.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesAndTheApiCarryThePolicies() throws Exception {
        for (String path : new String[] { "/login", "/api/v1/tasks" }) {
            var response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'", "script-src 'self' 'nonce-", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        }
    }

    @Test
    void theIconIsServedBeforeSigningIn() throws Exception {
        // A browser asks for it on every first page, the login page included: a 404 there is an error in its console.
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(200);
        var svg = get("/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
    }

    @Test
    void anInlineScriptCarriesTheNonceOfItsAnswer() {
        var office = FormSession.signIn(port, "vanphong");
        var page = office.get("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        var nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).contains("<script nonce=\"" + nonce.group(1) + "\">");
    }

    @Test
    void aPageWithChartsLoadsTheLibraryThenItsOwnScriptWithTheNonce() {
        // The library comes from one fragment (fragments/charts.html); each page's script follows it and runs.
        var office = FormSession.signIn(port, "vanphong");
        for (String[] page : new String[][] { { "/dashboard", "<script id=\"dashboard-charts\" src=\"/js/dashboard.js\">" },
                { "/rankings?from=2020-07-01&to=2020-12-31&asOf=2021-01-15", "<script id=\"ranking-script\" nonce=\"%s\">" },
                { "/indicators/GIAINGAN", "<script id=\"indicator-script\" nonce=\"%s\">" },
                { "/reports", "<script id=\"report-charts\" nonce=\"%s\">" } }) {
            var answer = office.get(page[0]);
            assertThat(answer.statusCode()).as(page[0]).isEqualTo(200);
            var nonce = NONCE.matcher(answer.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertThat(nonce.find()).isTrue();
            assertThat(answer.body()).as(page[0]).containsSubsequence("<script src=\"/js/echarts.min.js\"></script>",
                    "<script src=\"/js/charts.js\"></script>", page[1].formatted(nonce.group(1)));
        }
    }

    @Test
    void noTemplateHasAnInlineScriptWithoutNonceOrAnEventHandlerAttribute() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                String html;
                try {
                    html = Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                assertThat(Pattern.compile("<script(?![^>]*\\b(src|th:src|th:nonce)=)[^>]*>").matcher(html).find())
                        .as(f + ": an inline script without th:nonce").isFalse();
                assertThat(Pattern.compile("\\son[a-z]+\\s*=").matcher(html).find())
                        .as(f + ": an inline event handler").isFalse();
            });
        }
    }

    @Test
    void behindAProxyRedirectsStayOnHttpsAndHstsIsSent() throws Exception {
        var plain = get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        var proxied = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        var redirect = get("/overview", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "nhiemvu.example.vn");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).startsWith("https://");
    }
}
