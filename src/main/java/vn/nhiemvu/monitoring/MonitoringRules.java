package vn.nhiemvu.monitoring;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * An agency's monitoring rules, in working days. When a task or a milestone is due soon is not one of them: that is
 * the evaluation policy's {@code dueSoonWorkingDays}, the one due-soon setting (ADR 0029).
 *
 * @param repeatWorkingDays          while overdue, notify again every this many working days
 * @param escalateAfterWorkingDays   tell the supervising leader once a task is this many working days overdue
 * @param requestDecisionWorkingDays a request for guidance or a new deadline should be decided within this many
 * @param weeklyDigest               whether the Office gets a digest on the first working day of each week
 * @param custom                     whether the agency set its own (false: the configured defaults)
 */
public record MonitoringRules(int repeatWorkingDays, int escalateAfterWorkingDays,
        int requestDecisionWorkingDays, boolean weeklyDigest, boolean custom) {

    public static final int MAX_DAYS = 250;

    /** Checks the numbers, naming each wrong field in Vietnamese. */
    public MonitoringRules checked() {
        var errors = new InvalidInputException.Collector();
        range(errors, "repeatWorkingDays", repeatWorkingDays, 1, "Chu kỳ nhắc lại");
        range(errors, "escalateAfterWorkingDays", escalateAfterWorkingDays, 1, "Số ngày quá hạn trước khi báo cáo Lãnh đạo");
        range(errors, "requestDecisionWorkingDays", requestDecisionWorkingDays, 1, "Thời hạn cho ý kiến về đề nghị");
        errors.throwIfAny();
        return this;
    }

    private static void range(InvalidInputException.Collector errors, String field, int value, int min, String name) {
        if (value < min || value > MAX_DAYS) {
            errors.add(field, Message.of("invalid.monitoring.rule.range", name, min, MAX_DAYS));
        }
    }
}
