package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries: no cycles, only declared dependencies, internals stay internal. The module diagram in
 * {@code docs/modules/components.puml} is the one the code gives: a change of dependencies that leaves it stale fails
 * here (run with {@code -Ddocs.update=true} to write it), and so does an ADR missing from {@code docs/adr/README.md}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NhiemVuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModuleDiagramInDocsIsTheCodes() throws IOException {
        String generated = "target/spring-modulith-docs";
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated)).writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Path written = Path.of(generated, "components.puml");
        Path committed = Path.of("docs", "modules", "components.puml");
        if (Boolean.getBoolean("docs.update") || !Files.exists(committed)) {
            Files.createDirectories(committed.getParent());
            Files.copy(written, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // The Documenter writes the same lines in an order of its own from one run to the next.
        assertThat(Files.readAllLines(committed)).as("docs/modules/components.puml is stale: run this test with "
                + "-Ddocs.update=true and commit it").containsExactlyInAnyOrderElementsOf(Files.readAllLines(written));
    }

    @Test
    void everyDecisionRecordIsInTheIndex() throws IOException {
        String index = Files.readString(Path.of("docs", "adr", "README.md"));
        try (Stream<Path> records = Files.list(Path.of("docs", "adr"))) {
            assertThat(records.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}-.*\\.md")))
                    .isNotEmpty().allSatisfy(name -> assertThat(index).contains("(" + name + ")"));
        }
    }
}
