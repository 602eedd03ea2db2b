package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.DisplayDates;

/**
 * Who may record and undo a task's completion, and which dates they may give it; the one place for these rules
 * (API, pages, the task sheet and the dossier's submission all go through it). ADR 0018.
 * <ul>
 * <li>Recording: the Office and administrators for any task, a leader for the tasks they see, the lead unit for its
 * own; never the Legal Department.</li>
 * <li>Reopening: the Office and administrators any completion; a leader one recorded by a leader or a unit; a unit
 * only one its own unit recorded. A completion by the Office, by the dossier's submission, or recorded before the
 * recorder was kept, only the Office reopens.</li>
 * <li>The date, for everyone: not after today, not before the date of the document that assigned the task.</li>
 * <li>For units and leaders also: not before the task's latest recorded step (its entry into the system, a
 * request for guidance, an approved plan, a legal review…) and not more than {@code maxWorkingDaysInPast} working
 * days before today. The Office may go further back (entering past work, correcting a unit's report); such a date
 * is marked {@link CompletedBy#beyondLimits()} and so shows in the audit trail.</li>
 * </ul>
 */
public final class CompletionPolicy {


    private final int maxWorkingDaysInPast;
    private final WorkingCalendar calendar;

    public CompletionPolicy(int maxWorkingDaysInPast, WorkingCalendar calendar) {
        if (maxWorkingDaysInPast < 0) {
            throw new IllegalArgumentException("maxWorkingDaysInPast must not be negative: " + maxWorkingDaysInPast);
        }
        this.maxWorkingDaysInPast = maxWorkingDaysInPast;
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * What a completion date of a task is judged against.
     *
     * @param directiveDate the date of the document that assigned the task, or null
     * @param steps         the task's recorded steps, oldest kinds first (its entry into the system among them)
     */
    public record Dates(LocalDate today, LocalDate directiveDate, List<TaskStep> steps) {

        public Dates {
            Objects.requireNonNull(today, "today");
            steps = List.copyOf(steps);
        }

        /** The latest step; of steps on the same day the one listed last (the task's entry comes first). */
        Optional<TaskStep> lastStep() {
            return steps.stream().reduce((a, b) -> b.on().isBefore(a.on()) ? a : b);
        }
    }

    /** The answer about a date: refused with a Vietnamese reason, or allowed (perhaps as the Office's override). */
    public sealed interface Verdict {

        record Allowed(boolean beyondLimits) implements Verdict {
        }

        record Refused(String reason) implements Verdict {
        }
    }

    /** Whether the user may record (or undo) completions of the task at all; scope is checked before. */
    public static boolean mayRecord(CurrentUser user, Task task) {
        return switch (user.role()) {
            case ADMIN, OFFICE, LEADER -> true;
            case UNIT -> task.leadUnitId() == user.unitId();
            case LEGAL -> false;
        };
    }

    /** The authority the user records a completion on; the dossier's submission is its own. */
    public static CompletedBy.Source source(CurrentUser user, boolean bySubmission) {
        if (bySubmission) {
            return CompletedBy.Source.SUBMISSION;
        }
        return user.managesAgency() ? CompletedBy.Source.OFFICE
                : switch (user.role()) {
                    case LEADER -> CompletedBy.Source.LEADER;
                    case UNIT -> CompletedBy.Source.UNIT;
                    default -> throw new IllegalArgumentException("a " + user.role() + " records no completion");
                };
    }

    /** Why the user may not reopen the completed task, or empty if they may. */
    public static Optional<String> reopenRefusal(CurrentUser user, Task task) {
        if (!mayRecord(user, task)) {
            return Optional.of("Bạn không có quyền mở lại nhiệm vụ này.");
        }
        if (user.managesAgency()) {
            return Optional.empty();
        }
        CompletedBy by = task.completedBy();
        if (by == null) {
            return Optional.of("Không rõ ai đã ghi nhận hoàn thành nhiệm vụ này; chỉ Văn phòng Bộ được mở lại.");
        }
        return switch (by.source()) {
            case OFFICE -> Optional.of("Văn phòng Bộ đã ghi nhận hoàn thành nhiệm vụ này; chỉ Văn phòng Bộ được mở lại.");
            case SUBMISSION -> Optional.of(
                    "Nhiệm vụ hoàn thành khi hồ sơ được ký trình; chỉ Văn phòng Bộ được mở lại.");
            case LEADER -> user.role() == Role.LEADER ? Optional.empty()
                    : Optional.of("Lãnh đạo Bộ đã ghi nhận hoàn thành nhiệm vụ này; chỉ Lãnh đạo Bộ hoặc Văn phòng Bộ được mở lại.");
            case UNIT -> user.role() == Role.LEADER || Objects.equals(by.unitId(), user.unitId())
                    ? Optional.empty()
                    : Optional.of("Chỉ đơn vị đã ghi nhận hoàn thành, Lãnh đạo Bộ hoặc Văn phòng Bộ được mở lại nhiệm vụ này.");
        };
    }

    /**
     * Judges the date the user gives a completion (or a submission that completes the task).
     *
     * @param what the date's name at the start of a sentence ("Ngày hoàn thành", "Ngày văn bản trình")
     */
    public Verdict judge(CurrentUser user, LocalDate date, Dates dates, String what) {
        Objects.requireNonNull(date, "date");
        if (date.isAfter(dates.today())) {
            return new Verdict.Refused(what + " không được sau ngày hôm nay (" + DisplayDates.date(dates.today()) + ").");
        }
        if (dates.directiveDate() != null && date.isBefore(dates.directiveDate())) {
            return new Verdict.Refused(what + " không được trước ngày ban hành văn bản giao nhiệm vụ ("
                    + DisplayDates.date(dates.directiveDate()) + ").");
        }
        Optional<TaskStep> last = dates.lastStep();
        LocalDate recent = recentLimit(dates.today());
        if (user.managesAgency()) {
            return new Verdict.Allowed(date.isBefore(recent) || last.isPresent() && date.isBefore(last.get().on()));
        }
        if (last.isPresent() && date.isBefore(last.get().on())) {
            return new Verdict.Refused(what + " không được trước ngày " + last.get().what() + " ("
                    + DisplayDates.date(last.get().on()) + ").");
        }
        if (date.isBefore(recent)) {
            return new Verdict.Refused(what + " chỉ được lùi về trước tối đa " + maxWorkingDaysInPast
                    + " ngày làm việc (từ ngày " + DisplayDates.date(recent)
                    + "); ngày sớm hơn do Văn phòng Bộ ghi nhận.");
        }
        return new Verdict.Allowed(false);
    }

    /** The earliest date {@link #judge} allows the user (null: none but the legal range), for the page's date field. */
    public LocalDate earliest(CurrentUser user, Dates dates) {
        if (user.managesAgency()) {
            return dates.directiveDate();
        }
        LocalDate earliest = recentLimit(dates.today());
        for (LocalDate bound : new LocalDate[] { dates.directiveDate(),
                dates.lastStep().map(TaskStep::on).orElse(null) }) {
            if (bound != null && bound.isAfter(earliest)) {
                earliest = bound;
            }
        }
        return earliest;
    }

    /** The earliest date a unit or a leader may give: that many working days before today (today if none). */
    private LocalDate recentLimit(LocalDate today) {
        return maxWorkingDaysInPast == 0 ? today : calendar.addWorkingDays(today, -maxWorkingDaysInPast);
    }
}
