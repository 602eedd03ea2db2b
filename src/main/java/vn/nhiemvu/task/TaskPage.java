package vn.nhiemvu.task;

import java.util.List;

/** One page of a task list; {@code nextCursor} is null on the last page. */
public record TaskPage(List<TaskView> items, String nextCursor) {
}
