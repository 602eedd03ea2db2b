package vn.nhiemvu.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.shared.InvalidInputException;

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
                errors.add("reason", "Chọn “Không có đề xuất” thì cần ghi lý do.");
            } else if (typed.reason().length() > MAX_REASON) {
                errors.add("reason", "Lý do dài " + typed.reason().length() + " ký tự, tối đa " + MAX_REASON + ".");
            }
            int rows = (int) typed.tables().stream().flatMap(List::stream).filter(r -> !blank(r)).count();
            if (rows > 0) {
                errors.add("noProposal", "Đã chọn “Không có đề xuất” nhưng còn " + rows
                        + " dòng đề xuất: hãy xóa các dòng, hoặc bỏ chọn “Không có đề xuất”.");
            }
            errors.throwIfAny();
            return new AnswerContent(true, typed.reason(), template.tables().stream()
                    .map(t -> List.<Map<String, String>>of()).toList());
        }
        if (typed.tables().size() > template.tables().size()) {
            errors.add("tables", "Mẫu có " + template.tables().size() + " bảng, bản trả lời có "
                    + typed.tables().size() + ".");
        }
        var tables = new ArrayList<List<Map<String, String>>>();
        for (int t = 0; t < template.tables().size(); t++) {
            tables.add(table(template.tables().get(t), t, typed.rows(t), reader, errors));
        }
        if (!errors.has("tables") && tables.stream().allMatch(List::isEmpty)) {
            errors.add("tables", "Chưa có dòng đề xuất nào. Nếu cơ quan không có đề xuất, hãy chọn “Không có đề xuất” "
                    + "và ghi lý do.");
        }
        errors.throwIfAny();
        return new AnswerContent(false, "", tables);
    }

    private static List<Map<String, String>> table(TemplateTable table, int t, List<Map<String, String>> rows,
            CellReader reader, InvalidInputException.Collector errors) {
        String name = "Bảng " + (t + 1) + " “" + table.title() + "”";
        var kept = new ArrayList<Map<String, String>>();
        if (rows.size() > MAX_ROWS) {
            errors.add("tables[" + t + "]", name + " có " + rows.size() + " dòng, tối đa " + MAX_ROWS + ".");
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
                    errors.add(at + "." + key, name + ", dòng " + (r + 1) + ": mẫu không có cột “" + key + "”.");
                }
            }
            var values = new LinkedHashMap<String, String>();
            for (TemplateColumn column : table.columns()) {
                CellReader.Reading reading = reader.read(column, row.get(column.key()));
                if (reading.refused()) {
                    errors.add(at + "." + column.key(), name + ", dòng " + (r + 1) + ", cột “" + column.label() + "”: "
                            + reading.refusal() + ".");
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
