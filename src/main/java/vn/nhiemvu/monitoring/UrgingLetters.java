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
    List<UrgingLetter> issue(CurrentUser user, Long unitId);

    /** Newest first; a unit sees the letters sent to it, the Office and Legal all. */
    List<UrgingLetter> list(CurrentUser user, Long taskId);

    UrgingLetter get(CurrentUser user, long id);

    byte[] pdf(CurrentUser user, long id);

    /** The PDF for a channel that delivers the letter (no user: the notice already names its recipients). */
    byte[] pdfForDelivery(long id);
}
