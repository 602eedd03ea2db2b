package vn.nhiemvu.task;

import java.util.List;

/**
 * One numbered page of the task list and how many tasks match in all.
 *
 * @param page 1 for the first page; never past the last one
 */
public record TaskResults(List<TaskView> items, long total, int page, int size) {

    public TaskResults {
        items = List.copyOf(items);
    }

    /** How many pages the matching tasks fill (at least one, possibly empty). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The position of the page's first task among all that match, from 1 (0 when none match). */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    /** The position of the page's last task. */
    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }
}
