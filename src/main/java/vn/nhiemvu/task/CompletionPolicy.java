package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * Who may record and undo a task's completion, which steps it needs first and which dates it may have; the one place
 * for these rules (API, pages, the rules page, the task sheet and the dossier's submission all go through it).
 * ADR 0018 (roles, dates) and ADR 0025 (the path).
 * <ul>
 * <li>Recording: the Office and administrators for any task, a leader for the tasks they see, the lead unit for its
 * own; never the Legal Department.</li>
 * <li>The path: each kind of task requires some {@link CompletionStep}s (configured, e.g. a report its result file,
 * a Đề án the legal review passed and the submission recorded). A unit or a leader completes only when they are all
 * done; the Office may complete without them, stating a reason that is kept and shown. A submission that completes
 * the task is refused while another required step is missing, to everyone.</li>
 * <li>Reopening: the Office and administrators any completion; a leader one recorded by a leader or a unit; a unit
 * only one its own unit recorded. A completion by the Office, by the dossier's submission, or recorded before the
 * recorder was kept, only the Office reopens.</li>
 * <li>The date, for everyone ({@link DateRule}): not after today, not before the date of the document that assigned
 * the task, not before the Legal Department passed the dossier.</li>
 * <li>For units and leaders also: not before the task was assigned (entered, for a task without a directive) nor
 * before its latest recorded step (a request for guidance, an approved plan, a legal review…), and not more than
 * {@code maxWorkingDaysInPast} working days before today. The Office may go further back (entering past work,
 * correcting a unit's report) with a stated reason; such a date is marked {@link CompletedBy#beyondLimits()}. A
 * submission's document stands behind its own date: the Office dates one further back without a reason.</li>
 * </ul>
 */
public final class CompletionPolicy {

    /** The page that states these rules; refusals point to it. */
    public static final String RULES_PAGE = "/completion-rules";

    /** The longest reason the Office may give. */
    public static final int MAX_REASON = 2000;

    private final int maxWorkingDaysInPast;
    private final WorkingCalendar calendar;
    private final Map<TaskKind, List<CompletionStep>> required;

    /**
     * @param required the steps each kind of task requires before it is completed; every kind must be named (an
     *                 empty collection: none)
     */
    public CompletionPolicy(int maxWorkingDaysInPast, WorkingCalendar calendar,
            Map<TaskKind, ? extends Collection<CompletionStep>> required) {
        if (maxWorkingDaysInPast < 0) {
            throw new IllegalArgumentException("maxWorkingDaysInPast must not be negative: " + maxWorkingDaysInPast);
        }
        this.maxWorkingDaysInPast = maxWorkingDaysInPast;
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        var steps = new EnumMap<TaskKind, List<CompletionStep>>(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            Collection<CompletionStep> of = required.get(kind);
            if (of == null) {
                throw new IllegalArgumentException("no completion steps configured for tasks of kind " + kind
                        + " (nhiemvu.task.completion.steps." + kind.name().toLowerCase().replace('_', '-') + ")");
            }
            steps.put(kind, of.stream().distinct().sorted().toList());
        }
        this.required = steps;
    }

    /** The steps a task of the kind requires before it is completed, in the order of the path. */
    public List<CompletionStep> required(TaskKind kind) {
        return required.get(kind);
    }

    /** Whether the kind is completed by recording its dossier's submission (and so not by hand, but by the Office). */
    public boolean completesBySubmission(TaskKind kind) {
        return required(kind).contains(CompletionStep.SUBMISSION_RECORDED);
    }

    public int maxWorkingDaysInPast() {
        return maxWorkingDaysInPast;
    }

    /** The rule's name as messages and the rules page give it. */
    public String name(DateRule rule) {
        return rule.label(maxWorkingDaysInPast);
    }

    /** The rules a completion date is judged by, named as the messages and the rules page name them. */
    public enum DateRule {
        NOT_IN_FUTURE(true),
        NOT_BEFORE_ASSIGNMENT(true),
        NOT_BEFORE_REVIEW(true),
        NOT_BEFORE_LAST_STEP(false),
        RECENT(false);

        private final boolean forEveryone;

        DateRule(boolean forEveryone) {
            this.forEveryone = forEveryone;
        }

        /** The rule's name in the bundles; its one argument is the number of working days (ADR 0033). */
        public String code() {
            return "completion.date-rule." + name();
        }

        /** The rule's name, the number of days in it (see {@link CompletionPolicy#name}). */
        String label(int maxWorkingDaysInPast) {
            return Message.of(code(), maxWorkingDaysInPast).vietnamese();
        }

        /** Whether the Office is held to it too (else it may go beyond with a stated reason). */
        public boolean forEveryone() {
            return forEveryone;
        }
    }

    /**
     * What a completion is judged against.
     *
     * @param directiveDate the date of the document that assigned the task, or null
     * @param enteredOn     the day the task was entered into the system: its assignment when it has no directive
     * @param steps         the task's recorded steps after its entry (requests, plan approvals, reviews…)
     * @param done          the steps of the path the task has done, each with the day it was done
     */
    public record Facts(TaskKind kind, LocalDate today, LocalDate directiveDate, LocalDate enteredOn,
            List<TaskStep> steps, Map<CompletionStep, LocalDate> done) {

        public Facts {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(enteredOn, "enteredOn");
            steps = List.copyOf(steps);
            done = done.isEmpty() ? Map.of() : new EnumMap<>(done);
        }

        /** The latest step, the entry included; of steps on the same day the one listed last (the entry comes first). */
        Optional<TaskStep> lastStep() {
            return Stream.concat(Stream.of(new TaskStep(enteredOn, Message.of("completion.task-step.entered"))),
                    steps.stream())
                    .reduce((a, b) -> b.on().isBefore(a.on()) ? a : b);
        }

        LocalDate reviewPassed() {
            return done.get(CompletionStep.LEGAL_REVIEW_PASSED);
        }
    }

    /** The answer about a completion: allowed (perhaps as the Office's override), or refused with its words. */
    public sealed interface Verdict {

        /** Recorded; {@code skipped} and {@code beyondLimits} say what the Office went beyond, {@code reason} why. */
        record Allowed(boolean beyondLimits, List<CompletionStep> skipped, String reason) implements Verdict {
        }

        /** The date breaks the rule (an error on the date's field). */
        record DateRefused(DateRule rule, Message message) implements Verdict {
        }

        /** Required steps are missing and the user may not go without them (a conflict with the task's state). */
        record StepsMissing(List<CompletionStep> missing, Message message) implements Verdict {
        }

        /** The Office goes beyond the rule without a (usable) reason (an error on the reason). */
        record ReasonRequired(Message message) implements Verdict {
        }
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
                    case RESPONDENT -> CompletedBy.Source.AGENCY;
                    default -> throw new IllegalArgumentException("a " + user.role() + " records no completion");
                };
    }

    /** Why the user may not reopen the completed task, or empty if they may. */
    public static Optional<Message> reopenRefusal(CurrentUser user, Task task) {
        if (!TaskPermissions.allows(user, task, TaskPermissions.Action.RECORD_COMPLETION)) {
            return Optional.of(Message.of("forbidden.task.reopen.refused"));
        }
        if (user.managesAgency()) {
            return Optional.empty();
        }
        CompletedBy by = task.completedBy();
        if (by == null) {
            return Optional.of(Message.of("forbidden.task.reopen.unknown"));
        }
        return switch (by.source()) {
            case OFFICE -> Optional.of(Message.of("forbidden.task.reopen.office"));
            case SUBMISSION -> Optional.of(Message.of("forbidden.task.reopen.submission"));
            case LEADER -> user.role() == Role.LEADER ? Optional.empty()
                    : Optional.of(Message.of("forbidden.task.reopen.leader"));
            case UNIT -> user.role() == Role.LEADER || Objects.equals(by.unitId(), user.unitId())
                    ? Optional.empty()
                    : Optional.of(Message.of("forbidden.task.reopen.unit"));
            // Only the agency that leads the task sees it among focal people; a leader reopens as a unit's.
            case AGENCY -> user.role() == Role.LEADER || user.respondent() ? Optional.empty()
                    : Optional.of(Message.of("forbidden.task.reopen.agency"));
        };
    }

    /** The required steps the task has not done, in the order of the path. */
    public List<CompletionStep> missing(Facts facts) {
        return required(facts.kind()).stream().filter(step -> !facts.done().containsKey(step)).toList();
    }

    /**
     * The refusal of a completion (or of the submission that would complete the task) for want of required steps: to
     * units and leaders whenever one is missing, to the Office at a submission (it completes on the task instead).
     */
    public Optional<Verdict.StepsMissing> stepsMissing(CurrentUser user, Facts facts, boolean bySubmission) {
        List<CompletionStep> missing = missing(facts);
        boolean office = user.managesAgency();
        return missing.isEmpty() || office && !bySubmission ? Optional.empty()
                : Optional.of(new Verdict.StepsMissing(missing, stepsMessage(facts.kind(), missing, office)));
    }

    /**
     * Judges a completion the user records on the date, or the submission that completes the task (then the date
     * is the document's).
     *
     * @param reason the Office's reason for going beyond the rule (ignored when it does not)
     * @param what   the date's name at the start of a sentence ({@code completion.date.completed}: "Ngày hoàn thành")
     */
    public Verdict judge(CurrentUser user, LocalDate date, Facts facts, boolean bySubmission, String reason,
            Message what) {
        Objects.requireNonNull(date, "date");
        if (date.isAfter(facts.today())) {
            return refused(DateRule.NOT_IN_FUTURE, what, date,
                    Message.of("completion.refused.date.future", DisplayDates.date(facts.today())));
        }
        if (facts.directiveDate() != null && date.isBefore(facts.directiveDate())) {
            return refused(DateRule.NOT_BEFORE_ASSIGNMENT, what, date,
                    Message.of("completion.refused.date.directive", DisplayDates.date(facts.directiveDate())));
        }
        if (facts.reviewPassed() != null && date.isBefore(facts.reviewPassed())) {
            return refused(DateRule.NOT_BEFORE_REVIEW, what, date,
                    Message.of("completion.refused.date.review", DisplayDates.date(facts.reviewPassed())));
        }
        Optional<Verdict.StepsMissing> stepsMissing = stepsMissing(user, facts, bySubmission);
        if (stepsMissing.isPresent()) {
            return stepsMissing.get();
        }
        boolean office = user.managesAgency();
        List<CompletionStep> missing = missing(facts);
        Optional<Verdict.DateRefused> beyond = beyondUnitLimits(date, facts, what);
        if (beyond.isPresent() && !office) {
            return beyond.get();
        }
        if (!office || bySubmission || beyond.isEmpty() && missing.isEmpty()) {
            // A submission's document is its evidence: the Office's earlier date needs no other reason.
            return new Verdict.Allowed(beyond.isPresent(), List.of(), null);
        }
        Message why = Message.joined("shared.list", Stream.concat(
                missing.isEmpty() ? Stream.<Message>empty()
                        : Stream.of(Message.of("completion.refused.reason.missing", labels(missing))),
                beyond.stream().map(refusal -> Message.of("completion.refused.reason.beyond", ruleName(refusal.rule()))))
                .toList());
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            return new Verdict.ReasonRequired(Message.of("completion.refused.reason.required", why));
        }
        if (stated.length() > MAX_REASON) {
            return new Verdict.ReasonRequired(Message.of("completion.refused.reason.too-long", MAX_REASON));
        }
        return new Verdict.Allowed(beyond.isPresent(), missing, stated);
    }

    /**
     * The earliest date {@link #judge} allows the user (null: none but the legal range), for the page's date field;
     * the Office goes earlier than a unit only with a reason.
     */
    public LocalDate earliest(CurrentUser user, Facts facts) {
        return user.managesAgency() ? latest(facts.directiveDate(), facts.reviewPassed())
                : earliestWithoutReason(facts);
    }

    /** The earliest date a unit or a leader may give: before it the Office needs a reason. */
    public LocalDate earliestWithoutReason(Facts facts) {
        return latest(facts.directiveDate(), facts.reviewPassed(), facts.lastStep().map(TaskStep::on).orElse(null),
                recentLimit(facts.today()));
    }

    /** The message a unit or a leader gets for a date the Office may give only with a reason, if this is one. */
    private Optional<Verdict.DateRefused> beyondUnitLimits(LocalDate date, Facts facts, Message what) {
        if (facts.directiveDate() == null && date.isBefore(facts.enteredOn())) {
            return Optional.of(refused(DateRule.NOT_BEFORE_ASSIGNMENT, what, date,
                    Message.of("completion.refused.date.entered", DisplayDates.date(facts.enteredOn()))));
        }
        Optional<TaskStep> last = facts.lastStep();
        if (last.isPresent() && date.isBefore(last.get().on())) {
            return Optional.of(refused(DateRule.NOT_BEFORE_LAST_STEP, what, date, Message.of(
                    "completion.refused.date.last-step", last.get().what(), DisplayDates.date(last.get().on()))));
        }
        LocalDate recent = recentLimit(facts.today());
        if (date.isBefore(recent)) {
            return Optional.of(refused(DateRule.RECENT, what, date,
                    Message.of("completion.refused.date.recent", maxWorkingDaysInPast, DisplayDates.date(recent))));
        }
        return Optional.empty();
    }

    private Verdict.DateRefused refused(DateRule rule, Message what, LocalDate date, Message detail) {
        return new Verdict.DateRefused(rule,
                Message.of("completion.refused.date", what, DisplayDates.date(date), ruleName(rule), detail));
    }

    /** The rule's name with this policy's number of days, in the reader's language. */
    private Message ruleName(DateRule rule) {
        return Message.of(rule.code(), maxWorkingDaysInPast);
    }

    private static Message stepsMessage(TaskKind kind, List<CompletionStep> missing, boolean office) {
        return Message.of(office ? "completion.refused.steps.office" : "completion.refused.steps",
                Message.of(kind.code()), Message.joined("shared.list", missing.stream().map(step -> Message
                        .of("completion.refused.steps.item", Message.of(step.code()), Message.of(step.howToCode())))
                        .toList()));
    }

    private static Message labels(List<CompletionStep> steps) {
        return Message.joined("shared.list", steps.stream().map(step -> Message.of(step.code())).toList());
    }

    /** The earliest date a unit or a leader may give by the days-in-past rule: that many working days before today. */
    private LocalDate recentLimit(LocalDate today) {
        return maxWorkingDaysInPast == 0 ? today : calendar.addWorkingDays(today, -maxWorkingDaysInPast);
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate latest = null;
        for (LocalDate date : dates) {
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }
}
