package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Objects;

import vn.nhiemvu.evaluation.TaskFacts;

/**
 * What read models count a task by, beyond its row: the facts its status is evaluated from, and the day it was
 * assigned ({@link Task#assignedOn}), which needs its directive.
 */
public record TaskCountingFacts(TaskFacts facts, LocalDate assignedOn) {

    public TaskCountingFacts {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(assignedOn, "assignedOn");
    }

    /** The same with other evaluation facts (the task before a change). */
    public TaskCountingFacts with(TaskFacts other) {
        return new TaskCountingFacts(other, assignedOn);
    }
}
