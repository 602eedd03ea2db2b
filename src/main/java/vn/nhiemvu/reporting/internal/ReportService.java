package vn.nhiemvu.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.Rankings;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.job.JobView;
import vn.nhiemvu.job.Jobs;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.PeriodicReports;
import vn.nhiemvu.reporting.ReportDelivery;
import vn.nhiemvu.reporting.ReportFormatKind;
import vn.nhiemvu.reporting.ReportPermissions;
import vn.nhiemvu.reporting.ReportSheet;
import vn.nhiemvu.reporting.ReportSheetSource;
import vn.nhiemvu.reporting.ReportSnapshot;
import vn.nhiemvu.reporting.ReportingPeriod;
import vn.nhiemvu.reporting.Scorecards;
import vn.nhiemvu.shared.CacheInvalidation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskStanding;

/**
 * Gathers a report's facts through the task, plan, directive and organization APIs — one pass over the tasks, a
 * query per thousand overdue tasks for their explanations — and counts them with {@link ReportCalculator}.
 */
@Service
class ReportService implements PeriodicReports {

    private static final long STEPS = 5;

    private final TaskManagement tasks;
    private final Directives directives;
    private final Organization organization;
    private final Evaluations evaluations;
    private final Plans plans;
    private final JdbcReportSnapshots store;
    private final ReportSender sender;
    private final ElectronicReports electronic;
    private final PdfReportWriter pdf;
    private final List<ReportSheetSource> sheetSources;
    private final Jobs jobs;
    private final Clock clock;
    private final boolean nineMonths;
    private final Cache<Computed, PeriodicReport> recent;

    ReportService(TaskManagement tasks, Directives directives, Organization organization, Evaluations evaluations,
            Plans plans, JdbcReportSnapshots store, ReportSender sender, ElectronicReports electronic,
            PdfReportWriter pdf, List<ReportSheetSource> sheetSources, Jobs jobs, Clock clock,
            ReportingProperties settings, ReportCacheProperties caches) {
        boolean nineMonths = settings.nineMonths();
        Duration reportTtl = caches.reportTtl();
        this.tasks = tasks;
        this.directives = directives;
        this.organization = organization;
        this.evaluations = evaluations;
        this.plans = plans;
        this.store = store;
        this.sender = sender;
        this.electronic = electronic;
        this.pdf = pdf;
        this.sheetSources = sheetSources;
        this.jobs = jobs;
        this.clock = clock;
        this.nineMonths = nineMonths;
        this.recent = Caffeine.newBuilder().maximumSize(50).expireAfterWrite(reportTtl).build();
    }

    @Override
    public ReportingPeriod period(String key) {
        return ReportingPeriod.parse(key, nineMonths);
    }

    @Override
    public ReportingPeriod custom(LocalDate from, LocalDate to) {
        return ReportingPeriod.custom(from, to);
    }

    /** A report just computed for a person: the xlsx and the PDF asked one after the other share it. */
    private record Computed(String username, ReportingPeriod period, EvaluationPolicy.Kind kind) {
    }

    /** Any audited change (a task, a request, a progress report, a directive) may change a report. */
    @EventListener
    void changed(AuditableEvent event) {
        CacheInvalidation.nowAndAfterCompletion(recent::invalidateAll);
    }

    @Override
    public PeriodicReport report(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy,
            Progress progress) {
        EvaluationPolicy.Kind kind = policy != null ? policy : evaluations.policy(user.agencyId()).kind();
        return recent.get(new Computed(user.username(), period, kind), key -> compute(user, period, kind, progress));
    }

    private PeriodicReport compute(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind kind,
            Progress progress) {
        ReportingPeriod previousPeriod = period.previous();
        progress.step(0, STEPS, "Đang đọc và đánh giá nhiệm vụ tại ngày chốt số liệu…");
        List<TaskStanding> standings = tasks.standings(user, List.of(previousPeriod.to(), period.to()), kind);
        progress.step(1, STEPS, "Đã đánh giá " + standings.size() + " nhiệm vụ; đang tổng hợp…");

        Agency agency = organization.agency(user.agencyId()).orElseThrow();
        Map<Long, Agency> agencies = organization.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        List<Unit> units = organization.units(user.agencyId());
        List<Leader> leaders = organization.leaders(user.agencyId());
        Map<Long, Unit> unitById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Leader> leaderById = leaders.stream().collect(Collectors.toMap(Leader::id, Function.identity()));
        Map<Long, Directive> docs = directives.byIds(user.agencyId(),
                standings.stream().map(TaskStanding::directiveId).filter(Objects::nonNull).distinct().toList());

        ZoneId zone = ReportingPeriod.ZONE;
        // One key per unit, leader and directive, shared by their rows (not three objects and strings per task).
        Map<Long, ReportRow.Key> unitKeys = units.stream().collect(Collectors.toMap(Unit::id, ReportService::unitKey));
        Map<Long, ReportRow.Key> leaderKeys = leaders.stream()
                .collect(Collectors.toMap(Leader::id, ReportService::leaderKey));
        Map<Long, ReportRow.Key> directiveKeys = new HashMap<>();
        docs.values().forEach(d -> directiveKeys.put(d.id(),
                new ReportRow.Key(d.number(), d.number() + " — " + d.summary(), "directive=" + d.id())));
        var rows = new ArrayList<ReportRow>(standings.size());
        for (TaskStanding s : standings) {
            Directive d = s.directiveId() == null ? null : docs.get(s.directiveId());
            LocalDate recordedOn = s.createdAt().atZone(zone).toLocalDate();
            ReportRow.Key leader = s.supervisingLeaderId() == null ? null : leaderKeys.get(s.supervisingLeaderId());
            rows.add(new ReportRow(s.id(), s.title(), s.assignedOn(), recordedOn,
                    s.completedAt(), s.evaluations().get(0), s.evaluations().get(1), source(d, agencies, user.agencyId()),
                    unitKeys.get(s.leadUnitId()), leader == null ? NO_LEADER : leader,
                    d == null ? NO_DIRECTIVE : directiveKeys.get(d.id())));
        }
        var tally = ReportCalculator.tally(period, previousPeriod, rows,
                units.stream().map(ReportService::unitKey).toList(), leaders.stream().map(ReportService::leaderKey).toList());
        progress.step(2, STEPS, "Đang lấy giải trình của đơn vị về " + tally.overdue().size() + " nhiệm vụ quá hạn…");

        List<PeriodicReport.OverdueTask> overdue = explain(user, period, tally.overdue(), standings, unitById,
                leaderById, docs);
        progress.step(3, STEPS, "Đang xếp hạng đơn vị và Lãnh đạo Bộ…");

        boolean everyone = user.seesWholeAgency();
        List<Scorecard> unitRanking = ScorecardService.rank(Scorecards.Subject.UNITS,
                new Rankings(period.from(), period.to(), period.to()), everyone, units, leaders, standings, 1);
        List<Scorecard> leaderRanking = ScorecardService.rank(Scorecards.Subject.LEADERS,
                new Rankings(period.from(), period.to(), period.to()), everyone, units, leaders, standings, 1);
        progress.step(4, STEPS, "Đã tổng hợp xong.");
        return new PeriodicReport(agency.code(), agency.name(), scope(user, unitById, leaderById),
                PeriodicReport.Period.of(period), PeriodicReport.Period.of(previousPeriod), period.evaluatedAt(), kind,
                kind.label(), clock.instant(), tally.summary(), tally.previous(), tally.bySource(), tally.byUnit(),
                tally.byLeader(), tally.byDirective(), overdue, unitRanking, leaderRanking,
                Rankings.FORMULA, tally.recordedAfterCutoff());
    }

    private static final ReportRow.Key NO_LEADER = new ReportRow.Key("-", "(Chưa giao Lãnh đạo Bộ phụ trách)", null);
    private static final ReportRow.Key NO_DIRECTIVE = new ReportRow.Key("-", "(Không theo văn bản chỉ đạo)", null);

    /** The overdue tasks with the units' explanations as of the cut-off: latest progress report and request. */
    private List<PeriodicReport.OverdueTask> explain(CurrentUser user, ReportingPeriod period, List<ReportRow> overdue,
            List<TaskStanding> standings, Map<Long, Unit> units, Map<Long, Leader> leaders, Map<Long, Directive> docs) {
        Collection<Long> ids = overdue.stream().map(ReportRow::taskId).toList();
        Map<Long, GuidanceRequest> requests = tasks.latestGuidanceRequests(user, ids, period.to());
        Map<Long, ProgressReport> reports = plans.latestReports(user, ids,
                period.to().plusDays(1).atStartOfDay(ReportingPeriod.ZONE).toInstant());
        Map<Long, TaskStanding> byId = new HashMap<>(overdue.size() * 2);
        var wanted = new java.util.HashSet<>(ids);
        standings.stream().filter(s -> wanted.contains(s.id())).forEach(s -> byId.put(s.id(), s));
        var result = new ArrayList<PeriodicReport.OverdueTask>(overdue.size());
        for (ReportRow row : overdue) {
            TaskStanding s = byId.get(row.taskId());
            Unit unit = units.get(s.leadUnitId());
            Leader leader = s.supervisingLeaderId() == null ? null : leaders.get(s.supervisingLeaderId());
            Directive d = s.directiveId() == null ? null : docs.get(s.directiveId());
            ProgressReport report = reports.get(s.id());
            GuidanceRequest request = requests.get(s.id());
            result.add(new PeriodicReport.OverdueTask(s.id(), s.title(), d == null ? null : d.number(),
                    unit == null ? null : unit.code(), unit == null ? null : unit.name(),
                    leader == null ? null : ScorecardService.name(leader), s.deadline(), s.deadlineText(),
                    row.current().applicableDeadline(), row.current().workingDaysLate(), row.current().reason(),
                    report == null ? null : report.createdAt().atZone(ReportingPeriod.ZONE).toLocalDate(),
                    report == null ? null : report.percent(), report == null ? null : progressText(report),
                    request == null ? null : request.requestedOn(), request == null ? null : requestText(request)));
        }
        return result;
    }

    private static String progressText(ProgressReport r) {
        var text = new StringBuilder(r.done().strip());
        if (r.obstacles() != null && !r.obstacles().isBlank()) {
            text.append(" Khó khăn, vướng mắc: ").append(r.obstacles().strip());
        }
        return text.toString();
    }

    private static String requestText(GuidanceRequest r) {
        var text = new StringBuilder(r.kind().label()).append(" (").append(r.state().label()).append("): ")
                .append(r.obstacle().strip());
        if (r.proposedDeadline() != null) {
            text.append(" Đề xuất thời hạn mới: ").append(DisplayDates.date(r.proposedDeadline())).append('.');
        }
        if (r.answer() != null) {
            text.append(" Ý kiến chỉ đạo: ").append(r.answer());
        }
        return text.toString();
    }


    static ReportRow.Source source(Directive d, Map<Long, Agency> agencies, long ownAgencyId) {
        if (d == null || d.issuerAgencyId() == ownAgencyId) {
            return ReportRow.Source.MINISTRY;
        }
        Agency issuer = agencies.get(d.issuerAgencyId());
        if (issuer == null) {
            return ReportRow.Source.OTHER;
        }
        return switch (issuer.kind()) {
            case GOVERNMENT -> ReportRow.Source.GOVERNMENT;
            case PRIME_MINISTER -> ReportRow.Source.PRIME_MINISTER;
            default -> ReportRow.Source.OTHER;
        };
    }

    private static ReportRow.Key unitKey(Unit u) {
        return new ReportRow.Key(u.code(), u.name(), "leadUnit=" + u.code());
    }

    private static ReportRow.Key leaderKey(Leader l) {
        return new ReportRow.Key(l.slug(), ScorecardService.name(l), "leader=" + l.id());
    }

    private static String scope(CurrentUser user, Map<Long, Unit> units, Map<Long, Leader> leaders) {
        if (user.seesWholeAgency()) {
            return "Toàn bộ nhiệm vụ của cơ quan";
        }
        if (user.role() == Role.LEADER && leaders.containsKey(user.leaderId())) {
            return "Nhiệm vụ do " + ScorecardService.name(leaders.get(user.leaderId())) + " phụ trách";
        }
        Unit unit = user.unitId() == null ? null : units.get(user.unitId());
        return unit == null ? "Nhiệm vụ trong phạm vi của người dùng" : "Nhiệm vụ của " + unit.name();
    }

    @Override
    public ReportSnapshot issue(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy,
            String documentNumber) {
        ReportPermissions.POLICY.checkAny(user, ReportPermissions.Action.ISSUE);
        if (documentNumber != null && documentNumber.strip().length() > 64) {
            throw vn.nhiemvu.shared.InvalidInputException.of("documentNumber", vn.nhiemvu.shared.Message.of("invalid.reporting.document-number.too-long"));
        }
        PeriodicReport report = report(user, period, policy);
        return store.insert(user, period, report,
                documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip());
    }

    @Override
    public List<ReportSnapshot> snapshots(CurrentUser user, String periodKey) {
        ReportPermissions.POLICY.checkAny(user, ReportPermissions.Action.READ_ISSUED);
        return store.list(user.agencyId(), periodKey);
    }

    @Override
    public ReportSnapshot snapshot(CurrentUser user, long id) {
        ReportPermissions.POLICY.checkAny(user, ReportPermissions.Action.READ_ISSUED);
        return store.find(user.agencyId(), id)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.reporting.report.unknown", id)));
    }

    @Override
    public ReportDelivery send(CurrentUser user, String periodKey) {
        ReportPermissions.POLICY.checkAny(user, ReportPermissions.Action.SEND);
        ReportingPeriod period = periodKey.contains("_") ? null : period(periodKey);
        String key = period == null ? periodKey : period.key();
        ReportSnapshot latest = store.list(user.agencyId(), key).stream().findFirst()
                .orElseThrow(() -> new ConflictException(ConflictException.Kind.STATE,
                        Message.of("conflict.reporting.report.not-issued", key)));
        ReportSnapshot full = store.find(user.agencyId(), latest.id()).orElseThrow();
        String json = electronic.json(full.report(), full);
        ReportDelivery delivery = sender.send(json, user.username(), full.id());
        return store.insertDelivery(user.agencyId(), delivery);
    }

    @Override
    public void export(PeriodicReport report, ReportSnapshot snapshot, ReportFormatKind format, OutputStream out) {
        try {
            switch (format) {
                case XLSX -> XlsxReportWriter.write(report, otherSheets(report), out);
                case PDF -> pdf.write(report, snapshot, otherSheets(report), out);
                case JSON -> out.write(electronic.json(report, snapshot).getBytes(StandardCharsets.UTF_8));
                case XML -> out.write(electronic.xml(report, snapshot));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The other modules' parts of the report, in their order. */
    private List<ReportSheet> otherSheets(PeriodicReport report) {
        return sheetSources.stream().flatMap(source -> source.sheets(report).stream())
                .sorted(Comparator.comparingInt(ReportSheet::order)).toList();
    }

    @Override
    public JobView submit(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy,
            ReportFormatKind format) {
        String name = "bao-cao-" + period.key() + "." + format.extension();
        return jobs.submit("PERIODIC_REPORT", user, "Báo cáo định kỳ " + period.label() + " (" + format.extension() + ")",
                job -> {
                    PeriodicReport report = report(job.owner(), period, policy, (done, total, message) -> {
                        job.progress(done, total + 1);
                        job.message(message);
                    });
                    job.message("Đang ghi tệp " + name + "…");
                    try (OutputStream out = job.result(name, format.mediaType())) {
                        export(report, null, format, out);
                    }
                    job.progress(STEPS + 1, STEPS + 1);
                    job.message("Đã lập báo cáo: " + report.summary().total() + " nhiệm vụ, "
                            + report.summary().overdue() + " quá hạn.");
                });
    }

}
