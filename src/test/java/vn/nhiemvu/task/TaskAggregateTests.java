package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The task aggregate's rules and the events its changes cause, without Spring or a database. */
class TaskAggregateTests {

    static final long LEAD = 7;
    static final Instant ENTERED = Instant.parse("2026-02-10T01:00:00Z");
    static final CurrentUser OFFICE = new CurrentUser(1, "vanphong", "Văn phòng", Role.OFFICE, 1, null, null);
    static final CurrentUser LEAD_UNIT = new CurrentUser(2, "cdsqg", "Cục CĐSQG", Role.UNIT, 1, LEAD, null);
    static final CurrentUser OTHER_UNIT = new CurrentUser(3, "htqt", "Vụ HTQT", Role.UNIT, 1, 9L, null);

    @Test
    void aTitleIsStrippedAndNeitherBlankNorTooLong() {
        assertThat(new TaskTitle("  Xây dựng đề án  ").value()).isEqualTo("Xây dựng đề án");
        assertRefused(() -> new TaskTitle("   "), "title", "Tên nhiệm vụ không được để trống.");
        assertRefused(() -> new TaskTitle(null), "title", "Tên nhiệm vụ không được để trống.");
        assertThat(new TaskTitle("x".repeat(500)).value()).hasSize(500);
        assertRefused(() -> new TaskTitle("x".repeat(501)), "title", "Tên nhiệm vụ dài quá 500 ký tự (hiện có 501).");
    }

    @Test
    void aDeadlineIsBetweenTheFoundingOfTheStateAndTheEndOfTheCalendar() {
        assertThat(new TaskDeadline(LocalDate.of(1945, 9, 2)).date()).isEqualTo(TaskDeadline.EARLIEST);
        assertThat(new TaskDeadline(LocalDate.of(2199, 12, 31)).date()).isEqualTo(TaskDeadline.LATEST);
        assertRefused(() -> new TaskDeadline(LocalDate.of(1945, 9, 1)), "deadline", "Thời hạn phải trong khoảng 1945–2199.");
        assertRefused(() -> new TaskDeadline(LocalDate.of(2200, 1, 1)), "deadline", "Thời hạn phải trong khoảng 1945–2199.");
        assertThat(TaskDeadline.inRange(null)).isFalse();
    }

    @Test
    void aDeadlineIsNotBeforeItsDirectiveWasIssued() {
        var deadline = new TaskDeadline(LocalDate.of(2020, 9, 30));
        assertThat(deadline.beforeIssue(LocalDate.of(2020, 10, 1)).map(Message::vietnamese))
                .contains("Thời hạn (30/09/2020) không được trước ngày ban hành văn bản (01/10/2020).");
        assertThat(deadline.beforeIssue(LocalDate.of(2020, 9, 30))).isEmpty();
        assertThat(deadline.beforeIssue(null)).isEmpty();
    }

    @Test
    void aSubTaskIsDueNoLaterThanItsParent() {
        LocalDate parent = LocalDate.of(2020, 12, 31);
        assertThat(Task.laterThanParent(LocalDate.of(2021, 1, 1), parent).map(Message::vietnamese)).contains(
                "Thời hạn của nhiệm vụ con (01/01/2021) không được muộn hơn thời hạn của nhiệm vụ cha (31/12/2020).");
        assertThat(Task.laterThanParent(parent, parent)).isEmpty();
        assertThat(Task.laterThanParent(LocalDate.of(2021, 1, 1), null)).as("a parent without a deadline").isEmpty();
        assertThat(Task.laterThanParent(null, parent)).isEmpty();
    }

    @Test
    void theLeadUnitDoesNotAlsoCoordinate() {
        assertThat(Task.leadAlsoCoordinating(LEAD, LEAD, "Cục Chuyển đổi số quốc gia").map(Message::vietnamese))
                .contains("Đơn vị chủ trì không đồng thời là đơn vị phối hợp (Cục Chuyển đổi số quốc gia).");
        assertThat(Task.leadAlsoCoordinating(LEAD, 9, "Vụ Hợp tác quốc tế")).isEmpty();
        assertThatThrownBy(() -> terms(List.of(9L, LEAD))).as("terms never hold it")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> terms(LongStream.rangeClosed(100, 100 + Task.MAX_COORDINATING).boxed().toList()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assigningMakesAnOpenTaskRecordedByThePerson() {
        TaskEvent.TaskCreated created = Task.assign(1, terms(List.of(9L)), ENTERED, "vanphong");
        Task task = created.task();
        assertThat(task.id()).isZero();
        assertThat(task.title()).isEqualTo("Nhiệm vụ");
        assertThat(task.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(task.coordinatingUnitIds()).containsExactly(9L);
        assertThat(task.isCompleted()).isFalse();
        assertThat(task.createdBy()).isEqualTo("vanphong");
        assertThat(created.actor()).isEqualTo("vanphong");
        Task stored = new Task(41, 1, null, null, null, "Nhiệm vụ", null, LEAD, List.of(9L), null, task.deadline(), null,
                null, null, null, null, 0, ENTERED, "vanphong");
        assertThat(created.stored(stored).task()).isSameAs(stored);
    }

    @Test
    void revisingKeepsTheCompletionTheEntryAndTheVersion() {
        Task done = completedBy(OFFICE, CompletedBy.Source.OFFICE);
        TaskEvent.TaskUpdated updated = done.revise(terms(List.of()), "lanhdao");
        assertThat(updated.before()).isSameAs(done);
        assertThat(updated.task().completedAt()).isEqualTo(done.completedAt());
        assertThat(updated.task().completedBy()).isEqualTo(done.completedBy());
        assertThat(updated.task().version()).isEqualTo(done.version());
        assertThat(updated.task().createdBy()).isEqualTo("vanphong");
        assertThat(updated.task().coordinatingUnitIds()).isEmpty();
    }

    @Test
    void aChangeOnAnOlderCopyIsStale() {
        Task task = open();
        task.requireVersion(3);
        assertThatThrownBy(() -> task.requireVersion(2)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
            assertThat(e.getMessage()).isEqualTo("Nhiệm vụ số 5 đã được người khác sửa; hãy tải lại rồi sửa tiếp.");
        });
    }

    @Test
    void aCompletionNeedsADateThenAnOpenTaskThenTheAuthority() {
        var asked = new AtomicInteger();
        var by = new CompletedBy("cdsqg", CompletedBy.Source.UNIT, LEAD, false, List.of(), null);
        assertRefused(() -> open().complete(null, () -> by, "cdsqg"), "completedAt", "Chưa nhập ngày hoàn thành.");
        Task done = completedBy(OFFICE, CompletedBy.Source.OFFICE);
        assertThatThrownBy(() -> done.complete(LocalDate.of(2026, 3, 5), () -> {
            asked.incrementAndGet();
            return by;
        }, "cdsqg")).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                .isEqualTo("Nhiệm vụ đã được ghi nhận hoàn thành ngày 02/03/2026; hãy mở lại trước khi ghi ngày khác."));
        assertThat(asked).as("the policy is not asked about a completed task").hasValue(0);

        TaskEvent.TaskCompleted completed = open().complete(LocalDate.of(2026, 3, 5), () -> by, "cdsqg");
        assertThat(completed.before().isCompleted()).isFalse();
        assertThat(completed.task().completedAt()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(completed.task().completedBy()).isEqualTo(by);
    }

    @Test
    void theLastSubTaskCompletesItsParentOnItsDateWithoutItsOverrides() {
        var override = new CompletedBy("vanphong", CompletedBy.Source.OFFICE, null, true,
                List.of(CompletionStep.RESULT_FILE), "Đã báo cáo bằng văn bản giấy");
        TaskEvent.TaskCompleted completed = open().completeWithSubTasks(LocalDate.of(2026, 3, 4), override, "vanphong");
        assertThat(completed.task().completedAt()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(completed.task().completedBy())
                .isEqualTo(new CompletedBy("vanphong", CompletedBy.Source.OFFICE, null, false, List.of(), null));
    }

    @Test
    void onlyACompletedTaskIsReopenedAndOnlyByThoseTheRulesAllow() {
        assertThatThrownBy(() -> open().reopen(OFFICE)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Nhiệm vụ chưa hoàn thành nên không cần mở lại."));
        Task byOffice = completedBy(OFFICE, CompletedBy.Source.OFFICE);
        assertThatThrownBy(() -> byOffice.reopen(LEAD_UNIT)).isInstanceOf(ForbiddenException.class)
                .hasMessage("Văn phòng Bộ đã ghi nhận hoàn thành nhiệm vụ này; chỉ Văn phòng Bộ được mở lại.");
        assertThatThrownBy(() -> byOffice.reopen(OTHER_UNIT)).isInstanceOf(ForbiddenException.class);

        TaskEvent.TaskReopened reopened = completedBy(LEAD_UNIT, CompletedBy.Source.UNIT).reopen(LEAD_UNIT);
        assertThat(reopened.task().isCompleted()).isFalse();
        assertThat(reopened.task().completedBy()).isNull();
        assertThat(reopened.actor()).isEqualTo("cdsqg");
    }

    @Test
    void aTaskWithSubTasksIsNotDeleted() {
        assertThatThrownBy(() -> open().delete(true, "vanphong")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.getMessage())
                        .isEqualTo("Nhiệm vụ số 5 đã được giao thành nhiệm vụ con; hãy xóa các nhiệm vụ con trước."));
        assertThat(open().delete(false, "vanphong").task().id()).isEqualTo(5);
    }

    private static Task.Terms terms(List<Long> coordinating) {
        return new Task.Terms(TaskKind.OTHER, new TaskTitle("Nhiệm vụ"), null, null, null, LEAD, coordinating, null,
                new TaskDeadline(LocalDate.of(2026, 6, 30)), null, null, null);
    }

    private static Task open() {
        return new Task(5, 1, null, null, TaskKind.OTHER, "Nhiệm vụ", null, LEAD, List.of(), null,
                LocalDate.of(2026, 3, 31), null, null, null, null, null, 3, ENTERED, "vanphong");
    }

    private static Task completedBy(CurrentUser user, CompletedBy.Source source) {
        return new Task(5, 1, null, null, TaskKind.OTHER, "Nhiệm vụ", null, LEAD, List.of(), null,
                LocalDate.of(2026, 3, 31), null, null, LocalDate.of(2026, 3, 2),
                new CompletedBy(user.username(), source, user.unitId(), false, List.of(), null), null, 3, ENTERED,
                "vanphong");
    }

    private static void assertRefused(Runnable change, String field, String message) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.message().vietnamese()).isEqualTo(message);
                }));
    }
}
