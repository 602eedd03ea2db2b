package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;

/**
 * Public disclosure (seed 004; ADR 0051): the Office chooses which management areas' boards and which indicators its
 * agency publishes; the public page shows those and nothing else — figures, never a task, a person or an account.
 */
public interface Disclosure {

    /** The agency's choices (every staff account reads them). */
    Choices choices(CurrentUser user);

    /**
     * Publishes exactly the areas and indicators with these codes ({@link MeasurementPermissions.Action#PUBLISH}; an
     * unknown code is a 400 and nothing changes); audited.
     */
    Choices publish(CurrentUser user, List<String> areas, List<String> indicators);

    /** The agency's public board, read without sign-in and cached a few minutes; 404 for an unknown agency. */
    PublicBoard board(String agencyCode);

    record Choices(List<String> areas, List<String> indicators) {
    }

    /**
     * @param asOf       the day the figures are as of
     * @param computedAt when they were computed (the page is cached)
     */
    record PublicBoard(String agencyName, LocalDate asOf, Instant computedAt, List<PublicArea> areas,
            List<PublicIndicator> indicators) {
    }

    /** An area's figures since the year's start: tasks, by status, the on-time ratio over those due, overdue. */
    record PublicArea(String name, long tasks, Map<TaskStatus, Long> byStatus, Double onTimeRate, long overdue) {
    }

    record PublicIndicator(String name, String unitOfMeasure, Direction direction, BigDecimal target, int year,
            BigDecimal latest, String latestPeriod, BigDecimal forecast, LocalDate yearEnd, IndicatorStatus status) {
    }
}
