package vn.nhiemvu.tasksheet;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.nhiemvu.shared.Message;

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
     * @param words  what is wrong, shown on the page in its language
     */
    @JsonIgnoreProperties(value = "message", allowGetters = true)
    public record RowError(int row, String column, String header, Message words) {

        /** The words in Vietnamese, as the API answers them. */
        @JsonProperty("message")
        public String message() {
            return words.vietnamese();
        }
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

    /** The one-line summary in Vietnamese, as the API and the job answer it. */
    public String summary() {
        return summaryWords().vietnamese();
    }

    /** The one-line summary, for the page to word in its language. */
    public Message summaryWords() {
        Message counts = Message.of("sheet.summary.counts", rows, created, updated, unchanged, invalidRows);
        if (dryRun) {
            return Message.of("sheet.summary.dry-run", counts);
        }
        if (!applied) {
            return invalidRows > 0 ? Message.of("sheet.summary.refused", invalidRows, counts)
                    : Message.of("sheet.summary.nothing", counts);
        }
        return Message.of(invalidRows > 0 ? "sheet.summary.applied-skipping" : "sheet.summary.applied", counts);
    }
}
