package vn.nhiemvu.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice as kept in the history: which rule sent it about which subject on which occasion, to whom.
 *
 * @param subjectType TASK, MILESTONE, REQUEST, PLAN, CHANGE, DOSSIER, AGENCY, LETTER, ROUND or INDICATOR
 * @param occasion    what makes this notice different from the rule's earlier ones about the subject (a deadline,
 *                    a repetition, a period, a week, a version of what was done)
 * @param settledAt   when what the notice asked for was done (null: not yet, or it only informs)
 */
public record Notice(long id, long agencyId, NoticeRule rule, String ruleLabel, String subjectType, long subjectId,
        String occasion, Long taskId, Long unitId, String title, String body, String link, LocalDate issuedOn,
        Instant createdAt, Instant settledAt, List<Recipient> recipients) {

    public record Recipient(long userId, String username, String displayName) {
    }
}
