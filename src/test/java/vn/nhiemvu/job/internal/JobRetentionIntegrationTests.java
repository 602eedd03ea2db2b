package vn.nhiemvu.job.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.cluster.ContentStore;
import vn.nhiemvu.cluster.ContentStores;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.job.JobStatus;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Finished jobs go after the retention with their files; running ones stay. Results on local disk (H2): each node
 * purges its own. Results in the database (PostgreSQL): any node purges every node's.
 */
@IntegrationTest
class JobRetentionIntegrationTests {

    private static final String DIRECTORY = System.getProperty("java.io.tmpdir") + "/nhiemvu-test-jobs";

    @Autowired
    JdbcJobs rows;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    ContentStores stores;

    private JobService node(String name, Duration retention) {
        return new JobService(rows, clock, stores, new JobProperties(Path.of(DIRECTORY), 1, 10, name, retention));
    }

    @Test
    void finishedJobsAndTheirFilesGoAfterTheRetention() throws Exception {
        var user = accounts.find("vanphong").orElseThrow();
        var node = node("node-retention", Duration.ZERO);
        var other = node("node-retention-other", Duration.ZERO);
        ContentStore results = stores.create("job_result_content", Path.of(DIRECTORY), false);
        try {
            long withFile = node.submit("TEST", user, "Có tệp kết quả", job -> {
                try (var out = job.result("ket-qua.txt", "text/plain")) {
                    out.write("xin chào".getBytes(StandardCharsets.UTF_8));
                }
            }).id();
            long failed = node.submit("TEST", user, "Không thành công", job -> {
                throw new IllegalStateException("thử");
            }).id();
            long elsewhere = other.submit("TEST", user, "Của máy khác", job -> { }).id();
            await().atMost(Duration.ofSeconds(20)).until(() -> node.get(user, withFile).status().isFinished()
                    && node.get(user, failed).status().isFinished() && other.get(user, elsewhere).status().isFinished());
            assertThat(node.get(user, withFile).status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(node.result(user, withFile).content().getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo("xin chào");
            String key = rows.find(user, withFile).orElseThrow().resultFile();
            assertThat(results.find(key)).isPresent();

            Thread.sleep(5);
            int purged = node.purgeExpired();
            if (results.shared()) {
                assertThat(purged).as("these three and any other finished job in the shared database").isGreaterThanOrEqualTo(3);
            } else {
                assertThat(purged).isEqualTo(2);
            }

            assertThat(results.find(key)).isEmpty();
            assertThat(rows.find(user, withFile)).isEmpty();
            assertThat(rows.find(user, failed)).isEmpty();
            assertThat(rows.find(user, elsewhere).isPresent()).as("another node's job kept").isEqualTo(!results.shared());
            assertThatThrownBy(() -> node.get(user, withFile)).isInstanceOf(NotFoundException.class);
            assertThat(node("node-retention", Duration.ofDays(7))
                    .purgeExpired()).isZero();
        } finally {
            node.destroy();
            other.destroy();
        }
    }
}
