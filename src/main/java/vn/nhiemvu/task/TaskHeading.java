package vn.nhiemvu.task;

import java.time.LocalDate;

/**
 * What a module that keeps things attached to tasks shows about each in a list (an inbox, a sweep): its title and
 * whether it is completed, read by the task module, which owns the task table.
 *
 * @param completedAt the completion date (null: open)
 */
public record TaskHeading(long id, String title, LocalDate completedAt) {
}
