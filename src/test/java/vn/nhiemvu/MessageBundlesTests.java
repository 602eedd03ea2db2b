package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

/**
 * The words (ADR 0033): the Vietnamese and the English bundle hold the same keys, and every key the templates and
 * the code name is in them, so no page shows a code or a half-translated line in either language. Read from the
 * files, without Spring.
 */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    /** {@code #{key}} and {@code #{key(args)}}; a computed {@code #{${...}}} is checked where its codes are made. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");
    /** {@code #messages.msg('key', ...)}. */
    private static final Pattern TEMPLATE_MSG = Pattern.compile("#messages\\.msg\\('([\\w.-]+)'");
    /** A string literal that looks like a message code. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z-]*(?:\\.[\\w-]+)+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    private final Properties vietnamese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(english.stringPropertyNames()).as("keys missing in English (messages_en.properties)")
                .containsAll(vietnamese.stringPropertyNames());
        assertThat(vietnamese.stringPropertyNames()).as("keys missing in Vietnamese (messages.properties)")
                .containsAll(english.stringPropertyNames());
    }

    @Test
    void bothLanguagesTakeTheSameArgumentsAndNoneIsEmpty() {
        for (String key : vietnamese.stringPropertyNames()) {
            String vi = vietnamese.getProperty(key);
            String en = english.getProperty(key, "");
            assertThat(vi).as(key).isNotBlank();
            assertThat(en).as(key).isNotBlank();
            assertThat(arguments(en)).as("arguments of " + key).isEqualTo(arguments(vi));
            if (!arguments(vi).isEmpty()) {
                // MessageFormat takes a lone apostrophe as the start of a quote and drops the arguments after it.
                assertThat(vi.replace("''", "")).as(key).doesNotContain("'");
                assertThat(en.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                used.addAll(matches(TEMPLATE_KEY, text));
                used.addAll(matches(TEMPLATE_MSG, text));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(missing(used)).as("keys the templates name that a bundle lacks").isEmpty();
    }

    /**
     * Codes written in Java: every literal in a namespace of the bundles ("nav.tasks", "status.OVERDUE"), and the
     * codes the enums make from their names.
     */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> namespaces = vietnamese.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                matches(LITERAL, Files.readString(file)).stream()
                        .filter(code -> namespaces.stream().anyMatch(code::startsWith))
                        .forEach(used::add);
            }
        }
        Arrays.stream(Role.values()).map(Role::code).forEach(used::add);
        Arrays.stream(TaskStatus.values()).map(TaskStatus::code).forEach(used::add);
        PermissionsDocumentTests.policies().values().forEach(policy -> policy.table().keySet()
                .forEach(action -> used.add(((PolicyAction) action).code())));
        assertThat(used).contains("nav.tasks", "role.OFFICE", "action.plan.approve", "action.task.record-completion");
        assertThat(missing(used)).as("codes the Java code names that a bundle lacks").isEmpty();
    }

    @Test
    void theCodeReadsVietnameseWithArgumentsAsGiven() {
        assertThat(Message.of("login.throttled.minutes", 3L).vietnamese())
                .isEqualTo("Đăng nhập sai quá nhiều lần; hãy thử lại sau 3 phút.");
        assertThat(Role.OFFICE.label()).isEqualTo("Văn phòng Bộ");
    }

    /** What the sources hand to a refusal: Vietnamese sentences (file: call) and bundle codes. */
    private record Raised(Set<String> sentences, Set<String> codes) {
    }

    private static Raised raised(Pattern sentence, Pattern code) throws IOException {
        var raised = new Raised(new TreeSet<>(), new TreeSet<>());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = sentence.matcher(text);
                while (m.find()) {
                    raised.sentences().add(file.getFileName() + ": " + m.group());
                }
                raised.codes().addAll(matches(code, text));
            }
        }
        return raised;
    }

    /**
     * Validation (ADR 0033): rules raise a code and its arguments, never a sentence, so a refusal reads in the
     * reader's language. A string literal with Vietnamese letters handed to {@code InvalidInputException.of} or to a
     * collector's {@code add} fails; so does a code of the {@code invalid.}, {@code problem.} or {@code sheet.}
     * namespaces missing in either bundle.
     */
    @Test
    void validatorsRaiseCodesThatBothLanguagesHold() throws IOException {
        Pattern sentence = Pattern.compile("(?:InvalidInputException\\s*\\.of|\\b(?:errors|missing|refused)\\.add)\\("
                + "[^;]*?,\\s*\"[^\"]*[À-ỹ][^\"]*\"");
        Pattern code = Pattern.compile("Message\\.of\\(\\s*\"((?:invalid|problem|sheet)\\.[\\w.-]*\\w)\"");
        Raised raised = raised(sentence, code);
        Set<String> sentences = raised.sentences();
        Set<String> codes = raised.codes();
        assertThat(sentences).as("Vietnamese sentences raised as validation errors; raise a code").isEmpty();
        assertThat(codes).contains("invalid.task.title.required", "problem.field.unknown", "sheet.row.date");
        assertThat(codes.stream().filter(k -> !vietnamese.containsKey(k)).toList()).as("codes missing in Vietnamese")
                .isEmpty();
        assertThat(codes.stream().filter(k -> !english.containsKey(k)).toList()).as("codes missing in English")
                .isEmpty();
    }

    /**
     * Refusals that are not bad input (ADR 0033): a {@code NotFoundException}, {@code ForbiddenException} or
     * {@code ConflictException} takes a code and its arguments, never a sentence; a string literal with Vietnamese
     * letters handed to one of them fails, and so does a {@code notfound.}, {@code forbidden.} or {@code conflict.}
     * code missing in either bundle.
     */
    @Test
    void refusalsRaiseCodesThatBothLanguagesHold() throws IOException {
        Pattern sentence = Pattern.compile("new\\s+(?:vn\\.nhiemvu\\.shared\\.)?(?:NotFound|Forbidden|Conflict)Exception\\("
                + "[^;]*?\"[^\"]*[À-ỹ][^\"]*\"");
        Pattern code = Pattern.compile("Message\\.of\\(\\s*\"((?:notfound|forbidden|conflict)\\.[\\w.-]*\\w)\"");
        Raised raised = raised(sentence, code);
        Set<String> sentences = raised.sentences();
        Set<String> codes = raised.codes();
        assertThat(sentences).as("Vietnamese sentences raised as refusals; raise a code").isEmpty();
        assertThat(codes).contains("notfound.task.task.unknown", "forbidden.task.edit.refused",
                "conflict.shared.if-match.stale");
        assertThat(codes.stream().filter(k -> !vietnamese.containsKey(k)).toList()).as("codes missing in Vietnamese")
                .isEmpty();
        assertThat(codes.stream().filter(k -> !english.containsKey(k)).toList()).as("codes missing in English")
                .isEmpty();
        assertThat(Message.of("notfound.task.task.unknown", 1234L).in(Locale.ENGLISH))
                .isEqualTo("Task no. 1234 was not found.");
        assertThat(Message.of("notfound.task.task.unknown", 1234L).vietnamese())
                .isEqualTo("Không tìm thấy nhiệm vụ số 1234.");
        // The action refused is named in the reader's language too.
        assertThatThrownBy(() -> PlanPermissions.POLICY.check(PlanAction.APPROVE, Relation.LEAD_UNIT))
                .isInstanceOfSatisfying(ForbiddenException.class, refusal -> {
                    assertThat(refusal.words().in(Locale.ENGLISH)).isEqualTo(
                            "As lead unit, you may not do this to the implementation plan of this task: approve.");
                    assertThat(refusal.words().vietnamese()).isEqualTo(
                            "Với vai trò đơn vị chủ trì, bạn không được phê duyệt kế hoạch thực hiện của nhiệm vụ này.");
                });
    }

    /**
     * {@code Message.text} shows words as they are in either language: a value (a name, a number typed), never a
     * Vietnamese sentence or a piece of one, which would stay Vietnamese on an English page.
     */
    @Test
    void noVietnameseIsShownAsItIs() throws IOException {
        Pattern sentence = Pattern.compile("Message\\.text\\([^;]*?\"[^\"]*[À-ỹ][^\"]*\"");
        assertThat(raised(sentence, Pattern.compile("(?!)")).sentences())
                .as("Vietnamese shown as it is through Message.text; give it a code in both bundles").isEmpty();
    }

    /** A key written twice in one file: the later silently wins, so one of the two wordings is never read. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
                boolean continuation = continued;
                continued = line.endsWith("\\");
                if (continuation || line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys written twice in " + name).isEmpty();
        }
    }

    /** Every message with arguments is a pattern MessageFormat reads, in both languages. */
    @Test
    void patternsWithArgumentsAreReadable() {
        for (String key : vietnamese.stringPropertyNames()) {
            for (Properties bundle : List.of(vietnamese, english)) {
                String pattern = bundle.getProperty(key);
                if (!arguments(pattern).isEmpty()) {
                    assertThatCode(() -> new MessageFormat(pattern, Locale.ENGLISH)).as(key + ": " + pattern)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void refusalsReadInEitherLanguage() {
        Message title = Message.of("invalid.task.title.too-long", 500, 1234);
        assertThat(title.vietnamese()).isEqualTo("Tên nhiệm vụ dài quá 500 ký tự (hiện có 1234).");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("The task name is longer than 500 characters (it has 1234).");
        Message nested = Message.of("problem.parameter.refused", "from", Message.of("invalid.date.none", "31/02/2027"));
        assertThat(nested.in(Locale.ENGLISH))
                .isEqualTo("Parameter \"from\": There is no date 31/02/2027 in the calendar: check the day and the month.");
        assertThat(Message.text("Cục Chuyển đổi số quốc gia").in(Locale.ENGLISH)).isEqualTo("Cục Chuyển đổi số quốc gia");
    }

    private Set<String> missing(Set<String> used) {
        return used.stream().filter(k -> !vietnamese.containsKey(k) || !english.containsKey(k))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> arguments(String message) {
        return matches(ARGUMENT, message);
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return properties;
    }
}
