package vn.nhiemvu.tasksheet.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskView;

/**
 * The editable fields of a task as a sheet row gives them, references resolved to ids, text
 * stripped and blanks null, so that a row can be compared with the stored task: equal means
 * unchanged, and an unchanged row is never written. The completion date is not part of the draft:
 * it is recorded or removed through the task module's completion and reopening.
 */
record Fields(TaskKind kind, String title, String description, long leadUnitId, List<Long> coordinatingUnitIds,
        Long supervisingLeaderId, Long directiveId, Long parentTaskId, LocalDate deadline, String deadlineText,
        String product, LocalDate completedAt) {

    Fields {
        kind = kind == null ? TaskKind.OTHER : kind;
        title = clean(title);
        description = clean(description);
        coordinatingUnitIds = List.copyOf(coordinatingUnitIds);
        deadlineText = clean(deadlineText);
        product = clean(product);
    }

    static Fields of(TaskView task) {
        return new Fields(task.kind(), task.title(), task.description(), task.leadUnit().id(),
                task.coordinatingUnits().stream().map(TaskView.UnitRef::id).toList(),
                task.supervisingLeader() == null ? null : task.supervisingLeader().id(),
                task.directive() == null ? null : task.directive().id(), task.parent() == null ? null : task.parent().id(),
                task.deadline(), task.deadlineText(), task.product(), task.completedAt());
    }

    /** Same values; the order of coordinating units does not matter. */
    boolean sameAs(Fields other) {
        return sameDraftAs(other) && Objects.equals(completedAt, other.completedAt);
    }

    /** Same values apart from the completion, which is recorded by its own step. */
    boolean sameDraftAs(Fields other) {
        return kind == other.kind && Objects.equals(title, other.title) && Objects.equals(description, other.description)
                && leadUnitId == other.leadUnitId
                && new HashSet<>(coordinatingUnitIds).equals(new HashSet<>(other.coordinatingUnitIds))
                && Objects.equals(supervisingLeaderId, other.supervisingLeaderId)
                && Objects.equals(directiveId, other.directiveId) && Objects.equals(parentTaskId, other.parentTaskId)
                && Objects.equals(deadline, other.deadline) && Objects.equals(deadlineText, other.deadlineText)
                && Objects.equals(product, other.product);
    }

    TaskDraft toDraft() {
        return new TaskDraft(kind, title, description, new TaskDraft.Ref(leadUnitId, null),
                coordinatingUnitIds.stream().map(id -> new TaskDraft.Ref(id, null)).toList(), supervisingLeaderId,
                directiveId, parentTaskId, deadline, deadlineText, product);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
