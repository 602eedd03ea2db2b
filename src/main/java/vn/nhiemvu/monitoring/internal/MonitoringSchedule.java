package vn.nhiemvu.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When sweeps run: every morning and on demand (for one task as it changes: {@link ChangeNotices}). ShedLock's row
 * in the database lets one node of several run the scheduled sweep; the notice table's unique key makes a second run
 * harmless anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class MonitoringSchedule {

    private final MonitoringService monitoring;
    private final Clock clock;

    MonitoringSchedule(MonitoringService monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(cron = "${nhiemvu.monitoring.sweep-cron}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "monitoring-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        monitoring.sweep(LocalDate.now(clock));
    }
}
