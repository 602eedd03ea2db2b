package vn.nhiemvu.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LISTEN/NOTIFY between two "nodes" (two instances, each with its own listening connection) on one PostgreSQL
 * database, without Spring: heard by the other, once by the sender itself, only after a commit, and again after the
 * listening connection is killed (with "missed" first).
 */
class PostgresSignalsTests {

    private static final String CHANNEL = "test.signal";

    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private PostgresSignals a;
    private PostgresSignals b;
    private final List<String> heardByA = new CopyOnWriteArrayList<>();
    private final List<String> heardByB = new CopyOnWriteArrayList<>();
    private final AtomicInteger missedByB = new AtomicInteger();

    @BeforeEach
    void twoNodes() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
                "LISTEN/NOTIFY needs PostgreSQL: set SPRING_DATASOURCE_URL to a PostgreSQL database (H2 uses LocalSignals)");
        String user = System.getenv("SPRING_DATASOURCE_USERNAME");
        String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
        dataSource = new DriverManagerDataSource(url, user, password);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        a = node(url, user, password, "signals-test-a");
        b = node(url, user, password, "signals-test-b");
        a.subscribe(CHANNEL, heardByA::add, () -> { });
        b.subscribe(CHANNEL, heardByB::add, missedByB::incrementAndGet);
        a.start();
        b.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> a.listening() && b.listening());
    }

    private PostgresSignals node(String url, String user, String password, String name) {
        return new PostgresSignals(() -> {
            var properties = new java.util.Properties();
            properties.setProperty("user", user == null ? "" : user);
            properties.setProperty("password", password == null ? "" : password);
            properties.setProperty("ApplicationName", name);
            return DriverManager.getConnection(url, properties);
        }, jdbc, transactions);
    }

    @AfterEach
    void stop() {
        if (a != null) {
            a.stop();
            b.stop();
        }
    }

    @Test
    void theOtherNodeHearsASignalAndTheSenderHearsItOnce() throws Exception {
        a.publish(CHANNEL, "agency 1");
        await().atMost(Duration.ofSeconds(2)).until(() -> heardByB.contains("agency 1"));
        Thread.sleep(200);
        assertThat(heardByA).containsExactly("agency 1");
        assertThat(heardByB).containsExactly("agency 1");
    }

    @Test
    void aSignalSentWithTheCommitIsHeardOnlyOnceCommittedAndNeverAfterARollback() throws Exception {
        transactions.executeWithoutResult(status -> {
            a.publishWithCommit(CHANNEL, "token:abc");
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(heardByB).as("not before the commit").isEmpty();
            assertThat(heardByA).isEmpty();
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> heardByB.contains("token:abc"));
        assertThat(heardByA).containsExactly("token:abc");

        transactions.executeWithoutResult(status -> {
            a.publishWithCommit(CHANNEL, "rolled back");
            a.publish(CHANNEL, "rolled back too");
            status.setRollbackOnly();
        });
        a.publish(CHANNEL, "after");
        await().atMost(Duration.ofSeconds(2)).until(() -> heardByB.contains("after"));
        assertThat(heardByB).containsExactly("token:abc", "after");
    }

    @Test
    void aNodeWhoseListeningConnectionDiesHearsMissedThenListensAgain() {
        int killed = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = :name")
                .param("name", "signals-test-b").query(Integer.class).single();
        assertThat(killed).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> missedByB.get() == 1 && b.listening());
        a.publish(CHANNEL, "after the break");
        await().atMost(Duration.ofSeconds(2)).until(() -> heardByB.contains("after the break"));
    }
}
