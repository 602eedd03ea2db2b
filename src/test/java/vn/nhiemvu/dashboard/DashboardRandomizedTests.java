package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.task.UnitStatusCounts;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A seeded random sequence of changes through the services (create, complete, reopen, extend by an edit or a recorded
 * decision, reassign, delete); then the aggregates equal a full recount, and the dashboard's counts per unit equal the
 * task module's own evaluation of every task, today and later. 3,000 changes visit every kind hundreds of times and
 * keep CI in its budget; {@code -Dnhiemvu.random-changes=10000} runs the longer sequence.
 */
@IntegrationTest
class DashboardRandomizedTests {

    /** These tasks have no result on file: the Office completes them, saying why (ADR 0025). */
    private static final String OVERRIDE = "Kiểm thử: Văn phòng Bộ ghi nhận hoàn thành.";

    static final int CHANGES = Integer.getInteger("nhiemvu.random-changes", 3_000);

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
    void aggregatesEqualARecountAfterRandomChanges() {
        CurrentUser admin = accounts.find("admin").orElseThrow();
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        assertThat(dashboards.recount(admin).differences()).as("after the demo data").isZero();
        List<Unit> units = organization.units(admin.agencyId());
        List<Long> leaders = organization.leaders(admin.agencyId()).stream().map(Leader::id).toList();
        LocalDate today = LocalDate.now(clock);
        var random = new Random(20261123);
        var open = new ArrayList<Long>();
        var done = new ArrayList<Long>();
        for (int i = 0; i < CHANGES; i++) {
            int kind = random.nextInt(100);
            if (kind < 30 || open.size() + done.size() < 20) {
                open.add(tasks.create(office, draft(random, units, leaders, today, "Nhiệm vụ thử " + i)).id());
            } else if (kind < 50 && !open.isEmpty()) {
                long id = open.remove(random.nextInt(open.size()));
                tasks.complete(office, id, today.minusDays(random.nextInt(200)), OVERRIDE);
                done.add(id);
            } else if (kind < 58 && !done.isEmpty()) {
                long id = done.remove(random.nextInt(done.size()));
                tasks.reopen(office, id);
                open.add(id);
            } else if (kind < 70) {
                long id = any(random, open, done);
                LocalDate requested = today.minusDays(random.nextInt(120));
                tasks.recordDeadlineChange(office, id, new DeadlineChangeDraft(requested,
                        requested.plusDays(1 + random.nextInt(240)), null,
                        random.nextInt(4) == 0 ? DeadlineChange.Decision.REJECTED : DeadlineChange.Decision.APPROVED,
                        requested.plusDays(random.nextInt((int) (today.toEpochDay() - requested.toEpochDay()) + 1)),
                        "Bộ trưởng", null, null));
            } else if (kind < 92) {
                long id = any(random, open, done);
                TaskView current = tasks.get(office, id, null, null);
                tasks.update(office, id, current.version(), draft(random, units, leaders, today, current.title()));
            } else {
                List<Long> from = random.nextBoolean() && !done.isEmpty() ? done : open;
                if (!from.isEmpty()) {
                    tasks.delete(office, from.remove(random.nextInt(from.size())));
                }
            }
        }
        Recount recount = dashboards.recount(admin);
        assertThat(recount.firstDifferences()).isEmpty();
        assertThat(recount.tasks()).isGreaterThan(1000);

        for (LocalDate asOf : List.of(today, today.plusDays(3), today.plusDays(45))) {
            Map<Long, Dashboard.UnitCounts> dashboard = dashboards.units(office, asOf).units().stream()
                    .collect(Collectors.toMap(Dashboard.UnitCounts::id, u -> u));
            for (UnitStatusCounts exact : tasks.countByUnit(office, asOf, null)) {
                StatusCounts counts = dashboard.get(exact.unit().id()).counts();
                Map<TaskStatus, Long> c = exact.counts();
                assertThat(counts).as("unit %s as of %s", exact.unit().code(), asOf).isEqualTo(StatusCounts.of(
                        c.get(TaskStatus.COMPLETED_ON_TIME), c.get(TaskStatus.COMPLETED_LATE),
                        c.get(TaskStatus.IN_PROGRESS), c.get(TaskStatus.DUE_SOON), c.get(TaskStatus.OVERDUE),
                        c.get(TaskStatus.NO_DEADLINE)));
            }
        }
    }

    private static long any(Random random, List<Long> open, List<Long> done) {
        List<Long> from = done.isEmpty() || (!open.isEmpty() && random.nextBoolean()) ? open : done;
        return from.get(random.nextInt(from.size()));
    }

    /** A task for a random unit and leader, due within a year either side of today, or without deadline. */
    private static TaskDraft draft(Random random, List<Unit> units, List<Long> leaders, LocalDate today, String title) {
        Unit unit = units.get(random.nextInt(units.size()));
        Long leader = random.nextInt(5) == 0 ? null : leaders.get(random.nextInt(leaders.size()));
        LocalDate deadline = random.nextInt(10) == 0 ? null : today.plusDays(random.nextInt(400) - 250);
        return new TaskDraft(null, title, null, new TaskDraft.Ref(unit.id(), null), List.of(), leader, null, null,
                deadline, null, null);
    }
}
