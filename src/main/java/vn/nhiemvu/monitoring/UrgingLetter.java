package vn.nhiemvu.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A formal urging letter (phiếu đôn đốc) the Office sent a unit: its number in the agency's yearly sequence and the
 * tasks it listed as they stood that day; the PDF is kept with it.
 */
public record UrgingLetter(long id, long agencyId, long unitId, String unitName, String number, LocalDate issuedOn,
        List<Item> tasks, Instant createdAt, String createdBy) {

    /**
     * The letters that would be issued now, each as it will read, and a fingerprint of what they list, which the
     * issue compares so that what goes out is what was seen.
     */
    public record Preview(List<Draft> drafts, String fingerprint) {
    }

    /** One letter before it is issued: the document as it will be printed, with the number left blank. */
    public record Draft(long unitId, String unitName, vn.nhiemvu.officialdocument.OfficialDocument document,
            List<Item> tasks) {
    }

    /** A listed task: overdue (working days late) or due soon. */
    public record Item(long taskId, String title, LocalDate deadline, String status, String statusLabel,
            long workingDaysLate) {
    }
}
