package vn.nhiemvu.area.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.area.AreaDetail;
import vn.nhiemvu.area.AreaFigures;
import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskStanding;

/** The boards' arithmetic by hand: six tasks of one area in 2026 as of 30/06/2026, led by two units. */
class AreaCountingTests {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final ManagementArea LAW = new ManagementArea(1, 1, "PHAPLUAT", "Pháp luật", 10L, null, 1);
    private static final Unit A = new Unit(10, 1, null, "PC", "Vụ Pháp chế", Unit.Kind.LEGAL, List.of());
    private static final Unit B = new Unit(11, 1, null, "TTRA", "Thanh tra Bộ", Unit.Kind.INSPECTORATE, List.of());

    private static final List<TaskStanding> TASKS = List.of(
            task(1, A, TaskStatus.COMPLETED_ON_TIME, LocalDate.of(2026, 3, 31), 0),
            task(2, A, TaskStatus.COMPLETED_LATE, LocalDate.of(2026, 4, 30), 3),
            task(3, B, TaskStatus.OVERDUE, LocalDate.of(2026, 5, 29), 20),
            task(4, B, TaskStatus.IN_PROGRESS, LocalDate.of(2026, 9, 30), 0),
            // Due before the period: counted by status, not among the period's due tasks.
            task(5, B, TaskStatus.COMPLETED_ON_TIME, LocalDate.of(2025, 12, 31), 0),
            task(6, A, TaskStatus.NO_DEADLINE, null, 0),
            task(7, B, TaskStatus.OVERDUE, LocalDate.of(2026, 6, 1), 21));

    @Test
    void statusesAreCountedAndTheOnTimeRateIsOverTheTasksDueInThePeriod() {
        AreaFigures f = AreaCounting.figures(LAW, "Vụ Pháp chế", TASKS, FROM, TO, AS_OF);
        assertThat(f.tasks()).isEqualTo(7);
        assertThat(f.byStatus()).isEqualTo(Map.of(TaskStatus.COMPLETED_ON_TIME, 2L, TaskStatus.COMPLETED_LATE, 1L,
                TaskStatus.IN_PROGRESS, 1L, TaskStatus.DUE_SOON, 0L, TaskStatus.OVERDUE, 2L, TaskStatus.NO_DEADLINE, 1L));
        // Due: 1 on time + 1 late + 2 overdue.
        assertThat(f.due().due()).isEqualTo(4);
        assertThat(f.due().onTime()).isEqualTo(1);
        assertThat(f.due().late()).isEqualTo(1);
        assertThat(f.due().overdue()).isEqualTo(2);
        assertThat(f.onTimeRate()).isEqualTo(0.25);
        assertThat(f.overdue()).isEqualTo(2);
    }

    @Test
    void anAreaWithNothingDueHasNoRate() {
        AreaFigures f = AreaCounting.figures(LAW, null, List.of(TASKS.get(3)), FROM, TO, AS_OF);
        assertThat(f.due().due()).isZero();
        assertThat(f.onTimeRate()).isNull();
        assertThat(f.overdue()).isZero();
    }

    @Test
    void theDetailListsTheOverdueMostLateFirstAndRanksTheLeadUnits() {
        AreaDetail d = AreaCounting.detail(LAW, "Vụ Pháp chế", TASKS, Map.of(10L, A, 11L, B), FROM, TO, AS_OF);
        assertThat(d.overdue()).extracting(AreaDetail.OverdueTask::id).containsExactly(7L, 3L);
        assertThat(d.overdue().get(0).leadUnit()).isEqualTo("Thanh tra Bộ");
        // PC: 1 of 2 due on time (50 %); TTRA: 0 of 2 (task 5 was due before the period).
        assertThat(d.units()).extracting(c -> c.key() + " " + c.rank() + " " + c.due() + " " + c.onTime())
                .containsExactly("PC 1 2 1", "TTRA 2 2 0");
        assertThat(d.figures().due().due()).isEqualTo(4);
    }

    private static TaskStanding task(long id, Unit unit, TaskStatus status, LocalDate deadline, long daysLate) {
        var e = new Evaluation(status, deadline, daysLate, 0, List.of());
        return new TaskStanding(id, "Nhiệm vụ " + id, TaskKind.values()[0], null, unit.id(), null, deadline, null,
                status.isCompleted() ? deadline : null, Instant.parse("2026-01-02T02:00:00Z"), FROM, List.of(e));
    }
}
