package vn.nhiemvu.job.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.nhiemvu.cluster.ContentStore;
import vn.nhiemvu.cluster.ContentStores;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.job.JobContext;
import vn.nhiemvu.job.JobResult;
import vn.nhiemvu.job.JobStatus;
import vn.nhiemvu.job.JobView;
import vn.nhiemvu.job.JobWork;
import vn.nhiemvu.job.Jobs;
import vn.nhiemvu.shared.AfterCommit;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * Runs background jobs on a fixed pool ({@code nhiemvu.jobs.threads}) with a bounded queue
 * ({@code nhiemvu.jobs.queue-capacity}): a burst of exports cannot take every thread or all memory.
 * Results are kept by a random id in table {@code job_result_content} on PostgreSQL (every node serves them), or
 * under {@code nhiemvu.jobs.directory} on H2 (ADR 0019); written there first as a {@code .part} file. At start-up the
 * jobs this node left QUEUED or RUNNING are marked FAILED, since nothing resumes them.
 */
@Service
class JobService implements Jobs, SmartInitializingSingleton, DisposableBean {

    static final String RESTART_MESSAGE = "Công việc bị dừng do hệ thống khởi động lại; hãy thực hiện lại.";
    static final String SYSTEM_ERROR = "Lỗi hệ thống khi thực hiện công việc; quản trị hệ thống có thể xem nhật ký.";
    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    private static final long PROGRESS_INTERVAL_MILLIS = 250;
    private static final int MAX_LIST = 200;
    private static final int MAX_MESSAGE = 2000;

    private final JdbcJobs jobs;
    private final Clock clock;
    private final Path directory;
    private final ContentStore results;
    private final String node;
    private final ThreadPoolExecutor executor;
    private final Duration retention;

    JobService(JdbcJobs jobs, Clock clock, ContentStores stores,
            JobProperties settings) {
        this.jobs = jobs;
        this.clock = clock;
        this.directory = settings.directory().toAbsolutePath().normalize();
        this.results = stores.create("job_result_content", this.directory, false);
        this.node = settings.node().isBlank() ? hostName() : settings.node();
        this.retention = settings.retention();
        int threads = settings.threads();
        int queueCapacity = settings.queueCapacity();
        var counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> {
                    Thread thread = new Thread(r, "job-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "local";
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        int failed = jobs.failUnfinished(node, RESTART_MESSAGE, clock.instant());
        if (failed > 0) {
            log.warn("{} background job(s) left unfinished by the previous run on node {} marked FAILED", failed, node);
        }
    }

    /**
     * A job's result is a download, not an archive: after {@code nhiemvu.jobs.retention} (7 days) finished jobs go,
     * with their files. With results on local disk each node purges only its own; in the database, any node all.
     */
    @Scheduled(fixedDelayString = "${nhiemvu.jobs.purge-every}", initialDelayString = "${nhiemvu.jobs.purge-every}")
    int purgeExpired() {
        int purged = 0;
        String whose = results.shared() ? null : node;
        for (JdbcJobs.Row expired : jobs.finishedBefore(whose, clock.instant().minus(retention))) {
            if (expired.resultFile() != null) {
                try {
                    results.delete(expired.resultFile());
                } catch (RuntimeException e) {
                    log.warn("Result file of job {} could not be deleted; kept its row to try again", expired.view().id(), e);
                    continue;
                }
            }
            jobs.delete(expired.view().id());
            purged++;
        }
        if (purged > 0) {
            log.info("{} background job(s) older than {} removed with their files", purged, retention);
        }
        return purged;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    @Override
    public JobView submit(String kind, CurrentUser owner, String title, JobWork work) {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw busy();
        }
        long id = jobs.insert(owner, kind, title, node, clock.instant());
        // Inside a request's transaction the job's row is seen by the worker only once it commits.
        AfterCommit.run(() -> {
            try {
                executor.execute(() -> run(id, owner, work));
            } catch (RejectedExecutionException e) {
                // Filled up since the check above: the job is shown as failed, with why.
                jobs.failed(id, "Hàng đợi công việc nền đang đầy.", clock.instant());
            }
        });
        return get(owner, id);
    }

    private static ConflictException busy() {
        return new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.job.queue.full"));
    }

    @Override
    public JobView get(CurrentUser user, long id) {
        return row(user, id).view();
    }

    @Override
    public List<JobView> list(CurrentUser user, int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw InvalidInputException.of("limit", Message.of("invalid.job.limit.range", MAX_LIST));
        }
        return jobs.list(user, limit);
    }

    @Override
    public JobResult result(CurrentUser user, long id) {
        JdbcJobs.Row row = row(user, id);
        JobView job = row.view();
        if (job.status() != JobStatus.SUCCEEDED) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of(job.status().isFinished()
                    ? "conflict.job.result.failed" : "conflict.job.result.pending"));
        }
        if (row.resultFile() == null) {
            throw new NotFoundException(Message.of("notfound.job.result.none"));
        }
        Resource content = results.find(row.resultFile()).orElseThrow(() -> new NotFoundException(
                Message.of("notfound.job.result.gone")));
        return new JobResult(job.fileName(), job.contentType(), job.resultSize(), content);
    }

    private JdbcJobs.Row row(CurrentUser user, long id) {
        return jobs.find(user, id).orElseThrow(() -> new NotFoundException(Message.of("notfound.job.job.unknown", id)));
    }

    private void run(long id, CurrentUser owner, JobWork work) {
        jobs.started(id, clock.instant());
        var context = new Context(id, owner);
        try {
            work.run(context);
            context.closeResult();
            context.succeed();
        } catch (Throwable e) {
            context.discardResult();
            String message = userMessage(e);
            if (SYSTEM_ERROR.equals(message)) {
                log.error("Background job {} failed", id, e);
            }
            jobs.failed(id, truncate(message), clock.instant());
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** The Vietnamese reason of our own exceptions; anything else is a system error, logged. */
    static String userMessage(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(error -> error.message().vietnamese())
                    .collect(Collectors.joining(" "));
        }
        if (e instanceof ConflictException || e instanceof ForbiddenException || e instanceof NotFoundException) {
            return e.getMessage();
        }
        return SYSTEM_ERROR;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** One running job's view of itself; used by its single worker thread only. */
    private final class Context implements JobContext {

        private final long id;
        private final CurrentUser owner;
        private long done;
        private Long total;
        private String message;
        private long lastWrite;
        private Path partFile;
        private String resultFile;
        private String fileName;
        private String contentType;
        private CountingStream stream;

        Context(long id, CurrentUser owner) {
            this.id = id;
            this.owner = owner;
        }

        @Override
        public long jobId() {
            return id;
        }

        @Override
        public CurrentUser owner() {
            return owner;
        }

        @Override
        public void progress(long done, long total) {
            this.done = done;
            this.total = total;
            long now = System.currentTimeMillis();
            if (now - lastWrite >= PROGRESS_INTERVAL_MILLIS || done >= total) {
                lastWrite = now;
                jobs.progress(id, done, total, message);
            }
        }

        @Override
        public void message(String text) {
            this.message = truncate(text);
            jobs.progress(id, done, total, message);
        }

        @Override
        public OutputStream result(String fileName, String contentType) {
            if (stream != null) {
                throw new IllegalStateException("job " + id + " already has a result");
            }
            this.fileName = fileName;
            this.contentType = contentType;
            this.resultFile = UUID.randomUUID().toString().replace("-", "");
            try {
                Files.createDirectories(directory);
                partFile = directory.resolve(resultFile + ".part");
                stream = new CountingStream(Files.newOutputStream(partFile));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return stream;
        }

        void closeResult() throws IOException {
            if (stream != null) {
                stream.close();
                results.keep(resultFile, partFile);
            }
        }

        void discardResult() {
            if (stream == null) {
                return;
            }
            try {
                stream.close();
                Files.deleteIfExists(partFile);
            } catch (IOException ignored) {
                // a stray .part file holds no one's data that anybody can reach
            }
        }

        void succeed() {
            jobs.succeeded(id, total == null ? done : total, total, message, stream == null ? null : resultFile,
                    stream == null ? null : stream.count, contentType, fileName, clock.instant());
        }
    }

    /** Counts the bytes written and tolerates a second close. */
    private static final class CountingStream extends FilterOutputStream {

        private long count;
        private boolean closed;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close();
            }
        }
    }
}
