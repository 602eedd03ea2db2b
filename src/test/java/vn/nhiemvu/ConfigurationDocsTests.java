package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every setting the code reads through a {@code *Properties} record is documented from the code: its name, default and
 * meaning come from the metadata the configuration processor writes at compile time, and
 * {@code docs/configuration.md} must say the same (run with {@code -Ddocs.update=true} to rewrite it). A default is
 * written once: a record's setting is not also set in {@code application.properties}.
 */
class ConfigurationDocsTests {

    private static final Path DOC = Path.of("docs", "configuration.md");

    private List<JsonNode> ourProperties() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            JsonNode metadata = JsonMapper.builder().build().readTree(in);
            return StreamSupport.stream(metadata.get("properties").spliterator(), false)
                    .filter(p -> p.get("name").asString().startsWith("nhiemvu."))
                    .sorted(Comparator.comparing(p -> p.get("name").asString())).toList();
        }
    }

    @Test
    void theDocumentIsTheCodes() throws IOException {
        var doc = new StringBuilder("""
                # Configuration

                Written from the code by `ConfigurationDocsTests` (run it with `-Ddocs.update=true` after changing a
                `*Properties` record). Each setting can be given as a property (`--nhiemvu.jobs.threads=4`), in an
                `application.properties` beside the jar, or as an environment variable (`NHIEMVU_JOBS_THREADS=4`).
                Spring's own settings, and the schedules and switches read by annotations, are in
                `src/main/resources/application.properties` with their comments.

                | Setting | Default | Meaning |
                |---|---|---|
                """);
        for (JsonNode p : ourProperties()) {
            String def = p.hasNonNull("defaultValue") ? p.get("defaultValue").toString().replaceAll("^\"|\"$", "") : "";
            String description = p.hasNonNull("description") ? p.get("description").asString() : "";
            doc.append("| `").append(p.get("name").asString()).append("` | ").append(def.isEmpty() ? "" : "`" + def + "`")
                    .append(" | ").append(description.replaceAll("\\{@code ([^}]*)}", "`$1`").replace("|", "\\|")
                    .replaceAll("\\s+", " ").strip()).append(" |\n");
        }
        if (Boolean.getBoolean("docs.update") || !Files.exists(DOC)) {
            Files.writeString(DOC, doc);
        }
        assertThat(Files.readString(DOC)).as("docs/configuration.md is stale: run ConfigurationDocsTests with "
                + "-Ddocs.update=true and commit it").isEqualTo(doc.toString());
    }

    @Test
    void aDefaultIsWrittenOnce() throws IOException {
        var file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            file.load(in);
        }
        for (JsonNode p : ourProperties()) {
            if (p.hasNonNull("defaultValue")) {
                assertThat(file.getProperty(p.get("name").asString())).as(p.get("name").asString()
                        + " has its default in its record; application.properties must not set it again").isNull();
            }
        }
    }
}
