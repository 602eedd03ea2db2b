package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxPartitionsTests {

    private static JdbcOutbox.Row row(long id, String peer, String task, long sequence) {
        return new JdbcOutbox.Row(id, "m" + id, peer, "task.progress", task, null, sequence, "{}", Instant.EPOCH, 0,
                Instant.EPOCH, null, null);
    }

    @Test
    void eachTasksMessagesStayInOnePartInTheirOrder() {
        List<JdbcOutbox.Row> rows = new ArrayList<>();
        long id = 1;
        for (int sequence = 1; sequence <= 3; sequence++) {
            for (int task = 1; task <= 40; task++) {
                rows.add(row(id++, task % 2 == 0 ? "BTTTT" : "BNV", Integer.toString(task), sequence));
            }
        }
        List<List<JdbcOutbox.Row>> parts = OutboxPartitions.of(rows, 4);

        assertThat(parts).hasSizeBetween(2, 4).allSatisfy(p -> assertThat(p).isNotEmpty());
        assertThat(parts.stream().mapToInt(List::size).sum()).isEqualTo(rows.size());
        for (JdbcOutbox.Row r : rows) {
            assertThat(parts.stream().filter(p -> p.stream().anyMatch(o -> OutboxPartitions.task(o)
                    .equals(OutboxPartitions.task(r))))).as("the parts holding %s", OutboxPartitions.task(r))
                    .hasSize(1);
        }
        for (List<JdbcOutbox.Row> part : parts) {
            assertThat(part).extracting(JdbcOutbox.Row::id).isSorted();
        }
    }

    @Test
    void oneWorkerTakesEverythingInOrder() {
        List<JdbcOutbox.Row> rows = List.of(row(1, "A", "1", 1), row(2, "A", "2", 1), row(3, "A", "1", 2));
        assertThat(OutboxPartitions.of(rows, 1)).containsExactly(rows);
        assertThat(OutboxPartitions.of(List.of(), 4)).isEmpty();
    }
}
