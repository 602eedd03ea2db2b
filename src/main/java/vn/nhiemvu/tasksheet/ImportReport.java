package vn.nhiemvu.tasksheet;

import java.util.List;

/**
 * What an import found and did. Counts say what each row means (create, update, unchanged,
 * invalid) whether or not it was written; {@code applied} says whether anything was written.
 *
 * @param rows    data rows read (blank rows are skipped)
 * @param errors  every error of every bad row, in row order, with the cell's column
 */
public record ImportReport(ImportMode mode, boolean dryRun, boolean applied, int rows, int created, int updated,
        int unchanged, int invalidRows, List<RowError> errors, List<RowResult> results) {

    public ImportReport {
        errors = List.copyOf(errors);
        results = List.copyOf(results);
    }

    /**
     * One error in one row.
     *
     * @param row    the row number as the spreadsheet shows it (the header is row 1)
     * @param column the column letter (A, B…), or null when the error is about the whole row
     * @param header the column's header, or null
     */
    public record RowError(int row, String column, String header, String message) {
    }

    /** What became of a row; taskId is the task updated or created (null if nothing was written). */
    public record RowResult(int row, Action action, Long taskId) {
    }

    public enum Action {
        CREATE, UPDATE, UNCHANGED, INVALID
    }

    /** Whether a dry run found something to write that the mode lets through. */
    public boolean confirmable() {
        return dryRun && created + updated > 0 && (invalidRows == 0 || mode == ImportMode.VALID_ONLY);
    }

    /** A Vietnamese one-line summary. */
    public String summary() {
        String counts = rows + " dòng: " + created + " tạo mới, " + updated + " cập nhật, " + unchanged
                + " không đổi, " + invalidRows + " dòng lỗi";
        if (dryRun) {
            return "Kiểm tra thử " + counts + ". Chưa ghi gì.";
        }
        if (!applied) {
            return invalidRows > 0 ? "Không ghi gì vì có " + invalidRows + " dòng lỗi (" + counts + ")."
                    : "Không có gì thay đổi (" + counts + ").";
        }
        return "Đã nhập " + counts + (invalidRows > 0 ? " (bỏ qua các dòng lỗi)." : ".");
    }
}
