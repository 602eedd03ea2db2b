package vn.nhiemvu.reporting;

import java.time.Instant;

/**
 * One sending of an issued report to the Government reporting system (or whatever endpoint is configured).
 *
 * @param attempts   HTTP attempts made (retries included)
 * @param httpStatus the last answer's status, null when no answer came
 * @param receipt    the receiving system's answer body when it accepted the report (its receipt)
 * @param error      why it failed, in Vietnamese; null when delivered
 */
public record ReportDelivery(long id, long snapshotId, String endpoint, State state, int attempts, Integer httpStatus,
        String receipt, String error, String sentBy, Instant startedAt, Instant finishedAt) {

    public enum State {
        DELIVERED("Đã gửi, có xác nhận"), FAILED("Gửi không thành công");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
