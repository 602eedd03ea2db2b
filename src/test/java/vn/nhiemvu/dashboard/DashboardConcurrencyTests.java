package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.task.UnitStatusCounts;

/**
 * Writers creating, completing, reopening, editing and deleting tasks at once through the service, while recounts
 * and dashboard reads run among them (ADR 0020): no recount finds a difference (a change is either wholly in the
 * increments it recorded or waits for the recount), and afterwards the dashboard, read right after the last change,
 * equals both a recount and the task module's own evaluation of every task.
 */
@IntegrationTest
class DashboardConcurrencyTests {

    /** These tasks have no result on file: the Office completes them, saying why (ADR 0025). */
    private static final String OVERRIDE = "Kiểm thử: Văn phòng Bộ ghi nhận hoàn thành.";

    /** More writers than the pool's 10 connections: each change holds one (ADR 0021). */
    static final int WRITERS = 16;
    static final int CHANGES_EACH = 50;

    @Autowired
    TaskManagement tasks;
    @Autowired
    Dashboards dashboards;
    @Autowired
    Accounts accounts;
    @Autowired
    Organization organization;
    @Autowired
    Clock clock;

    @Test
    void concurrentWritersLeaveTheDashboardEqualToARecount() throws Exception {
        CurrentUser admin = accounts.find("admin").orElseThrow();
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        dashboards.recount(admin);
        List<Unit> units = organization.units(admin.agencyId());
        List<Long> leaders = organization.leaders(admin.agencyId()).stream().map(Leader::id).toList();
        LocalDate today = LocalDate.now(clock);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        var writing = new AtomicBoolean(true);
        var recounts = new ConcurrentLinkedQueue<Recount>();
        try {
            Future<?> checker = pool.submit(() -> {
                while (writing.get()) {
                    recounts.add(dashboards.recount(admin));
                    dashboards.dashboard(office, null);
                }
                return null;
            });
            var writers = new ArrayList<Future<?>>();
            for (int w = 0; w < WRITERS; w++) {
                var random = new Random(20261206L + w);
                writers.add(pool.submit(() -> {
                    var open = new ArrayList<Long>();
                    var done = new ArrayList<Long>();
                    for (int i = 0; i < CHANGES_EACH; i++) {
                        int kind = random.nextInt(100);
                        if (kind < 45 || open.isEmpty()) {
                            open.add(tasks.create(office, draft(random, units, leaders, today, "Nhiệm vụ song song")).id());
                        } else if (kind < 65) {
                            long id = open.remove(random.nextInt(open.size()));
                            tasks.complete(office, id, today.minusDays(random.nextInt(60)), OVERRIDE);
                            done.add(id);
                        } else if (kind < 72 && !done.isEmpty()) {
                            long id = done.remove(random.nextInt(done.size()));
                            tasks.reopen(office, id);
                            open.add(id);
                        } else if (kind < 92) {
                            long id = open.get(random.nextInt(open.size()));
                            TaskView current = tasks.get(office, id, null, null);
                            tasks.update(office, id, current.version(), draft(random, units, leaders, today,
                                    current.title()));
                        } else {
                            tasks.delete(office, open.remove(random.nextInt(open.size())));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            checker.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        assertThat(recounts).isNotEmpty().allSatisfy(recount -> assertThat(recount.firstDifferences()).isEmpty());
        // Read right after the writers: the read folds whatever is still pending.
        Map<Long, Dashboard.UnitCounts> dashboard = dashboards.units(office, today).units().stream()
                .collect(Collectors.toMap(Dashboard.UnitCounts::id, u -> u));
        for (UnitStatusCounts exact : tasks.countByUnit(office, today, null)) {
            Map<TaskStatus, Long> c = exact.counts();
            assertThat(dashboard.get(exact.unit().id()).counts()).as("unit %s", exact.unit().code())
                    .isEqualTo(StatusCounts.of(c.get(TaskStatus.COMPLETED_ON_TIME), c.get(TaskStatus.COMPLETED_LATE),
                            c.get(TaskStatus.IN_PROGRESS), c.get(TaskStatus.DUE_SOON), c.get(TaskStatus.OVERDUE),
                            c.get(TaskStatus.NO_DEADLINE)));
        }
        assertThat(dashboards.recount(admin).firstDifferences()).isEmpty();
    }

    /** A task for a random unit and leader, due within a few months either side of today, or without deadline. */
    private static TaskDraft draft(Random random, List<Unit> units, List<Long> leaders, LocalDate today, String title) {
        Unit unit = units.get(random.nextInt(units.size()));
        Long leader = random.nextInt(5) == 0 ? null : leaders.get(random.nextInt(leaders.size()));
        LocalDate deadline = random.nextInt(10) == 0 ? null : today.plusDays(random.nextInt(120) - 60);
        return new TaskDraft(null, title, null, new TaskDraft.Ref(unit.id(), null), List.of(), leader, null, null,
                deadline, null, null);
    }
}
