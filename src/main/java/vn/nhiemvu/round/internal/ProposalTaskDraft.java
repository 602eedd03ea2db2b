package vn.nhiemvu.round.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskTitle;

/**
 * The task a proposal becomes (plain Java): its title the first text column's value (cut at the task title's limit,
 * the whole text kept in the description), its deadline the first deadline-phrase column's wording with the date it
 * gives, else the first date column's date; its lead the chosen unit, else the unit the proposal's first unit-or-agency column names when
 * it is one of the ministry's, else the round's organiser unit (which follows the task when an outside agency leads it,
 * ADR 0053); its description the other cells, one "heading: value" a line, and where it came from.
 */
final class ProposalTaskDraft {

    private ProposalTaskDraft() {
    }

    /**
     * @param unitCodeByName the ministry's unit code for a name as the directory writes it, if it is one
     * @param source         the line that says where the proposal came from
     * @param dateOf         the date a deadline wording gives (read from the directive's date, as the task module
     *                       reads it), if it gives one
     */
    static TaskDraft of(TemplateTable table, Map<String, String> cells, long directiveId, String chosenLeadCode,
            String organiserUnitCode, Function<String, Optional<String>> unitCodeByName, String source,
            Function<String, Optional<LocalDate>> dateOf) {
        List<TemplateColumn> columns = table.columns();
        TemplateColumn titleColumn = columns.stream()
                .filter(c -> c.type() == ColumnType.TEXT || c.type() == ColumnType.LONG_TEXT)
                .filter(c -> !value(cells, c).isEmpty()).findFirst().orElse(null);
        String whole = titleColumn == null ? "" : value(cells, titleColumn);
        String title = whole.length() > TaskTitle.MAX ? whole.substring(0, TaskTitle.MAX - 1).strip() + "…" : whole;
        String deadlineText = columns.stream().filter(c -> c.type() == ColumnType.DEADLINE_PHRASE)
                .map(c -> value(cells, c)).filter(v -> !v.isEmpty()).findFirst().orElse(null);
        LocalDate deadline = deadlineText != null ? dateOf.apply(deadlineText).orElse(null)
                : columns.stream().filter(c -> c.type() == ColumnType.DATE).map(c -> value(cells, c))
                        .filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}")).findFirst().map(LocalDate::parse).orElse(null);
        String lead = chosenLeadCode != null && !chosenLeadCode.isBlank() ? chosenLeadCode.strip()
                : leadNamed(table, cells).flatMap(unitCodeByName).orElse(organiserUnitCode);
        var description = new StringBuilder();
        for (TemplateColumn c : columns) {
            String v = value(cells, c);
            if (v.isEmpty() || c == titleColumn && whole.equals(title)) {
                continue;
            }
            String shown = c.type() == ColumnType.YES_NO ? ("true".equals(v) ? "Có" : "Không") : c.shown(v);
            description.append(c.label()).append(": ").append(shown).append('\n');
        }
        description.append(source);
        return new TaskDraft(TaskKind.OTHER, title, description.toString(), TaskDraft.Ref.ofCode(lead), List.of(),
                null, directiveId, null, deadline, deadlineText, null);
    }

    /** What the proposal's first unit-or-agency column names as its lead, if anything. */
    static Optional<String> leadNamed(TemplateTable table, Map<String, String> cells) {
        return table.columns().stream().filter(c -> c.type() == ColumnType.UNIT_OR_AGENCY).map(c -> value(cells, c))
                .filter(v -> !v.isEmpty()).findFirst();
    }

    private static String value(Map<String, String> cells, TemplateColumn column) {
        String v = cells.get(column.key());
        return v == null ? "" : v.strip();
    }
}
