package vn.nhiemvu.job.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Background jobs (ADR 0011).
 *
 * @param directory     where results are kept on H2, and written before they are stored on PostgreSQL (ADR 0019)
 * @param threads       jobs run at once on a node
 * @param queueCapacity jobs waiting at most; beyond that a new one is refused (409)
 * @param node          this node's name in the job list; empty: the host name
 * @param retention     finished jobs are removed with their result files after this (checked every
 *                      {@code nhiemvu.jobs.purge-every}; on H2 each node its own jobs)
 */
@Validated
@ConfigurationProperties("nhiemvu.jobs")
record JobProperties(@DefaultValue("./data/jobs") @NotNull Path directory, @DefaultValue("2") @Positive int threads,
        @DefaultValue("100") @Positive int queueCapacity, @DefaultValue("") String node,
        @DefaultValue("P7D") @NotNull Duration retention) {
}
