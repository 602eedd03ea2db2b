package vn.nhiemvu.tasksheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.job.Jobs;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.tasksheet.ImportMode;
import vn.nhiemvu.tasksheet.ImportOutcome;
import vn.nhiemvu.tasksheet.ImportReport.Action;
import vn.nhiemvu.tasksheet.ImportReport.RowError;
import vn.nhiemvu.tasksheet.ImportReport.RowResult;
import vn.nhiemvu.tasksheet.ImportReport;
import vn.nhiemvu.tasksheet.TaskSheetPermissions;
import vn.nhiemvu.tasksheet.TaskSheets;

/**
 * Export and import of the task sheet. An import runs in two stages: first every row is read and
 * checked against the stored task (references, dates, duplicates, scope, version); then, in one
 * transaction, every changed row goes through {@link TaskManagement} inside its own savepoint, so
 * the task module's own rules report their errors for the row too. The transaction commits only
 * when something is to be written: not for a dry run, not when a row failed in all-or-nothing mode.
 */
@Service
class TaskSheetService implements TaskSheets {

    private static final Logger log = LoggerFactory.getLogger(TaskSheetService.class);
    private static final int PAGE = TaskManagement.MAX_LIMIT;
    private static final Map<String, Column> FIELD_COLUMNS = Map.ofEntries(Map.entry("title", Column.TITLE),
            Map.entry("description", Column.DESCRIPTION), Map.entry("kind", Column.KIND),
            Map.entry("leadUnit", Column.LEAD_UNIT), Map.entry("coordinatingUnits", Column.COORDINATING),
            Map.entry("supervisingLeader", Column.LEADER), Map.entry("directive", Column.DIRECTIVE),
            Map.entry("parent", Column.PARENT), Map.entry("deadline", Column.DEADLINE),
            Map.entry("deadlineText", Column.DEADLINE_TEXT), Map.entry("product", Column.PRODUCT),
            Map.entry("completedAt", Column.COMPLETED_AT));

    private final TaskManagement tasks;
    private final Organization organization;
    private final Directives directives;
    private final Jobs jobs;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final int jobThreshold;

    TaskSheetService(TaskManagement tasks, Organization organization, Directives directives, Jobs jobs,
            PlatformTransactionManager transactionManager, JsonMapper json, Clock clock,
            TaskSheetProperties settings) {
        this.tasks = tasks;
        this.organization = organization;
        this.directives = directives;
        this.jobs = jobs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = clock;
        this.jobThreshold = settings.jobThreshold();
    }

    @Override
    public void export(CurrentUser user, TaskFilter filter, OutputStream out) {
        // The first page checks the filter before anything is written, so a bad one is still a 400.
        TaskPage page = tasks.list(user, filter, null, PAGE);
        try (var writer = new SheetWriter()) {
            while (true) {
                page.items().forEach(writer::add);
                if (page.nextCursor() == null) {
                    break;
                }
                page = tasks.list(user, filter, page.nextCursor(), PAGE);
            }
            writer.finish(organization.units(user.agencyId()), organization.leaders(user.agencyId()),
                    directives.list(user, null), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportOutcome importSheet(CurrentUser user, byte[] content, ImportMode mode, boolean dryRun) {
        TaskSheetPermissions.POLICY.checkAny(user, TaskSheetPermissions.Action.IMPORT);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.required"));
        }
        SheetReader.ParsedSheet sheet = SheetReader.read(content);
        if (sheet.rows().size() <= jobThreshold) {
            return new ImportOutcome(run(user, sheet, mode, dryRun, (done, total) -> { }), null);
        }
        String title = (dryRun ? "Kiểm tra thử" : "Nhập") + " danh sách nhiệm vụ (" + sheet.rows().size() + " dòng)";
        var job = jobs.submit(IMPORT_JOB, user, title, context -> {
            ImportReport report = run(context.owner(), sheet, mode, dryRun, context::progress);
            context.message(report.summary());
            try (OutputStream out = context.result("ket-qua-nhap-nhiem-vu-" + LocalDate.now(clock) + ".json",
                    "application/json")) {
                json.writeValue(out, report);
            }
        });
        return new ImportOutcome(null, job);
    }

    /** One row's plan after the checks of the first stage; {@code stored} is the task as it is (null for a new one). */
    private record Plan(SheetReader.SheetRow row, Long id, long version, Fields fields, Fields stored, Action action,
            List<RowError> errors) {

        static Plan invalid(SheetReader.SheetRow row, Long id, List<RowError> errors) {
            return new Plan(row, id, 0, null, null, Action.INVALID, errors);
        }
    }

    private ImportReport run(CurrentUser user, SheetReader.ParsedSheet sheet, ImportMode mode, boolean dryRun,
            BiConsumer<Long, Long> progress) {
        long total = 2L * sheet.rows().size();
        var directiveIds = new HashMap<String, Optional<Long>>();
        var reader = new RowReader(sheet, organization.units(user.agencyId()), organization.leaders(user.agencyId()),
                number -> directiveIds.computeIfAbsent(number.strip(), n -> directives.findByNumber(user.agencyId(), n)
                        .map(Directive::id)));
        var plans = new ArrayList<Plan>();
        var rowsById = new HashMap<Long, Integer>();
        var newRows = new HashMap<String, Integer>();
        long done = 0;
        for (SheetReader.SheetRow row : sheet.rows()) {
            plans.add(check(user, reader, row, rowsById, newRows));
            progress.accept(++done, total);
        }
        var written = new HashMap<Integer, Long>();
        var failures = new HashMap<Integer, List<RowError>>();
        boolean commit = Boolean.TRUE.equals(transactions.execute(status -> {
            long step = sheet.rows().size();
            for (Plan plan : plans) {
                if (plan.errors().isEmpty() && plan.action() != Action.UNCHANGED) {
                    apply(user, sheet, plan, status, written, failures);
                }
                progress.accept(++step, total);
            }
            boolean anyErrors = plans.stream().anyMatch(p -> !p.errors().isEmpty()) || !failures.isEmpty();
            boolean write = !dryRun && !written.isEmpty() && (mode == ImportMode.VALID_ONLY || !anyErrors);
            if (!write) {
                status.setRollbackOnly();
            }
            return write;
        }));
        return report(plans, written, failures, mode, dryRun, commit);
    }

    private Plan check(CurrentUser user, RowReader reader, SheetReader.SheetRow row, Map<Long, Integer> rowsById,
            Map<String, Integer> newRows) {
        var errors = reader.new Errors(row);
        Long id = reader.id(row, errors);
        Long version = reader.version(row, errors);
        TaskView current = null;
        if (id != null) {
            Integer first = rowsById.putIfAbsent(id, row.number());
            if (first != null) {
                errors.add(Column.ID, Message.of("invalid.tasksheet.row.id-twice", id, first));
            }
            try {
                current = tasks.get(user, id, null, null);
            } catch (NotFoundException e) {
                errors.add(Column.ID, Message.of("invalid.tasksheet.row.id-unknown", id));
            }
        }
        if (errors.any()) {
            return Plan.invalid(row, id, errors.list());
        }
        Fields fields = reader.fields(row, current, errors);
        if (fields == null) {
            return Plan.invalid(row, id, errors.list());
        }
        if (current == null) {
            String key = Text.fold(fields.title()) + "|" + fields.leadUnitId() + "|" + fields.directiveId() + "|"
                    + fields.deadline();
            Integer first = newRows.putIfAbsent(key, row.number());
            if (first != null) {
                errors.add(null, Message.of("invalid.tasksheet.row.duplicate", first));
                return Plan.invalid(row, null, errors.list());
            }
            return new Plan(row, null, 0, fields, null, Action.CREATE, List.of());
        }
        Fields stored = Fields.of(current);
        if (fields.sameAs(stored)) {
            return new Plan(row, id, current.version(), fields, stored, Action.UNCHANGED, List.of());
        }
        if (version == null) {
            errors.add(Column.VERSION, Message.of("invalid.tasksheet.row.version-missing"));
        } else if (version != current.version()) {
            errors.add(Column.VERSION, Message.of("invalid.tasksheet.row.version-stale", id, version, current.version()));
        }
        if (errors.any()) {
            return Plan.invalid(row, id, errors.list());
        }
        return new Plan(row, id, version, fields, stored, Action.UPDATE, List.of());
    }

    /** Writes one row inside a savepoint; its failure undoes only that row. */
    private void apply(CurrentUser user, SheetReader.ParsedSheet sheet, Plan plan, TransactionStatus status,
            Map<Integer, Long> written, Map<Integer, List<RowError>> failures) {
        Object savepoint = status.createSavepoint();
        try {
            Fields fields = plan.fields();
            long id = plan.action() == Action.CREATE ? tasks.create(user, fields.toDraft()).id() : plan.id();
            if (plan.stored() != null && !fields.sameDraftAs(plan.stored())) {
                tasks.update(user, id, plan.version(), fields.toDraft());
            }
            LocalDate completedBefore = plan.stored() == null ? null : plan.stored().completedAt();
            if (!Objects.equals(completedBefore, fields.completedAt())) {
                if (completedBefore != null) {
                    tasks.reopen(user, id);
                }
                if (fields.completedAt() != null) {
                    // Only the Office imports: a completion the path would not give a unit is its override, and the
                    // sheet's row is what it states for it (ADR 0025).
                    tasks.complete(user, id, fields.completedAt(),
                            "Ngày hoàn thành nhập từ bảng tính danh sách nhiệm vụ (dòng " + plan.row().number() + ").");
                }
            }
            status.releaseSavepoint(savepoint);
            written.put(plan.row().number(), id);
        } catch (RuntimeException e) {
            status.rollbackToSavepoint(savepoint);
            failures.put(plan.row().number(), errors(sheet, plan.row().number(), e));
        }
    }

    private static List<RowError> errors(SheetReader.ParsedSheet sheet, int row, RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream().map(error -> {
                // "coordinatingUnits[2]" is the coordinating units' column.
                Column column = FIELD_COLUMNS.get(error.field().replaceAll("[\\[.].*$", ""));
                return new RowError(row, column == null ? null : sheet.letter(column),
                        column == null ? null : column.header(), error.message());
            }).toList();
        }
        if (e instanceof ConflictException conflict && conflict.kind() == ConflictException.Kind.STALE_VERSION) {
            return List.of(new RowError(row, sheet.letter(Column.VERSION), Column.VERSION.header(), conflict.words()));
        }
        if (e instanceof ConflictException || e instanceof ForbiddenException || e instanceof NotFoundException) {
            return List.of(new RowError(row, null, null, ((vn.nhiemvu.shared.Worded) e).words()));
        }
        log.error("Importing row {} of a task sheet failed", row, e);
        return List.of(new RowError(row, null, null, Message.of("sheet.row.system-error")));
    }

    private static ImportReport report(List<Plan> plans, Map<Integer, Long> written, Map<Integer, List<RowError>> failures,
            ImportMode mode, boolean dryRun, boolean committed) {
        var errors = new ArrayList<RowError>();
        var results = new ArrayList<RowResult>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int invalid = 0;
        for (Plan plan : plans) {
            int number = plan.row().number();
            List<RowError> rowErrors = failures.getOrDefault(number, plan.errors());
            Action action = rowErrors.isEmpty() ? plan.action() : Action.INVALID;
            errors.addAll(rowErrors);
            switch (action) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
                case INVALID -> invalid++;
            }
            Long taskId = action == Action.CREATE ? (committed ? written.get(number) : null) : plan.id();
            results.add(new RowResult(number, action, taskId));
        }
        return new ImportReport(mode, dryRun, committed, plans.size(), created, updated, unchanged, invalid, errors,
                results);
    }
}
