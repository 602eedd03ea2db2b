package vn.nhiemvu.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A task as a work item: its performers (current and past), its weight (and whether it is the task kind's default),
 * the quality checks and objective causes recorded, and what the reader may do.
 */
public record TaskWorkItem(long taskId, List<Performer> performers, BigDecimal weight, boolean defaultWeight,
        List<Check> checks, List<Cause> causes, List<Person> candidates, Set<PeoplePermissions.Action> allowed) {

    public TaskWorkItem {
        performers = List.copyOf(performers);
        checks = List.copyOf(checks);
        causes = List.copyOf(causes);
        candidates = List.copyOf(candidates);
        allowed = Set.copyOf(allowed);
    }

    /** A quality check of a performer's work. */
    public record Check(String username, LocalDate checkedOn, boolean passed, String note, String checkedBy,
            Instant recordedAt) {
    }

    /** An objective cause recorded with its decision for a performer. */
    public record Cause(String username, String decision, LocalDate decidedOn, String cause, String recordedBy,
            Instant recordedAt) {
    }
}
