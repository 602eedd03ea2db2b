package vn.nhiemvu.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The check of an answer before it is submitted: every cell read by its column's type, every bad cell named by its
 * table, row and column, all of them at once, and nothing kept unless all pass. Rows left wholly blank (a page's
 * spare rows) are dropped. "No proposal" needs a reason and no rows; an answer with proposals needs at least one.
 */
public final class AnswerCheck {

    static final int MAX_ROWS = 1000;
    static final int MAX_REASON = 2000;

    private AnswerCheck() {
    }

    /** The answer as kept (values read, blank rows dropped, cells in the template's order), or every refusal. */
    public static AnswerContent check(RoundTemplate template, AnswerContent typed, CellReader reader) {
        var errors = new InvalidInputException.Collector();
        if (typed.noProposal()) {
            if (typed.reason().isEmpty()) {
                errors.add("reason", Message.of("invalid.round.reason.invalid"));
            } else if (typed.reason().length() > MAX_REASON) {
                errors.add("reason", Message.of("invalid.round.reason.too-long", typed.reason().length(), MAX_REASON));
            }
            int rows = (int) typed.tables().stream().flatMap(List::stream).filter(r -> !blank(r)).count();
            if (rows > 0) {
                errors.add("noProposal", Message.of("invalid.round.no-proposal.invalid", rows));
            }
            errors.throwIfAny();
            return new AnswerContent(true, typed.reason(), template.tables().stream()
                    .map(t -> List.<Map<String, String>>of()).toList());
        }
        if (typed.tables().size() > template.tables().size()) {
            errors.add("tables", Message.of("invalid.round.tables.count", template.tables().size(), typed.tables().size()));
        }
        var tables = new ArrayList<List<Map<String, String>>>();
        for (int t = 0; t < template.tables().size(); t++) {
            tables.add(table(template.tables().get(t), t, typed.rows(t), reader, errors));
        }
        if (!errors.has("tables") && tables.stream().allMatch(List::isEmpty)) {
            errors.add("tables", Message.of("invalid.round.tables.required"));
        }
        errors.throwIfAny();
        return new AnswerContent(false, "", tables);
    }

    private static List<Map<String, String>> table(TemplateTable table, int t, List<Map<String, String>> rows,
            CellReader reader, InvalidInputException.Collector errors) {
        Message name = Message.of("round.table.named", t + 1, table.title());
        var kept = new ArrayList<Map<String, String>>();
        if (rows.size() > MAX_ROWS) {
            errors.add("tables[" + t + "]", Message.of("invalid.round.tables.rows.too-many", name, rows.size(), MAX_ROWS));
            return kept;
        }
        int shown = 0;
        for (int r = 0; r < rows.size(); r++) {
            Map<String, String> row = rows.get(r);
            if (blank(row)) {
                continue;
            }
            shown++;
            String at = "tables[" + t + "].rows[" + r + "]";
            for (String key : row.keySet()) {
                if (table.column(key).isEmpty()) {
                    errors.add(at + "." + key, Message.of("invalid.round.cell.no-column", name, (r + 1), key));
                }
            }
            var values = new LinkedHashMap<String, String>();
            for (TemplateColumn column : table.columns()) {
                CellReader.Reading reading = reader.read(column, row.get(column.key()));
                if (reading.refused()) {
                    errors.add(at + "." + column.key(), Message.of("invalid.round.cell.refused", name, (r + 1), column.label(), reading.refusal()));
                } else {
                    values.put(column.key(), reading.value());
                }
            }
            kept.add(values);
        }
        return shown == 0 ? List.of() : kept;
    }

    private static boolean blank(Map<String, String> row) {
        return row.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
