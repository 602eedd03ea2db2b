package vn.nhiemvu.monitoring;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** The Office's urging letters. */
public interface UrgingLetters {

    /**
     * Issues a letter to the unit (null: one to each unit that has overdue or due-soon tasks it leads), numbers it,
     * keeps its PDF and sends it to the unit's accounts. The Office or an administrator only; a unit with nothing to
     * urge gets no letter (and naming it is invalid input).
     */
    default List<UrgingLetter> issue(CurrentUser user, Long unitId) {
        return issue(user, unitId, null);
    }

    /**
     * Issues the letters the Office saw in {@link #preview}: when {@code previewed} (the preview's fingerprint) is
     * given and the tasks to urge have changed since, nothing is issued (a conflict saying to look again).
     */
    List<UrgingLetter> issue(CurrentUser user, Long unitId, String previewed);

    /**
     * The letters {@link #issue} would send now, as they will read, without a number (given when issued), nothing
     * written; the Office or an administrator only.
     */
    UrgingLetter.Preview preview(CurrentUser user, Long unitId);

    /** The PDF of one previewed letter, as it will go but for its number. */
    byte[] previewPdf(CurrentUser user, long unitId);

    /** Newest first; a unit sees the letters sent to it, the Office and Legal all. */
    List<UrgingLetter> list(CurrentUser user, Long taskId);

    UrgingLetter get(CurrentUser user, long id);

    byte[] pdf(CurrentUser user, long id);

    /** The PDF for a channel that delivers the letter (no user: the notice already names its recipients). */
    byte[] pdfForDelivery(long id);
}
