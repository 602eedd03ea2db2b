package vn.nhiemvu.federation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a round of outbox rows over the sending workers: every message about one task (peer and upper task id) in
 * the same part, in the rows' order, so that a task's messages are posted in their sequence while other tasks' go
 * at the same time.
 */
final class OutboxPartitions {

    private OutboxPartitions() {
    }

    static String task(JdbcOutbox.Row row) {
        return row.peerCode() + "/" + row.upperTaskId();
    }

    /** The non-empty parts, at most {@code workers}. */
    static List<List<JdbcOutbox.Row>> of(List<JdbcOutbox.Row> rows, int workers) {
        List<List<JdbcOutbox.Row>> parts = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            parts.add(new ArrayList<>());
        }
        for (JdbcOutbox.Row row : rows) {
            parts.get(Math.floorMod(task(row).hashCode(), workers)).add(row);
        }
        parts.removeIf(List::isEmpty);
        return parts;
    }
}
