package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.nhiemvu.deadline.DeadlineWording;
import vn.nhiemvu.deadline.WordedDeadline;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskDeadline;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskTitle;

/**
 * Turns what a person submitted into a task's {@link Task.Terms}: each reference looked up, each field checked by the
 * aggregate's rules, every error collected in the order of the fields (the problem lists them so), then a 400 with
 * them all, or the terms.
 */
@Component
class TaskDrafts {

    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_DEADLINE_TEXT = 500;
    static final int MAX_PRODUCT = 2000;
    /** How far up the parents a loop is looked for. */
    private static final int MAX_DEPTH = 50;

    private final JdbcTasks tasks;
    private final TasksInScope inScope;
    private final Organization organization;
    private final Directives directives;
    private final DeadlineWording deadlineWording;

    TaskDrafts(JdbcTasks tasks, TasksInScope inScope, Organization organization, Directives directives,
            DeadlineWording deadlineWording) {
        this.tasks = tasks;
        this.inScope = inScope;
        this.organization = organization;
        this.directives = directives;
        this.deadlineWording = deadlineWording;
    }

    /**
     * The terms of the draft for the task {@code id} (0: a new one), or a 400 listing every field in error.
     */
    Task.Terms check(CurrentUser user, TaskDraft draft, long id) {
        var errors = new InvalidInputException.Collector();
        TaskTitle title = checked(errors, () -> new TaskTitle(draft.title()));
        String description = tooLong(errors, "description", draft.description(), MAX_DESCRIPTION,
                Message.of("invalid.task.description.too-long", MAX_DESCRIPTION));
        String deadlineText = tooLong(errors, "deadlineText", draft.deadlineText(), MAX_DEADLINE_TEXT,
                Message.of("invalid.task.deadline-text.too-long", MAX_DEADLINE_TEXT));
        String product = tooLong(errors, "product", draft.product(), MAX_PRODUCT,
                Message.of("invalid.task.product.too-long", MAX_PRODUCT));
        Optional<Unit> lead = Optional.empty();
        if (draft.leadUnit() == null || draft.leadUnit().isEmpty()) {
            errors.add("leadUnit", Message.of("invalid.task.lead-unit.required"));
        } else {
            lead = unit(user, draft.leadUnit());
            if (lead.isEmpty()) {
                errors.add("leadUnit", Message.of("invalid.task.lead-unit.unknown", draft.leadUnit()));
            }
        }
        List<Long> coordinating = coordinating(user, draft.coordinatingUnits(), lead, errors);
        if (draft.supervisingLeaderId() != null
                && organization.leader(user.agencyId(), draft.supervisingLeaderId()).isEmpty()) {
            errors.add("supervisingLeader", Message.of("invalid.task.supervising-leader.unknown", draft.supervisingLeaderId()));
        }
        Optional<Directive> directive = Optional.empty();
        if (draft.directiveId() != null) {
            directive = directives.find(user, draft.directiveId());
            if (directive.isEmpty()) {
                errors.add("directive", Message.of("invalid.task.directive.unknown", draft.directiveId()));
            }
        }
        Optional<Task> parent = Optional.empty();
        if (draft.parentTaskId() != null) {
            parent = tasks.find(inScope.scope(user), draft.parentTaskId());
            if (parent.isEmpty()) {
                errors.add("parent", Message.of("invalid.task.parent.unknown", draft.parentTaskId()));
            } else if (parent.get().id() == id || isDescendant(parent.get(), id)) {
                errors.add("parent", Message.of("invalid.task.parent.invalid"));
            }
        }
        LocalDate date = draft.deadline();
        if (date != null && parent.isPresent()) {
            Task.laterThanParent(date, inScope.deadlineInForce(user, parent.get()))
                    .ifPresent(refusal -> errors.add("deadline", refusal));
        }
        TaskDeadline deadline = date == null ? null : checked(errors, () -> new TaskDeadline(date));
        if (deadline != null && directive.isPresent()) {
            deadline.beforeIssue(directive.get().issueDate()).ifPresent(refusal -> errors.add("deadline", refusal));
        }
        // A wording without a year takes the directive's; the same reference the pages read it with.
        WordedDeadline worded = deadlineWording.read(errors.has("deadlineText") ? null : deadlineText, date,
                directive.map(Directive::issueDate).orElseGet(inScope::today));
        worded.refusal().ifPresent(message -> errors.add("deadline", message));
        errors.throwIfAny();
        return new Task.Terms(draft.kind(), title, description, draft.directiveId(), draft.parentTaskId(),
                lead.orElseThrow().id(), coordinating, draft.supervisingLeaderId(), deadline, deadlineText,
                worded.recurrence(), product);
    }

    /** The coordinating units, each found and none the lead ({@link Task#leadAlsoCoordinating}). */
    private List<Long> coordinating(CurrentUser user, List<TaskDraft.Ref> refs, Optional<Unit> lead,
            InvalidInputException.Collector errors) {
        var coordinating = new LinkedHashSet<Long>();
        if (refs.size() > Task.MAX_COORDINATING) {
            errors.add("coordinatingUnits", Message.of("invalid.task.coordinating-units.invalid", Task.MAX_COORDINATING));
        }
        for (int i = 0; i < refs.size(); i++) {
            TaskDraft.Ref ref = refs.get(i);
            String field = "coordinatingUnits[" + i + "]";
            Optional<Unit> unit = ref == null || ref.isEmpty() ? Optional.empty() : unit(user, ref);
            if (unit.isEmpty()) {
                errors.add(field, Message.of("invalid.task.coordinating-units.unknown", ref));
                continue;
            }
            Optional<Message> refusal = lead.flatMap(l -> Task.leadAlsoCoordinating(l.id(), unit.get().id(), unit.get().name()));
            if (refusal.isPresent()) {
                errors.add(field, refusal.get());
            } else {
                coordinating.add(unit.get().id());
            }
        }
        return List.copyOf(coordinating);
    }

    /** The value, or null with its errors collected. */
    private static <T> T checked(InvalidInputException.Collector errors, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
            return null;
        }
    }

    /** The text stripped (null when blank), with an error when longer than the field allows. */
    private static String tooLong(InvalidInputException.Collector errors, String field, String value, int max,
            Message message) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && stripped.length() > max) {
            errors.add(field, message);
        }
        return stripped;
    }

    /** Whether the task with {@code id} is among the ancestors of {@code task} (or is it), so a loop would form. */
    private boolean isDescendant(Task task, long id) {
        Long ancestor = task.parentTaskId();
        for (int depth = 0; ancestor != null && depth < MAX_DEPTH; depth++) {
            if (ancestor == id) {
                return true;
            }
            ancestor = tasks.parentOf(ancestor);
        }
        return false;
    }

    private Optional<Unit> unit(CurrentUser user, TaskDraft.Ref ref) {
        return ref.id() != null
                ? organization.unit(user.agencyId(), ref.id())
                : organization.unitByCode(user.agencyId(), ref.code().strip());
    }
}
