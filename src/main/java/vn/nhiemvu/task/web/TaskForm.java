package vn.nhiemvu.task.web;

import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskFields;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskView;

/** The create/edit form of the web UI; mutable because Spring binds request parameters into it. */
public class TaskForm extends TaskFields {

    private TaskKind kind = TaskKind.OTHER;
    private String description;
    private String leadUnit;
    private List<String> coordinatingUnits = new ArrayList<>();
    private Long supervisingLeader;
    private Long directive;
    private Long parent;
    private long version;

    static TaskForm of(TaskView task) {
        var form = new TaskForm();
        form.kind = task.kind();
        form.setTitle(task.title());
        form.description = task.description();
        form.leadUnit = task.leadUnit() == null ? null : task.leadUnit().code();
        form.coordinatingUnits = new ArrayList<>(task.coordinatingUnits().stream().map(TaskView.UnitRef::code).toList());
        form.supervisingLeader = task.supervisingLeader() == null ? null : task.supervisingLeader().id();
        form.directive = task.directive() == null ? null : task.directive().id();
        form.parent = task.parent() == null ? null : task.parent().id();
        form.setDeadline(task.deadline());
        form.setDeadlineText(task.deadlineText());
        form.setProduct(task.product());
        form.version = task.version();
        return form;
    }

    TaskDraft toDraft() {
        return new TaskDraft(kind, getTitle(), description,
                leadUnit == null || leadUnit.isBlank() ? null : TaskDraft.Ref.ofCode(leadUnit),
                coordinatingUnits == null ? List.of()
                        : coordinatingUnits.stream().filter(c -> c != null && !c.isBlank()).map(TaskDraft.Ref::ofCode)
                                .toList(),
                supervisingLeader, directive, parent, getDeadline(), getDeadlineText(), getProduct());
    }

    public TaskKind getKind() { return kind; }
    public void setKind(TaskKind kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLeadUnit() { return leadUnit; }
    public void setLeadUnit(String leadUnit) { this.leadUnit = leadUnit; }
    public List<String> getCoordinatingUnits() { return coordinatingUnits; }
    public void setCoordinatingUnits(List<String> coordinatingUnits) { this.coordinatingUnits = coordinatingUnits; }
    public Long getSupervisingLeader() { return supervisingLeader; }
    public void setSupervisingLeader(Long supervisingLeader) { this.supervisingLeader = supervisingLeader; }
    public Long getDirective() { return directive; }
    public void setDirective(Long directive) { this.directive = directive; }
    public Long getParent() { return parent; }
    public void setParent(Long parent) { this.parent = parent; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
