package vn.nhiemvu.task;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Named groups of tasks that another module keeps (the management areas of module {@code area}): the task list
 * filters by a group through this, so that the task module depends on no module that groups its tasks (ADR 0039).
 * The filter's parameter is {@code area}; at most one module answers.
 */
public interface TaskGroups {

    /** A group as the list's filter offers it. */
    record Group(String code, String name) {
    }

    /** The agency's groups in their order, for the filter's choices. */
    List<Group> groups(long agencyId);

    /** The ids of the agency's tasks in the group with the code (any scope: the list applies the reader's); empty when there is no such group. */
    Optional<Set<Long>> taskIds(long agencyId, String code);
}
