package vn.nhiemvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module reads and writes only its own tables (ADR 0029), which {@code ModularityTests} cannot see: SQL is text.
 * A table belongs to the module whose migration folder creates it. Every string literal and text block in a module's
 * classes, and every migration, is read for the tables it names where SQL names tables (after {@code from},
 * {@code join}, {@code into}, {@code update}, {@code table}, and each table of a {@code from} list) and for a literal
 * that is a whole table name with an underscore (handed to SQL built elsewhere, such as a content store); one owned by
 * another module fails. A foreign key ({@code references}) may name another module's table: it keeps ids honest and
 * reads nothing. {@code docs/ARCHITECTURE.md} lists each module's tables; this test holds the list to the migrations.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/vn/nhiemvu");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path ARCHITECTURE = Path.of("docs/ARCHITECTURE.md");
    private static final String LIST_BEGIN = "<!-- tables:begin -->";
    private static final String LIST_END = "<!-- tables:end -->";

    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TABLE = Pattern.compile("\\b(?:join|into|update|table)\\s+(?!set\\b)(\\w+)");
    private static final Pattern FROM_LIST = Pattern.compile("\\bfrom\\s+(.*?)(?=\\b(?:where|join|left|right|inner|"
            + "cross|full|on|group|order|having|union|fetch|limit|for|returning)\\b|[);]|$)", Pattern.DOTALL);
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(\\w+)");

    @Test
    void everyModuleTouchesOnlyItsOwnTables() {
        Map<String, String> owners = owners();
        var violations = new ArrayList<String>();
        for (Path file : files(SOURCES, ".java")) {
            String module = SOURCES.relativize(file).getName(0).toString();
            for (String literal : literals(read(file))) {
                for (String table : tablesMentioned(literal, owners.keySet())) {
                    String owner = owners.get(table);
                    if (owner != null && !owner.equals(module)) {
                        violations.add(module + " reads " + owner + "'s " + table + " in " + file);
                    }
                }
            }
        }
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            for (String table : tablesIn(withoutComments(read(file)))) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module)) {
                    violations.add(module + " touches " + owner + "'s " + table + " in " + file);
                }
            }
        }
        assertThat(violations).as("a module reads another's table; ask its API (ADR 0029)").isEmpty();
    }

    @Test
    void theArchitectureListsEachModulesTables() {
        String architecture = read(ARCHITECTURE);
        int begin = architecture.indexOf(LIST_BEGIN);
        int end = architecture.indexOf(LIST_END);
        assertThat(begin).as(ARCHITECTURE + " has " + LIST_BEGIN).isNotNegative();
        assertThat(end).as(ARCHITECTURE + " has " + LIST_END).isGreaterThan(begin);
        assertThat(architecture.substring(begin + LIST_BEGIN.length(), end).strip())
                .as("the list in " + ARCHITECTURE + " (paste the expected text)").isEqualTo(tableList());
    }

    /**
     * SQL is written in repositories (classes named {@code Jdbc…}) and in the few classes listed here, which are
     * stores themselves; services hand repositories values (a {@code Visibility}, a filter) and never a fragment.
     */
    private static final Map<String, String> STORES_BY_OTHER_NAMES = Map.of(
            "audit/internal/Verifier.java", "streams the audit log it verifies",
            "audit/internal/Checkpoints.java", "the audit checkpoints' store",
            "audit/internal/LegacyRekeying.java", "rewrites the audit log's keys once, in batches",
            "cluster/internal/PostgresSignals.java", "LISTEN/NOTIFY on its own connection",
            "cluster/internal/DatabaseContentStore.java", "the store of bytes in the owner's table",
            "cluster/internal/ClusterConfiguration.java", "builds the content stores",
            "dashboard/internal/AggregateLocks.java", "the aggregates' row locks",
            "monitoring/internal/MonitoringSchedule.java", "ShedLock's lock table, through its library");

    private static final Pattern USES_JDBC = Pattern.compile("\\b(JdbcClient|JdbcTemplate|NamedParameterJdbcTemplate)\\b");

    @Test
    void sqlIsWrittenInRepositories() {
        var outside = new TreeSet<String>();
        for (Path file : files(SOURCES, ".java")) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            if (!file.getFileName().toString().startsWith("Jdbc") && !STORES_BY_OTHER_NAMES.containsKey(name)
                    && USES_JDBC.matcher(read(file)).find()) {
                outside.add(name);
            }
        }
        assertThat(outside).as("SQL outside a repository; move it into the module's Jdbc… class").isEmpty();
    }

    /** The check sees what it is for, and not what it is not for (comments, characters, foreign keys). */
    @Test
    void findsTablesWhereSqlNamesThem() {
        String source = """
                class Example {
                    // select * from task
                    /* join directive */
                    char quote = '"';
                    String letters = \"""
                            select l.id, u.name from urging_letter l join org_unit u on u.id = l.unit_id
                            where exists (select 1 from urging_letter_task t where t.letter_id = l.id)\""";
                    String both = "select 1 from task t, directive d where t.directive_id = d.id";
                    String write = "insert into notice (id) values (1) on conflict do update set id = 2";
                    String words = "Không có nhiệm vụ \\"task\\" nào";
                }
                """;
        List<String> literals = literals(source);
        assertThat(literals).hasSize(4);
        assertThat(literals.stream().flatMap(l -> tablesIn(l).stream()))
                .containsExactlyInAnyOrder("urging_letter", "org_unit", "urging_letter_task", "task", "directive",
                        "notice");
        assertThat(tablesMentioned("dossier_content", Set.of("dossier_content", "task")))
                .containsExactly("dossier_content");
        assertThat(tablesMentioned("task", Set.of("dossier_content", "task"))).as("a parameter's name").isEmpty();
        assertThat(tablesIn(withoutComments("""
                -- alter table task add column x int;
                create table plan_version (task_id bigint references task (id));
                """))).containsExactly("plan_version");
    }

    /** Table → module, from the folder of the migration that creates it. */
    static Map<String, String> owners() {
        var owners = new TreeMap<String, String>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            Matcher m = CREATE_TABLE.matcher(withoutComments(read(file)));
            while (m.find()) {
                String previous = owners.put(m.group(1).toLowerCase(), module);
                assertThat(previous == null || previous.equals(module)).as(m.group(1) + " created by two modules")
                        .isTrue();
            }
        }
        return owners;
    }

    /** The list as ARCHITECTURE.md shows it: a row per module, its tables in order. */
    static String tableList() {
        Map<String, Set<String>> byModule = new TreeMap<>();
        owners().forEach((table, module) -> byModule.computeIfAbsent(module, m -> new TreeSet<>()).add(table));
        var out = new StringBuilder("| module | tables |\n|---|---|");
        byModule.forEach((module, tables) -> out.append("\n| ").append(module).append(" | ")
                .append(tables.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "))).append(" |"));
        return out.toString();
    }

    /** The tables a Java literal names: in SQL, or as a whole name with an underscore (a name handed on). */
    static Set<String> tablesMentioned(String literal, Set<String> known) {
        Set<String> tables = tablesIn(literal);
        if (literal.contains("_") && known.contains(literal)) {
            tables.add(literal);
        }
        return tables;
    }

    /** The tables SQL names in the text (lower-cased): those written after a keyword that takes a table. */
    static Set<String> tablesIn(String text) {
        String sql = text.toLowerCase();
        var tables = new TreeSet<String>();
        Matcher named = NAMED_TABLE.matcher(sql);
        while (named.find()) {
            tables.add(named.group(1));
        }
        Matcher from = FROM_LIST.matcher(sql);
        while (from.find()) {
            for (String item : from.group(1).split(",")) {
                Matcher name = LEADING_NAME.matcher(item);
                if (name.find()) {
                    tables.add(name.group(1));
                }
            }
        }
        return tables;
    }

    /** The string literals and text blocks of a Java source, outside comments and character literals. */
    static List<String> literals(String java) {
        var literals = new ArrayList<String>();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = lineEnd(java, i);
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                i = closing(java, i + 1, "'") + 1;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = closing(java, i + 3, "\"\"\"");
                literals.add(java.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = closing(java, i + 1, "\"");
                literals.add(java.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Where the unescaped delimiter closes what starts at {@code from}. */
    private static int closing(String java, int from, String delimiter) {
        int i = from;
        while (!java.startsWith(delimiter, i)) {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** SQL without its comments and without foreign keys' {@code references t}, which name a table but read nothing. */
    static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("(?i)\\breferences\\s+\\w+", "references");
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
