package vn.nhiemvu.job;

import java.io.OutputStream;

import vn.nhiemvu.identity.CurrentUser;

/** What a running {@link JobWork} may tell its job: progress, a message, and its result. */
public interface JobContext {

    long jobId();

    /** The user who submitted the job; the work acts as them, within their scope. */
    CurrentUser owner();

    /** How far the work is; written to the database at most a few times a second. */
    void progress(long done, long total);

    /** A short Vietnamese line shown under the progress bar (and kept when the job ends). */
    void message(String text);

    /**
     * Where to write the result, once: it becomes the job's download with this name and type. The
     * stream is the job's to close; closing it early is harmless.
     */
    OutputStream result(String fileName, String contentType);
}
