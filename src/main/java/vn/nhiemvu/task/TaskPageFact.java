package vn.nhiemvu.task;

import java.util.List;

import vn.nhiemvu.shared.Message;

/**
 * A fact another module knows about a task, shown among the facts of the task's page: a label and its values, in the
 * reader's language. {@code order} places it after the task's own facts (the people module's performers: 10).
 */
public record TaskPageFact(int order, Message label, List<Message> values) {

    public TaskPageFact {
        values = List.copyOf(values);
    }
}
