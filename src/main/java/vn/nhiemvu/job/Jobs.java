package vn.nhiemvu.job;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The background-job module's API. A user sees their own jobs; an administrator sees every job of
 * their agency; any other job does not exist for them (not found).
 */
public interface Jobs {

    /**
     * Queues the work and returns at once with the job QUEUED.
     *
     * @param kind  a stable code of what it is, e.g. {@code "TASK_IMPORT"}, {@code "PERIODIC_REPORT"}
     * @param title Vietnamese, shown in the list of jobs ("Nhập danh sách nhiệm vụ từ tệp …")
     * @throws vn.nhiemvu.shared.ConflictException when the queue is full (409, try again later)
     */
    JobView submit(String kind, CurrentUser owner, String title, JobWork work);

    JobView get(CurrentUser user, long id);

    /** The newest jobs the user may see, at most {@code limit}. */
    List<JobView> list(CurrentUser user, int limit);

    /** The result of a SUCCEEDED job; a job not finished or without a result is a 409. */
    JobResult result(CurrentUser user, long id);
}
