package vn.nhiemvu.reporting.internal;

import java.time.LocalDate;

import vn.nhiemvu.evaluation.Evaluation;

/**
 * One task as the report counts it: when it was received, how it stood at the previous cut-off and at this one,
 * and the keys of the breakdowns it falls in.
 *
 * @param receivedOn  the day the task was assigned ({@link vn.nhiemvu.task.Task#assignedOn})
 * @param recordedOn  the day the task was entered into the system
 * @param previous    its evaluation as of the previous period's cut-off
 * @param current     its evaluation as of this period's cut-off
 */
record ReportRow(long taskId, String title, LocalDate receivedOn, LocalDate recordedOn, LocalDate completedAt,
        Evaluation previous, Evaluation current, Source source, Key unit, Key leader, Key directive) {

    /** A breakdown's key, the name printed for it and the task-list filter of its tasks (null: none). */
    record Key(String key, String name, String tasksQuery) {
    }

    /** Who assigned the task, from the directive's issuer (DOMAIN §6: Government, Prime Minister, the ministry's own). */
    enum Source {
        GOVERNMENT("Chính phủ"), PRIME_MINISTER("Thủ tướng Chính phủ"), MINISTRY("Bộ (văn bản của Bộ, giao trực tiếp)"),
        OTHER("Cơ quan khác");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
