package vn.nhiemvu;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the hand-entered demo data files ({@code demo/organization.json}, {@code demo/directives.json}) on their
 * own, without Spring: every code they reference exists, dates are ISO and consistent, full texts are present.
 */
class DemoDataFilesTests {

    private static final List<String> FIXED_UNITS = List.of("VP", "PC", "CDSQG", "KHTC", "KHCN", "TTRA", "TDKT",
            "TCCB", "HTQT", "VCL", "TTTT");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode read(String path) {
        try (InputStream in = DemoDataFilesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, "missing on the classpath: " + path);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final JsonNode organization = read("demo/organization.json");
    private final JsonNode directives = read("demo/directives.json");

    private static Set<String> values(JsonNode array, String field) {
        var result = new HashSet<String>();
        for (JsonNode node : array) {
            result.add(node.path(field).asString());
        }
        return result;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    private static LocalDate date(JsonNode node, String what) {
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            return fail(what + " is not an ISO date: " + node);
        }
    }

    private List<JsonNode> tasks() {
        var result = new ArrayList<JsonNode>();
        for (JsonNode directive : directives) {
            directive.path("tasks").forEach(result::add);
        }
        return result;
    }

    @Test
    void theFixedUnitCodesExistAndUnitCodesAreUnique() {
        JsonNode units = organization.path("units");
        assertTrue(units.isArray() && units.size() > 0);
        Set<String> codes = values(units, "code");
        assertEquals(units.size(), codes.size(), "unit codes must be unique");
        assertTrue(codes.containsAll(FIXED_UNITS), "missing fixed units: " + FIXED_UNITS.stream()
                .filter(c -> !codes.contains(c)).toList());
        for (String code : codes) {
            assertTrue(code.matches("[A-Z0-9]{2,8}"), "unit code must be ASCII upper case, 2-8 chars: " + code);
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode unit : units) {
            JsonNode parent = unit.path("parent");
            if (present(parent)) {
                // The loader registers units in file order, so a parent must come before its children.
                assertTrue(seen.contains(parent.asString()), "parent must be listed before " + unit.path("code"));
            }
            seen.add(unit.path("code").asString());
        }
    }

    @Test
    void agencyCodesAreUniqueAndExactlyOneIsHome() {
        JsonNode agencies = organization.path("agencies");
        assertEquals(agencies.size(), values(agencies, "code").size(), "agency codes must be unique");
        int home = 0;
        for (JsonNode agency : agencies) {
            if (agency.path("home").asBoolean(false)) {
                home++;
            }
        }
        assertEquals(1, home, "exactly one home agency");
    }

    @Test
    void everyReferencedCodeExists() {
        Set<String> units = values(organization.path("units"), "code");
        Set<String> agencies = values(organization.path("agencies"), "code");
        Set<String> leaders = values(organization.path("leaders"), "key");
        assertEquals(organization.path("leaders").size(), leaders.size(), "leader keys must be unique");
        Map<String, String> supervisor = new HashMap<>();
        for (JsonNode leader : organization.path("leaders")) {
            for (JsonNode unit : leader.path("units")) {
                assertTrue(units.contains(unit.asString()), "leader names unknown unit " + unit);
                String before = supervisor.put(unit.asString(), leader.path("key").asString());
                assertEquals(null, before, "unit supervised by two leaders: " + unit);
            }
        }
        for (JsonNode directive : directives) {
            assertTrue(agencies.contains(directive.path("issuer").asString()),
                    "unknown issuer " + directive.path("issuer") + " of " + directive.path("number"));
            for (JsonNode task : directive.path("tasks")) {
                String title = task.path("title").asString();
                assertTrue(units.contains(task.path("leadUnit").asString()), "unknown lead unit in " + title);
                for (JsonNode unit : task.path("coordinatingUnits")) {
                    assertTrue(units.contains(unit.asString()), "unknown coordinating unit " + unit + " in " + title);
                    assertFalse(unit.asString().equals(task.path("leadUnit").asString()),
                            "lead unit also coordinating in " + title);
                }
                JsonNode leader = task.path("supervisingLeader");
                if (present(leader)) {
                    assertTrue(leaders.contains(leader.asString()), "unknown leader " + leader + " in " + title);
                }
            }
        }
    }

    @Test
    void exactlyOneLeaderHasTheDemoAccount() {
        var withAccount = new ArrayList<JsonNode>();
        for (JsonNode leader : organization.path("leaders")) {
            if ("lanhdao".equals(leader.path("demoAccount").asString(""))) {
                withAccount.add(leader);
            }
        }
        assertEquals(1, withAccount.size(), "exactly one leader has demoAccount \"lanhdao\"");
        boolean cdsqg = false;
        for (JsonNode unit : withAccount.get(0).path("units")) {
            cdsqg |= "CDSQG".equals(unit.asString());
        }
        assertTrue(cdsqg, "the demo leader supervises CDSQG");
    }

    @Test
    void datesAreIsoAndNoDeadlineIsBeforeItsDirective() {
        Set<String> numbers = new HashSet<>();
        for (JsonNode directive : directives) {
            String number = directive.path("number").asString();
            assertTrue(numbers.add(number), "directive numbers must be unique: " + number);
            LocalDate issued = date(directive.path("issueDate"), "issueDate of " + number);
            for (JsonNode task : directive.path("tasks")) {
                String title = task.path("title").asString();
                if (present(task.path("deadline"))) {
                    LocalDate deadline = date(task.path("deadline"), "deadline of " + title);
                    assertFalse(deadline.isBefore(issued), "deadline " + deadline + " before " + issued + ": " + title);
                }
                if (present(task.path("completedAt"))) {
                    assertDoesNotThrow(() -> date(task.path("completedAt"), "completedAt of " + title));
                }
            }
        }
    }

    @Test
    void everyFullTextFileIsOnTheClasspath() {
        for (JsonNode directive : directives) {
            JsonNode file = directive.path("fullTextFile");
            if (present(file)) {
                assertNotNull(getClass().getClassLoader().getResource("demo/texts/" + file.asString()),
                        "missing demo/texts/" + file.asString());
            }
        }
    }

    @Test
    void thereAreEnoughTasksAndResolution105HasOneDueOn30September2020() {
        assertTrue(tasks().size() >= 30, "at least 30 demo tasks, found " + tasks().size());
        boolean found = false;
        for (JsonNode directive : directives) {
            if ("105/NQ-CP".equals(directive.path("number").asString())) {
                for (JsonNode task : directive.path("tasks")) {
                    found |= "2020-09-30".equals(task.path("deadline").asString(""));
                }
            }
        }
        assertTrue(found, "Nghị quyết 105/NQ-CP has a task due 2020-09-30");
    }
}
