package vn.nhiemvu.tasksheet.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.tasksheet.ImportReport.RowError;

/**
 * Turns one sheet row into {@link Fields}, resolving codes, names and numbers, and collects every
 * error of the row with its cell. A column the sheet does not have keeps the stored task's value.
 * Plain Java: the lookups are given, so it is tested without Spring.
 */
final class RowReader {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));

    private final SheetReader.ParsedSheet sheet;
    private final Map<String, Unit> unitsByCode;
    private final Map<String, Leader> leadersByName;
    private final Function<String, Optional<Long>> directiveByNumber;

    RowReader(SheetReader.ParsedSheet sheet, List<Unit> units, List<Leader> leaders,
            Function<String, Optional<Long>> directiveByNumber) {
        this.sheet = sheet;
        this.unitsByCode = units.stream().collect(java.util.stream.Collectors.toMap(
                u -> u.code().toUpperCase(Locale.ROOT), u -> u, (a, b) -> a));
        this.leadersByName = leaders.stream().collect(java.util.stream.Collectors.toMap(
                l -> Text.fold(l.fullName()), l -> l, (a, b) -> a));
        this.directiveByNumber = directiveByNumber;
    }

    /** Errors of one row, each naming its cell. */
    final class Errors {

        private final SheetReader.SheetRow row;
        private final List<RowError> list = new ArrayList<>();

        Errors(SheetReader.SheetRow row) {
            this.row = row;
        }

        void add(Column column, Message message) {
            list.add(new RowError(row.number(), column == null ? null : sheet.letter(column),
                    column == null ? null : column.header(), message));
        }

        List<RowError> list() {
            return list;
        }

        boolean any() {
            return !list.isEmpty();
        }
    }

    /** The id in the ID column, null for a new task. */
    Long id(SheetReader.SheetRow row, Errors errors) {
        return whole(row, Column.ID, 1, errors, "sheet.row.id");
    }

    Long version(SheetReader.SheetRow row, Errors errors) {
        return whole(row, Column.VERSION, 0, errors, "sheet.row.version");
    }

    /** The row's fields; {@code current} (null for a new task) fills the columns the sheet lacks. */
    Fields fields(SheetReader.SheetRow row, TaskView current, Errors errors) {
        Fields base = current == null ? null : Fields.of(current);
        String title = text(row, Column.TITLE, base == null ? null : base.title());
        if (title == null || title.isBlank()) {
            errors.add(Column.TITLE, Message.of("sheet.row.title.required"));
        }
        TaskKind kind = row.has(Column.KIND) ? kind(row.get(Column.KIND).text(), errors) : base == null ? null : base.kind();
        Long leadUnit = null;
        if (row.has(Column.LEAD_UNIT)) {
            String code = row.get(Column.LEAD_UNIT).text();
            if (code.isEmpty()) {
                errors.add(Column.LEAD_UNIT, Message.of("sheet.row.lead-unit.required"));
            } else {
                leadUnit = unit(code, Column.LEAD_UNIT, errors);
            }
        } else if (base != null) {
            leadUnit = base.leadUnitId();
        }
        List<Long> coordinating = base == null ? List.of() : base.coordinatingUnitIds();
        if (row.has(Column.COORDINATING)) {
            var ids = new LinkedHashSet<Long>();
            for (String code : row.get(Column.COORDINATING).text().split("[,;\\n]")) {
                if (!code.isBlank()) {
                    Long id = unit(code.strip(), Column.COORDINATING, errors);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            coordinating = List.copyOf(ids);
        }
        Long leader = base == null ? null : base.supervisingLeaderId();
        if (row.has(Column.LEADER)) {
            String name = row.get(Column.LEADER).text();
            leader = null;
            if (!name.isEmpty()) {
                Leader found = leadersByName.get(Text.fold(name));
                if (found == null) {
                    errors.add(Column.LEADER, Message.of("sheet.row.leader.unknown", name));
                } else {
                    leader = found.id();
                }
            }
        }
        Long directive = base == null ? null : base.directiveId();
        if (row.has(Column.DIRECTIVE)) {
            String number = row.get(Column.DIRECTIVE).text();
            directive = null;
            if (!number.isEmpty()) {
                directive = directiveByNumber.apply(number).orElse(null);
                if (directive == null) {
                    errors.add(Column.DIRECTIVE, Message.of("sheet.row.directive.unknown", number));
                }
            }
        }
        Long parent = row.has(Column.PARENT)
                ? whole(row, Column.PARENT, 1, errors, "sheet.row.parent")
                : base == null ? null : base.parentTaskId();
        LocalDate deadline = row.has(Column.DEADLINE) ? date(row.get(Column.DEADLINE), Column.DEADLINE, errors)
                : base == null ? null : base.deadline();
        LocalDate completedAt = row.has(Column.COMPLETED_AT)
                ? date(row.get(Column.COMPLETED_AT), Column.COMPLETED_AT, errors)
                : base == null ? null : base.completedAt();
        if (errors.any()) {
            return null;
        }
        return new Fields(kind, title, text(row, Column.DESCRIPTION, base == null ? null : base.description()),
                leadUnit, coordinating, leader, directive, parent, deadline,
                text(row, Column.DEADLINE_TEXT, base == null ? null : base.deadlineText()),
                text(row, Column.PRODUCT, base == null ? null : base.product()), completedAt);
    }

    private static String text(SheetReader.SheetRow row, Column column, String otherwise) {
        return row.has(column) ? row.get(column).text() : otherwise;
    }

    private Long unit(String code, Column column, Errors errors) {
        Unit unit = unitsByCode.get(code.toUpperCase(Locale.ROOT));
        if (unit == null) {
            errors.add(column, Message.of("sheet.row.unit.unknown", code));
            return null;
        }
        return unit.id();
    }

    private static TaskKind kind(String text, Errors errors) {
        if (text.isEmpty()) {
            return TaskKind.OTHER;
        }
        String folded = Text.fold(text);
        for (TaskKind kind : TaskKind.values()) {
            if (Text.fold(kind.label()).equals(folded) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        errors.add(Column.KIND, Message.of("sheet.row.kind.unknown", text,
                String.join(", ", java.util.Arrays.stream(TaskKind.values()).map(TaskKind::label).toList())));
        return null;
    }

    private static Long whole(SheetReader.SheetRow row, Column column, long minimum, Errors errors, String code) {
        SheetReader.Value value = row.get(column);
        if (value.isBlank()) {
            return null;
        }
        if (value.number() != null && value.date() == null && value.number() == Math.rint(value.number())
                && value.number() >= minimum && value.number() < 1e15) {
            return value.number().longValue();
        }
        if (value.text().matches("[0-9]{1,15}") && Long.parseLong(value.text()) >= minimum) {
            return Long.parseLong(value.text());
        }
        errors.add(column, Message.of(code, value.text()));
        return null;
    }

    /** A date cell, or text in a Vietnamese or ISO date form; anything else is an error. */
    static LocalDate date(SheetReader.Value value, Column column, Errors errors) {
        if (value.isBlank()) {
            return null;
        }
        if (value.date() != null) {
            return value.date();
        }
        if (value.number() == null) {
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDate.parse(value.text(), format);
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        errors.add(column, Message.of("sheet.row.date", column.header(), value.text()));
        return null;
    }
}
