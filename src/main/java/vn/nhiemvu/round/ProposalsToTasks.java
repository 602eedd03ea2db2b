package vn.nhiemvu.round;

import java.time.LocalDate;
import java.util.List;

/**
 * The organiser turns chosen proposals into tasks of a directive: an existing one ({@code directiveId}), or a new
 * plan (Kế hoạch) recorded from its number, date and summary.
 *
 * @param leadUnit the code of the ministry's unit to lead every task; blank: the unit the proposal names as lead when
 *                 it is one of the ministry's, else the round's organiser unit
 */
public record ProposalsToTasks(List<ProposalRef> proposals, Long directiveId, String directiveNumber,
        LocalDate directiveDate, String directiveSummary, String leadUnit) {

    public ProposalsToTasks {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }
}
