package vn.nhiemvu.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Progress in percent as the bar shows it. */
class JobViewTests {

    private static JobView job(JobStatus status, long done, Long total, String fileName) {
        return new JobView(1, "K", "T", "u", status, status.label(), done, total, null, fileName, null, null,
                Instant.EPOCH, null, null);
    }

    @Test
    void percentOfKnownTotal() {
        assertThat(job(JobStatus.RUNNING, 1, 3L, null).progressPercent()).isEqualTo(33);
        assertThat(job(JobStatus.RUNNING, 5, 3L, null).progressPercent()).isEqualTo(100);
    }

    @Test
    void unknownTotalIsZeroUntilDone() {
        assertThat(job(JobStatus.RUNNING, 7, null, null).progressPercent()).isZero();
        assertThat(job(JobStatus.RUNNING, 7, 0L, null).progressPercent()).isZero();
        assertThat(job(JobStatus.SUCCEEDED, 0, null, null).progressPercent()).isEqualTo(100);
    }

    @Test
    void onlyASucceededJobWithAFileHasAResult() {
        assertThat(job(JobStatus.SUCCEEDED, 1, 1L, "a.xlsx").hasResult()).isTrue();
        assertThat(job(JobStatus.SUCCEEDED, 1, 1L, null).hasResult()).isFalse();
        assertThat(job(JobStatus.FAILED, 1, 1L, "a.xlsx").hasResult()).isFalse();
        assertThat(JobStatus.FAILED.isFinished()).isTrue();
        assertThat(JobStatus.RUNNING.isFinished()).isFalse();
    }
}
