package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The inbox on a real H2 with the module's own migration (no application context): a message id is recorded once,
 * and what waits is read back per task in sequence order.
 */
class InboxIdempotencyTests {

    private JdbcInbox inbox;

    @BeforeEach
    void database() throws Exception {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:inbox-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table agency (id bigint primary key)").update();
        for (String file : new String[] { "V13_14_1__federation.sql", "V13_28_1__federation_inbox_heard.sql" }) {
            String migration = new ClassPathResource("db/migration/federation/" + file)
                    .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : migration.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
        }
        inbox = new JdbcInbox(jdbc);
    }

    private static Messages.Envelope message(String id, long sequence) {
        return message(id, "BTTTT", sequence);
    }

    private static Messages.Envelope message(String id, String sender, long sequence) {
        return new Messages.Envelope(1, id, "task.progress", sender, "VPCP", new Messages.TaskRef("42", "7"),
                sequence, Instant.now(), null);
    }

    @Test
    void eachSenderIsLastHeardAtItsNewestMessageAndOneNeverHeardIsLeftOut() {
        Instant t = Instant.parse("2026-12-07T08:00:00Z");
        inbox.add(message("a-1", "BTTTT", 1), "OUTGOING", "{}", t);
        inbox.add(message("a-2", "BTTTT", 2), "OUTGOING", "{}", t.plusSeconds(60));
        inbox.add(message("b-1", "BYT", 1), "OUTGOING", "{}", t.plusSeconds(30));
        assertThat(inbox.lastHeard(java.util.List.of("BTTTT", "BYT", "BCA")))
                .isEqualTo(java.util.Map.of("BTTTT", t.plusSeconds(60), "BYT", t.plusSeconds(30)));
    }

    @Test
    void aMessageIdIsRecordedOnlyOnce() {
        assertThat(inbox.add(message("m-1", 1), "OUTGOING", "{}", Instant.now())).isTrue();
        assertThat(inbox.add(message("m-1", 1), "OUTGOING", "{}", Instant.now())).as("the same id again").isFalse();
        assertThat(inbox.exists("m-1")).isTrue();
        assertThat(inbox.waitingCount()).isEqualTo(1);
    }

    @Test
    void whatWaitsIsReadInSequenceAndLeavesOnceApplied() {
        inbox.add(message("m-3", 3), "OUTGOING", "{\"n\":3}", Instant.now());
        inbox.add(message("m-2", 2), "OUTGOING", "{\"n\":2}", Instant.now());
        assertThat(inbox.waiting("BTTTT", "OUTGOING", "42")).containsExactly(2L, 3L);
        assertThat(inbox.waiting("BTTTT", "INCOMING", "42")).as("the other direction").isEmpty();
        assertThat(inbox.waitingAt("BTTTT", "OUTGOING", "42", 2)).get()
                .extracting(JdbcInbox.Waiting::messageId).isEqualTo("m-2");
        inbox.applied("m-2", Instant.now());
        assertThat(inbox.waiting("BTTTT", "OUTGOING", "42")).containsExactly(3L);
        assertThat(inbox.waitingAt("BTTTT", "OUTGOING", "42", 2)).isEmpty();
    }
}
