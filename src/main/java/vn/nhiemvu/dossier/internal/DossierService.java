package vn.nhiemvu.dossier.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.dossier.Checklist;
import vn.nhiemvu.dossier.Dossier;
import vn.nhiemvu.dossier.DossierEvent;
import vn.nhiemvu.dossier.DossierState;
import vn.nhiemvu.dossier.DossierView;
import vn.nhiemvu.dossier.Dossiers;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.dossier.ReviewDecision;
import vn.nhiemvu.dossier.ReviewQueueItem;
import vn.nhiemvu.dossier.StoredFile;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/** Dossiers in the database and on disk; scope comes from the task module, rules from {@link Dossier}. */
@Service
@Transactional
class DossierService implements Dossiers {

    private static final String ADD_FILE = "ADD_FILE";
    private static final String SUBMIT_FOR_REVIEW = "SUBMIT_FOR_REVIEW";
    private static final String REVIEW = "REVIEW";
    private static final String SUBMISSION = "SUBMISSION";

    private final JdbcDossiers dossiers;
    private final FileStore store;
    private final TaskManagement tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierService(JdbcDossiers dossiers, FileStore store, TaskManagement tasks, ApplicationEventPublisher events,
            Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public DossierView view(CurrentUser user, long taskId) {
        TaskView task = task(user, taskId);
        var row = dossiers.find(user.agencyId(), taskId);
        Dossier dossier = dossier(user, task, row.map(JdbcDossiers.DossierRow::state).orElse(DossierState.DRAFT));
        var files = dossiers.files(user.agencyId(), taskId);
        var latest = new HashMap<Long, Long>();
        files.forEach(f -> latest.merge(f.documentId(), f.id(), Math::max));
        var fileViews = files.stream().map(f -> new DossierView.FileView(f.id(), f.documentId(), f.version(),
                latest.get(f.documentId()) == f.id(), f.role(), f.role().label(), f.name(), f.contentType(), f.size(),
                f.sha256(), f.uploadedBy(), f.uploadedAt())).toList();
        var reviews = dossiers.reviews(user.agencyId(), taskId).stream()
                .map(r -> new DossierView.ReviewView(r.id(), r.round(), r.decision(), r.decision().label(), r.comments(),
                        r.reviewer(), r.reviewedAt()))
                .toList();
        var submission = row.filter(r -> r.documentNumber() != null)
                .map(r -> new DossierView.SubmissionView(r.documentNumber(), r.documentDate(), r.submissionBy(),
                        r.submissionAt()))
                .orElse(null);
        var withdrawn = dossiers.withdrawnSubmissions(user.agencyId(), taskId).stream()
                .map(w -> new DossierView.WithdrawnSubmissionView(w.documentNumber(), w.documentDate(),
                        w.submissionBy(), w.submissionAt(), w.withdrawnBy(), w.withdrawnAt()))
                .toList();
        return new DossierView(taskId, task.title(), task.leadUnit() == null ? null : task.leadUnit().name(),
                dossier.state(), dossier.state().label(), fileViews, reviews, submission, withdrawn,
                Checklist.forKind(task.kind()),
                Checklist.forKind(task.kind()).missing(currentRoles(fileViews)),
                dossier.allowedActions(TaskPermissions.relation(user, task)),
                row.map(JdbcDossiers.DossierRow::version).orElse(0L));
    }

    @Override
    public DossierView.FileView addFile(CurrentUser user, long taskId, FileRole role, Long replaces,
            String originalName, InputStream content, String idempotencyKey) {
        var earlier = replay(user, idempotencyKey, ADD_FILE, taskId);
        if (earlier != null) {
            return fileView(user, taskId, earlier);
        }
        TaskView task = task(user, taskId);
        var row = dossiers.find(user.agencyId(), taskId);
        Dossier dossier = dossier(user, task, row.map(JdbcDossiers.DossierRow::state).orElse(DossierState.DRAFT));
        dossier.addFile(TaskPermissions.relation(user, task));
        JdbcDossiers.FileRow previous = null;
        if (replaces != null) {
            previous = dossiers.file(user.agencyId(), taskId, replaces).orElseThrow(() -> InvalidInputException
                    .of("replaces", Message.of("invalid.dossier.replaces.unknown", replaces)));
        }
        // A new version is a version of the same document: it keeps the document's role.
        FileRole effectiveRole = previous != null ? previous.role() : role;
        if (effectiveRole == null) {
            throw InvalidInputException.of("role",
                    Message.of("invalid.dossier.role.required-kinds"));
        }
        if (content == null) {
            throw InvalidInputException.of("file", Message.of("invalid.dossier.file.required"));
        }
        FileStore.Stored stored = store.store(content, originalName);
        long version = row.isPresent() ? row.get().version() : ensure(user.agencyId(), taskId);
        if (!dossiers.changeState(user.agencyId(), taskId, version, dossier.state())) {
            throw stale();
        }
        Long documentId = null;
        int fileVersion = 1;
        if (previous != null) {
            documentId = previous.documentId();
            long document = documentId;
            fileVersion = dossiers.files(user.agencyId(), taskId).stream().filter(f -> f.documentId() == document)
                    .mapToInt(JdbcDossiers.FileRow::version).max().orElse(0) + 1;
        }
        long id = dossiers.insertFile(user.agencyId(), taskId, documentId, fileVersion, effectiveRole,
                stored.displayName(), stored.contentType(), stored.size(), stored.sha256(), user.username());
        events.publishEvent(new DossierEvent.DossierFileAdded(taskId, user.agencyId(), user.username(), dossier.state(), id,
                effectiveRole, stored.displayName(), stored.sha256(), fileVersion));
        remember(user, idempotencyKey, ADD_FILE, taskId, id);
        return fileView(user, taskId, id);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile content(CurrentUser user, long taskId, long fileId) {
        task(user, taskId);
        var file = dossiers.file(user.agencyId(), taskId, fileId)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.dossier.file.unknown", fileId)));
        var content = store.content(file.sha256()).orElseThrow(
                () -> new NotFoundException(Message.of("notfound.dossier.file.content-gone", file.name())));
        return new StoredFile(content, file.name(), file.contentType(), file.size(), file.sha256());
    }

    @Override
    public DossierView submitForReview(CurrentUser user, long taskId, String idempotencyKey) {
        if (replay(user, idempotencyKey, SUBMIT_FOR_REVIEW, taskId) != null) {
            return view(user, taskId);
        }
        TaskView task = task(user, taskId);
        var row = dossiers.find(user.agencyId(), taskId);
        DossierState from = row.map(JdbcDossiers.DossierRow::state).orElse(DossierState.DRAFT);
        Dossier dossier = dossier(user, task, from);
        var present = EnumSet.noneOf(FileRole.class);
        present.addAll(currentRoles(view(user, taskId).files()));
        dossier.submitForReview(TaskPermissions.relation(user, task), present, Checklist.forKind(task.kind()));
        long version = row.isPresent() ? row.get().version() : ensure(user.agencyId(), taskId);
        if (!dossiers.changeState(user.agencyId(), taskId, version, dossier.state())) {
            throw stale();
        }
        dossiers.markSubmittedForReview(user.agencyId(), taskId, user.username());
        events.publishEvent(new DossierEvent.DossierReviewRequested(taskId, user.agencyId(), user.username(), from));
        remember(user, idempotencyKey, SUBMIT_FOR_REVIEW, taskId, null);
        return view(user, taskId);
    }

    @Override
    public DossierView review(CurrentUser user, long taskId, ReviewDecision decision, String comments,
            String idempotencyKey) {
        if (replay(user, idempotencyKey, REVIEW, taskId) != null) {
            return view(user, taskId);
        }
        TaskView task = task(user, taskId);
        var row = dossiers.find(user.agencyId(), taskId);
        Dossier dossier = dossier(user, task, row.map(JdbcDossiers.DossierRow::state).orElse(DossierState.DRAFT));
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (text != null && text.length() > 4000) {
            throw InvalidInputException.of("comments", Message.of("invalid.dossier.comments.too-long"));
        }
        dossier.review(TaskPermissions.relation(user, task), decision, text);
        if (!dossiers.changeState(user.agencyId(), taskId, row.orElseThrow().version(), dossier.state())) {
            throw stale();
        }
        long id = dossiers.insertReview(user.agencyId(), taskId, decision, text, user.username());
        events.publishEvent(decision == ReviewDecision.PASS
                ? new DossierEvent.DossierPassed(taskId, user.agencyId(), user.username(), text)
                : new DossierEvent.DossierReturned(taskId, user.agencyId(), user.username(), text));
        remember(user, idempotencyKey, REVIEW, taskId, id);
        return view(user, taskId);
    }

    @Override
    public DossierView recordSubmission(CurrentUser user, long taskId, String documentNumber, LocalDate documentDate,
            String idempotencyKey) {
        if (replay(user, idempotencyKey, SUBMISSION, taskId) != null) {
            return view(user, taskId);
        }
        TaskView task = task(user, taskId);
        var row = dossiers.find(user.agencyId(), taskId);
        Dossier dossier = dossier(user, task, row.map(JdbcDossiers.DossierRow::state).orElse(DossierState.DRAFT));
        dossier.recordSubmission(TaskPermissions.relation(user, task));
        var errors = new InvalidInputException.Collector();
        String number = documentNumber == null ? "" : documentNumber.strip();
        if (number.isEmpty()) {
            errors.add("documentNumber", Message.of("invalid.dossier.document-number.required"));
        } else if (number.length() > 100) {
            errors.add("documentNumber", Message.of("invalid.dossier.document-number.too-long"));
        }
        if (documentDate == null) {
            errors.add("documentDate", Message.of("invalid.dossier.document-date.required"));
        }
        errors.throwIfAny();
        if (!dossiers.changeState(user.agencyId(), taskId, row.orElseThrow().version(), dossier.state())) {
            throw stale();
        }
        dossiers.recordSubmission(user.agencyId(), taskId, number, documentDate, user.username());
        events.publishEvent(new DossierEvent.DossierSubmitted(taskId, user.agencyId(), user.username(), number, documentDate));
        // The product is submitted: the task is completed on the submission's date, by the same person, under the
        // task module's rule for completion dates (which also judges the date of a task already completed).
        tasks.completeBySubmission(user, taskId, documentDate, "documentDate");
        remember(user, idempotencyKey, SUBMISSION, taskId, null);
        return view(user, taskId);
    }

    /**
     * A reopened task reopens its dossier's last step, in the reopening's transaction: a submitted dossier goes back to
     * PASSED (the submission can be recorded again) and its submission is kept among the withdrawn ones.
     */
    @EventListener
    void taskReopened(TaskEvent.TaskReopened reopened) {
        Task task = reopened.task();
        var row = dossiers.find(task.agencyId(), task.id());
        if (row.isEmpty()) {
            return;
        }
        var dossier = new Dossier(task.id(), task.agencyId(), row.get().state());
        if (!dossier.reopenWithTask()) {
            return;
        }
        if (!dossiers.changeState(task.agencyId(), task.id(), row.get().version(), dossier.state())) {
            throw stale();
        }
        dossiers.withdrawSubmission(task.agencyId(), task.id(), reopened.actor());
        events.publishEvent(new DossierEvent.DossierSubmissionWithdrawn(task.id(), task.agencyId(), reopened.actor(),
                row.get().documentNumber(), row.get().documentDate()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewQueueItem> reviewQueue(CurrentUser user) {
        var items = new ArrayList<ReviewQueueItem>();
        Map<Long, Integer> rounds = new HashMap<>();
        for (var row : dossiers.inState(user.agencyId(), DossierState.SUBMITTED_FOR_REVIEW)) {
            if (!tasks.isVisible(user, row.taskId())) {
                continue;
            }
            TaskView task = task(user, row.taskId());
            int round = rounds.computeIfAbsent(row.taskId(), id -> dossiers.reviews(user.agencyId(), id).size() + 1);
            items.add(new ReviewQueueItem(row.taskId(), task.title(),
                    task.leadUnit() == null ? null : task.leadUnit().name(), round, row.submittedForReviewAt(),
                    row.submittedForReviewBy()));
        }
        return items;
    }

    private TaskView task(CurrentUser user, long taskId) {
        return tasks.get(user, taskId, LocalDate.now(clock), null);
    }

    private static Dossier dossier(CurrentUser user, TaskView task, DossierState state) {
        return new Dossier(task.id(), user.agencyId(), state);
    }

    private long ensure(long agencyId, long taskId) {
        dossiers.insert(agencyId, taskId);
        return 0;
    }

    private static Set<FileRole> currentRoles(List<DossierView.FileView> files) {
        var roles = EnumSet.noneOf(FileRole.class);
        files.stream().filter(DossierView.FileView::current).forEach(f -> roles.add(f.role()));
        return roles;
    }

    private DossierView.FileView fileView(CurrentUser user, long taskId, long fileId) {
        return view(user, taskId).files().stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.dossier.file.unknown", fileId)));
    }

    /** The stored result of the key (a result id, or 0 when the step has none), or null if the key is new. */
    private Long replay(CurrentUser user, String key, String operation, long taskId) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 200) {
            throw InvalidInputException.of("Idempotency-Key", Message.of("invalid.dossier.idempotency-key.too-long"));
        }
        var stored = dossiers.key(user.agencyId(), user.username(), key.strip());
        if (stored.isEmpty()) {
            return null;
        }
        if (!stored.get().operation().equals(operation) || stored.get().taskId() != taskId) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.dossier.idempotency-key.reused"));
        }
        return stored.get().resultId() == null ? 0L : stored.get().resultId();
    }

    private void remember(CurrentUser user, String key, String operation, long taskId, Long resultId) {
        if (key != null && !key.isBlank()) {
            dossiers.rememberKey(user.agencyId(), user.username(), key.strip(), operation, taskId, resultId);
        }
    }

    private static ConflictException stale() {
        return new ConflictException(ConflictException.Kind.STALE_VERSION,
                Message.of("conflict.dossier.dossier.stale"));
    }
}
