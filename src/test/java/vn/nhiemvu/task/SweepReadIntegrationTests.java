package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The sweeps' narrow read ({@link TaskManagement#forEachOpenDueBy}) selects exactly what the full read did: every
 * task listed as in progress, due soon or overdue whose applicable deadline is on or before the bound, with the same
 * status, deadline, lateness and reason; on random tasks (completed or not, with approved and rejected deadline
 * changes, under directives with a cut-off) as of random dates.
 */
@IntegrationTest
class SweepReadIntegrationTests {

    /** These tasks have no result on file: the Office completes them, saying why (ADR 0025). */
    private static final String OVERRIDE = "Kiểm thử: Văn phòng Bộ ghi nhận hoàn thành.";

    private static final Set<TaskStatus> OPEN = Set.of(TaskStatus.IN_PROGRESS, TaskStatus.DUE_SOON, TaskStatus.OVERDUE);

    @Autowired
    TaskManagement tasks;
    @Autowired
    Accounts accounts;
    @Autowired
    Organization organization;
    @Autowired
    Clock clock;
    @Autowired
    Directives directiveRecords;

    /** What a sweep uses of a task. */
    record Seen(long id, String title, long leadUnitId, Long leaderId, TaskStatus status, LocalDate applicable,
            long late, String reason) {
    }

    @Test
    void narrowReadSelectsWhatTheFullReadSelected() {
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        long agency = office.agencyId();
        LocalDate today = LocalDate.now(clock);
        // Directives older than every deadline and completion drawn below, which may be neither before a directive's date.
        List<Long> directives = full(office, today, LocalDate.MAX).stream().map(id -> tasks.get(office, id.id(), today,
                null).directive()).filter(Objects::nonNull).map(TaskView.DirectiveRef::id).distinct()
                .filter(id -> directiveRecords.find(office, id).orElseThrow().issueDate().isBefore(today.minusDays(150)))
                .toList();
        var created = new ArrayList<Long>();
        try {
            compareOnRandomTasks(office, agency, today, directives, created);
        } finally {
            // The application context is shared: other tests count the tasks of units and leaders.
            created.forEach(id -> tasks.delete(office, id));
        }
    }

    private void compareOnRandomTasks(CurrentUser office, long agency, LocalDate today, List<Long> directives,
            List<Long> created) {
        List<Unit> units = organization.units(agency);
        var random = new Random(20261201);
        for (int i = 0; i < 400; i++) {
            Unit unit = units.get(random.nextInt(units.size()));
            // No supervising leader: a leader's dashboard lists the units of the tasks they supervise, and other tests
            // of the shared context check which (the demo tasks, compared too, have leaders).
            Long leader = null;
            Long directive = directives.isEmpty() || random.nextInt(3) > 0 ? null
                    : directives.get(random.nextInt(directives.size()));
            LocalDate deadline = random.nextInt(10) == 0 ? null : today.plusDays(random.nextInt(240) - 150);
            long id = tasks.create(office, new TaskDraft(null, "Đọc hẹp " + i, null, new TaskDraft.Ref(unit.id(), null),
                    null, leader, directive, null, deadline, null, null)).id();
            created.add(id);
            if (random.nextInt(4) == 0) {
                LocalDate requested = today.minusDays(random.nextInt(120));
                tasks.recordDeadlineChange(office, id, new DeadlineChangeDraft(requested,
                        requested.plusDays(1 + random.nextInt(200)), null,
                        random.nextInt(3) == 0 ? DeadlineChange.Decision.REJECTED : DeadlineChange.Decision.APPROVED,
                        requested.plusDays(random.nextInt((int) (today.toEpochDay() - requested.toEpochDay()) + 1)),
                        "Bộ trưởng", null, null));
            }
            if (random.nextInt(4) == 0) {
                tasks.complete(office, id, today.minusDays(random.nextInt(90)), OVERRIDE);
            }
        }
        for (int round = 0; round < 12; round++) {
            LocalDate asOf = today.plusDays(random.nextInt(200) - 120);
            LocalDate upTo = asOf.plusDays(random.nextInt(40) - 5);
            List<Seen> expected = full(office, asOf, upTo);
            var narrow = new ArrayList<Seen>();
            tasks.forEachOpenDueBy(agency, asOf, upTo, page -> page.forEach(t -> narrow.add(new Seen(t.id(), t.title(),
                    t.leadUnitId(), t.supervisingLeaderId(), t.evaluation().status(),
                    t.evaluation().applicableDeadline(), t.evaluation().workingDaysLate(), t.evaluation().reason()))));
            assertThat(expected).as("some tasks to compare as of %s", asOf).hasSizeGreaterThan(20);
            assertThat(narrow).as("as of %s, deadlines up to %s", asOf, upTo).isEqualTo(expected);
        }
    }

    /** The old way: every open task through the full list, kept if its applicable deadline is on or before upTo. */
    private List<Seen> full(CurrentUser office, LocalDate asOf, LocalDate upTo) {
        var filter = TaskFilter.of(OPEN, asOf);
        var seen = new ArrayList<Seen>();
        String cursor = null;
        do {
            TaskPage page = tasks.list(office, filter, cursor, TaskManagement.MAX_LIMIT);
            page.items().stream().filter(t -> !t.applicableDeadline().isAfter(upTo))
                    .map(t -> new Seen(t.id(), t.title(), t.leadUnit().id(),
                            t.supervisingLeader() == null ? null : t.supervisingLeader().id(), t.status(),
                            t.applicableDeadline(), t.workingDaysLate(), t.statusReason()))
                    .forEach(seen::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }
}
