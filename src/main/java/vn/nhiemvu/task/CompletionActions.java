package vn.nhiemvu.task;

import java.time.LocalDate;

/**
 * What the user may do about a task's completion, from {@link CompletionPolicy}: the page shows these and nothing else.
 *
 * @param earliest the earliest completion date the user may record (null: no bound but the legal range)
 * @param latest   the latest (today)
 */
public record CompletionActions(boolean mayComplete, boolean mayReopen, LocalDate earliest, LocalDate latest) {
}
