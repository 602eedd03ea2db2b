package vn.nhiemvu.job;

/**
 * The work of a background job. It runs on a worker thread, outside any transaction and without a
 * security context: it acts for {@link JobContext#owner()} explicitly. Throwing fails the job; an
 * exception of {@code vn.nhiemvu.shared} keeps its Vietnamese message, any other is logged and
 * shown as a system error.
 */
@FunctionalInterface
public interface JobWork {

    void run(JobContext job) throws Exception;
}
