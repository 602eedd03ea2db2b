package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No template writes Vietnamese words of its own (ADR 0033): what a page says comes from the bundles by key, what it
 * shows otherwise is data from expressions. A Vietnamese letter with its marks in a text node, in a plain attribute
 * (title, placeholder, aria-label…) or anywhere in a {@code th:} attribute (a quoted literal) fails, unless the file
 * or the literal is allowed below with its reason. The text inside an element whose {@code th:text},
 * {@code th:utext}, {@code th:replace} or {@code th:insert} replaces it is only the prototype nobody sees, and does
 * not count; nor does what an element marks {@code lang="vi"}: an official document's own words shown in a page (the
 * urging letter in its preview), Vietnamese by design, as the browser reads it too. Read from the files, without
 * Spring.
 */
class TemplateWordsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Templates that stay Vietnamese whatever the reader's language, and why. */
    private static final Map<String, String> VIETNAMESE_BY_DESIGN = Map.ofEntries(
            Map.entry("monitoring/letter.html", "an urging letter is an official document (Nghị định 30)"),
            Map.entry("monitoring/urging-body.html", "the urging letter's body, an official document (Nghị định 30)"),
            Map.entry("officialdocument/document.html", "a document in the Nghị định 30 layout"),
            Map.entry("reporting/pdf-body.html", "the periodic report, an official document filed as PDF"),
            Map.entry("tasks/print-body.html", "a task's record printed for the file, an official document"),
            Map.entry("mail/notice.html", "e-mail to officials of the Ministry, who read Vietnamese"),
            Map.entry("mail/notice.txt", "e-mail to officials of the Ministry, who read Vietnamese"));

    /** Pages whose words are not in the bundles yet (the conversion goes page by page, ADR 0033). */
    private static final Set<String> NOT_YET_CONVERTED = Set.of();

    /** Literal words allowed in any page, and why. */
    private static final Map<String, String> ALLOWED_LITERALS = Map.of(
            "Nhiệm vụ", "the product's name, the same in both languages (the brand in the header)",
            "Tiếng Việt", "the language's own name, written in it");

    @Test
    void noConvertedTemplateWritesVietnameseWordsOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : templates()) {
            String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
            if (!VIETNAMESE_BY_DESIGN.containsKey(name) && !NOT_YET_CONVERTED.contains(name)) {
                literals(Jsoup.parse(Files.readString(file), "", Parser.xmlParser()), found, name);
            }
        }
        assertThat(found).as("Vietnamese words written in templates: put them in the bundles and name the key").isEmpty();
    }

    @Test
    void theListsNameTemplatesThatExist() throws IOException {
        List<String> names = templates().stream().map(f -> TEMPLATES.relativize(f).toString().replace('\\', '/'))
                .toList();
        assertThat(names).containsAll(VIETNAMESE_BY_DESIGN.keySet()).containsAll(NOT_YET_CONVERTED);
    }

    /** The check itself: a literal in text, in a plain attribute and in an expression fails; a prototype does not. */
    @Test
    void theCheckTellsWordsFromPrototypesAndData() {
        List<String> found = new ArrayList<>();
        literals(Jsoup.parse("""
                <main><h1 th:text="#{tasks.list.title}">Nhiệm vụ của tôi</h1><p th:text="${t.title()}">Tên</p>
                <a class="brand">Nhiệm vụ</a><!-- Ghi chú --><div lang="vi"><p>Kính gửi:</p></div></main>""", "",
                Parser.xmlParser()), found, "ok");
        assertThat(found).isEmpty();
        literals(Jsoup.parse("""
                <main><p>Đã lưu</p><input placeholder="hôm nay"><span th:title="'Bỏ lọc ' + ${x}">x</span>
                <span th:text="${n} + ' ngày'">2 ngày</span></main>""", "", Parser.xmlParser()), found, "bad");
        assertThat(found).hasSize(4);
        found.clear();
        literals(Jsoup.parse("""
                <html th:replace="~{layout :: page(~{::title}, ~{::main})}"><head><title>Trợ giúp</title></head>
                <main><p>Đã lưu</p></main></html>""", "", Parser.xmlParser()), found, "decorated");
        assertThat(found).as("a page decorated by the layout shows its own title and main").hasSize(2);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static void literals(Node node, List<String> found, String file) {
        if (node instanceof TextNode text) {
            check(text.text(), found, file, "text");
            return;
        }
        if (node instanceof Element element) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                boolean replaced = !key.startsWith("th:") && (element.hasAttr("th:" + key)
                        || element.attr("th:attr").contains(key + "="));
                if (!replaced) {
                    check(attribute.getValue(), found, file, element.tagName() + " @" + key);
                }
            }
            // A page put into the layout (th:replace="~{layout :: page(~{::title}, ~{::main})}") shows its own parts.
            boolean decorated = Stream.of("th:replace", "th:insert").anyMatch(a -> element.attr(a).contains("~{::"));
            if (!decorated && Stream.of("th:text", "th:utext", "th:replace", "th:insert").anyMatch(element::hasAttr)
                    || "all".equals(element.attr("th:remove")) || "vi".equals(element.attr("lang"))) {
                return;
            }
        }
        node.childNodes().forEach(child -> literals(child, found, file));
    }

    private static void check(String value, List<String> found, String file, String where) {
        String rest = value;
        for (String allowed : ALLOWED_LITERALS.keySet()) {
            if (rest.strip().equals(allowed)) {
                rest = "";
            }
        }
        if (VIETNAMESE.matcher(rest).find()) {
            found.add(file + " (" + where + "): " + value.strip());
        }
    }
}
