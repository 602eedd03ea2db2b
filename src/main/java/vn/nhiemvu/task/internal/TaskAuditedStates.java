package vn.nhiemvu.task.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.nhiemvu.audit.AuditedStateSource;

/** The tasks as stored, in the shape {@code TaskEvent.after()} records them, for the audit's verifier. */
@Component
class TaskAuditedStates implements AuditedStateSource {

    private final JdbcTasks tasks;

    TaskAuditedStates(JdbcTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String entityType() {
        return "TASK";
    }

    @Override
    public List<AuditedState> page(long afterId, int size) {
        return tasks.page(afterId, size).stream().map(task -> new AuditedState(task.id(), task)).toList();
    }
}
