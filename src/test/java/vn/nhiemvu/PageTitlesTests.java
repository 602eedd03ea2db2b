package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page's title names the page, then the application, as the browser's tab and history show it ("Nhiệm vụ ·
 * Nhiệm vụ" or a bare "Phiếu đánh giá" among twenty tabs says nothing); the application's name comes from the bundle.
 */
class PageTitlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Documents rather than pages: an e-mail and a printed official document carry their own subject. */
    private static final Set<String> DOCUMENTS = Set.of("mail/notice.html", "officialdocument/document.html",
            "layout.html");
    private static final Pattern TITLE = Pattern.compile("<title([^>]*)>");
    private static final Pattern ENDS_WITH_APP = Pattern.compile(
            "th:text=\"(\\|.* · #\\{app\\.name}\\||\\$\\{.*\\+ ' · ' \\+ #messages\\.msg\\('app\\.name'\\)})\"");

    @Test
    void everyPageTitleNamesThePageThenTheApplication() throws IOException {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
                var title = TITLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (DOCUMENTS.contains(name) || !title.find()) {
                    continue;
                }
                pages++;
                if (!ENDS_WITH_APP.matcher(title.group(1)).find()) {
                    wrong.add(name + ": <title" + title.group(1) + ">");
                }
            }
        }
        assertThat(pages).as("pages with a title").isGreaterThan(40);
        assertThat(wrong).as("titles that do not end with \" · #{app.name}\"").isEmpty();
    }
}
