package vn.nhiemvu.job.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.cluster.ContentStores;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.job.JobStatus;
import vn.nhiemvu.support.IntegrationTest;

/** A node that starts again fails the jobs it left queued or running, and only its own. */
@IntegrationTest
class JobRestartIntegrationTests {

    @Autowired
    JdbcJobs rows;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    ContentStores stores;

    private JobService node(String name) {
        return new JobService(rows, clock, stores, new JobProperties(
                Path.of(System.getProperty("java.io.tmpdir"), "nhiemvu-test-jobs"), 1, 1, name, Duration.ofDays(7)));
    }

    @Test
    void jobsLeftRunningByARestartedNodeAreFailedWithAClearMessage() throws Exception {
        var user = accounts.find("vanphong").orElseThrow();
        JobService before = node("node-a");
        JobService elsewhere = node("node-b");
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try {
            long interrupted = before.submit("TEST", user, "Chạy khi khởi động lại", job -> {
                running.countDown();
                release.await(20, TimeUnit.SECONDS);
            }).id();
            long queued = before.submit("TEST", user, "Đang chờ khi khởi động lại", job -> { }).id();
            long otherNode = elsewhere.submit("TEST", user, "Của máy khác", job -> release.await(20, TimeUnit.SECONDS)).id();
            assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();

            node("node-a").afterSingletonsInstantiated();

            for (long id : new long[] { interrupted, queued }) {
                var job = before.get(user, id);
                assertThat(job.status()).isEqualTo(JobStatus.FAILED);
                assertThat(job.message()).isEqualTo(JobService.RESTART_MESSAGE);
            }
            assertThat(before.get(user, otherNode).status()).isNotEqualTo(JobStatus.FAILED);

            // The old worker finishing late does not bring a failed job back to life.
            release.countDown();
            Thread.sleep(300);
            assertThat(before.get(user, interrupted).status()).isEqualTo(JobStatus.FAILED);
            assertThat(before.get(user, queued).status()).isEqualTo(JobStatus.FAILED);
        } finally {
            release.countDown();
            before.destroy();
            elsewhere.destroy();
        }
    }
}
