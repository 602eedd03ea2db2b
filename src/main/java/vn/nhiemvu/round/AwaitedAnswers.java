package vn.nhiemvu.round;

import java.time.LocalDate;
import java.util.List;

/**
 * An open round and the agencies asked that have not submitted yet, as the monitoring sweep reads it.
 *
 * @param agencyId the organiser's agency
 */
public record AwaitedAnswers(long roundId, long agencyId, long organiserUnitId, String title, LocalDate deadline,
        List<Long> missingAgencyIds) {

    public AwaitedAnswers {
        missingAgencyIds = List.copyOf(missingAgencyIds);
    }
}
