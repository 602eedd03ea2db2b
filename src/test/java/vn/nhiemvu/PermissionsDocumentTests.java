package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.Relation;

/**
 * {@code docs/permissions.md} is printed from the policies in the code: every public static {@code POLICY} of a
 * module. The test fails when the file is stale; {@code -Dpermissions.write=true} writes it.
 */
class PermissionsDocumentTests {

    static final Path FILE = Path.of("docs/permissions.md");

    /** Every module's policy, found in the compiled classes so that a new one cannot be left out. */
    static Map<String, Policy<?>> policies() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("vn/nhiemvu"))) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith("Permissions.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted().collect(Collectors.toMap(c -> c, PermissionsDocumentTests::policy, (a, b) -> a,
                            LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Policy<?> policy(String className) {
        try {
            Field field = Class.forName(className).getField("POLICY");
            assertThat(Modifier.isStatic(field.getModifiers())).as(className + ".POLICY is static").isTrue();
            return (Policy<?>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a public static POLICY", e);
        }
    }

    static String render() {
        var out = new StringBuilder("""
                # Ai được làm gì (permissions)

                Printed from the code by `PermissionsDocumentTests` (do not edit by hand; run it with
                `-Dpermissions.write=true`). Each module has one policy, a table of actions × the user's relation to
                the task (ADR 0028); services, pages and the API all ask it. ✓ = allowed. For actions on no task
                (creating one, importing, reports), an account may act when a relation its role can hold is allowed.
                Scope comes first: a user who does not see the task gets 404, whatever the table says.

                Relations:\s""");
        out.append(String.join("; ", Arrays.stream(Relation.values())
                .map(r -> "`" + r.name() + "` " + r.label()).toList())).append(".\n");
        for (var entry : policies().entrySet()) {
            Policy<?> policy = entry.getValue();
            out.append("\n## ").append(policy.name()).append(" — `")
                    .append(entry.getKey().replace("vn.nhiemvu.", "").replace('.', '/')).append("`\n\n| Việc | ");
            for (Relation r : Relation.values()) {
                out.append(r.label()).append(" | ");
            }
            out.append("\n|---|").append("---|".repeat(Relation.values().length)).append('\n');
            policy.table().forEach((action, relations) -> {
                out.append("| ").append(label(action)).append(" (`").append(action.name()).append("`) | ");
                for (Relation r : Relation.values()) {
                    out.append(relations.contains(r) ? "✓" : "").append(" | ");
                }
                out.append('\n');
            });
        }
        return out.toString().replace(" \n", "\n");
    }

    private static String label(Enum<?> action) {
        try {
            return (String) action.getClass().getMethod("label").invoke(action);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(action.getDeclaringClass() + " needs a label() for the printed table", e);
        }
    }

    @Test
    void theTableInDocsIsTheOneInTheCode() throws IOException {
        String current = render();
        if (Boolean.getBoolean("permissions.write")) {
            Files.writeString(FILE, current, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "")
                .as("docs/permissions.md is stale: run PermissionsDocumentTests with -Dpermissions.write=true")
                .isEqualTo(current);
    }

    @Test
    void everyModuleThatDecidesWhoMayActHasItsPolicyPrinted() {
        assertThat(policies().values()).extracting(Policy::name).contains("Nhiệm vụ", "Kế hoạch thực hiện",
                "Hồ sơ trình", "Văn bản chỉ đạo", "Nhập danh sách nhiệm vụ", "Báo cáo định kỳ", "Theo dõi, đôn đốc",
                "Đọc văn bản chỉ đạo", "Đợt lấy đề xuất");
    }
}
