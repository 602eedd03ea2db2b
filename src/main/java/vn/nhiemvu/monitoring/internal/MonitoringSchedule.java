package vn.nhiemvu.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.task.TaskEvent;

/**
 * When sweeps run: every morning (and on demand), and for one task as it changes. ShedLock's row in the
 * database lets one node of several run the scheduled sweep; the notice table's unique key makes a second run
 * harmless anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class MonitoringSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonitoringSchedule.class);

    private final MonitoringService monitoring;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    MonitoringSchedule(MonitoringService monitoring, Clock clock, PlatformTransactionManager transactions) {
        this.monitoring = monitoring;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(cron = "${nhiemvu.monitoring.sweep-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "monitoring-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        monitoring.sweep(LocalDate.now(clock));
    }

    /**
     * A change may make a task due soon or overdue today (a shortened deadline, a reopening, a task entered late):
     * its notices are recorded in the change's own transaction, on its connection, under a savepoint so that a failure
     * here does not undo the change (tomorrow's sweep sends what this one could not).
     */
    @EventListener
    void on(TaskEvent event) {
        if (event instanceof TaskEvent.TaskDeleted) {
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> monitoring.sweepTask(event.agencyId(), event.task().id()));
        } catch (RuntimeException e) {
            log.warn("Monitoring after a change of task {} failed: {}", event.task().id(), e.toString());
        }
    }
}
