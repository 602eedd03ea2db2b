package vn.nhiemvu.area.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.area.AreaBoard;
import vn.nhiemvu.area.AreaDetail;
import vn.nhiemvu.area.AreaDraft;
import vn.nhiemvu.area.AreaFigures;
import vn.nhiemvu.area.AreaPermissions;
import vn.nhiemvu.area.AreaSaved;
import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.area.TaskAreasAssigned;
import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskGroups;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskStanding;
import vn.nhiemvu.task.TaskView;

/**
 * Areas, their tasks and their boards. The boards read the task module's standings of the tasks the user may see
 * (statuses are the evaluator's, never recomputed here) and keep those of each area; the task list's filter by area
 * asks {@link TaskGroups}, answered here.
 */
@Service
@Transactional
class AreaService implements ManagementAreas, TaskGroups {

    private final JdbcAreas areas;
    private final TaskManagement tasks;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AreaService(JdbcAreas areas, TaskManagement tasks, Organization organization, ApplicationEventPublisher events,
            Clock clock) {
        this.areas = areas;
        this.tasks = tasks;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ManagementArea> list(CurrentUser user) {
        return areas.list(user.agencyId());
    }

    @Override
    @Transactional(readOnly = true)
    public ManagementArea get(CurrentUser user, String code) {
        return area(user.agencyId(), code);
    }

    @Override
    public ManagementArea create(CurrentUser user, AreaDraft draft) {
        AreaPermissions.POLICY.checkAny(user, AreaPermissions.Action.MANAGE);
        ManagementArea area = check(user, 0, draft);
        long id = areas.insert(area);
        ManagementArea saved = areas.byCode(user.agencyId(), area.code()).orElseThrow();
        events.publishEvent(new AreaSaved(user.agencyId(), id, "CREATED", user.username(), new AuditedChange(null, saved)));
        return saved;
    }

    @Override
    public ManagementArea update(CurrentUser user, String code, AreaDraft draft) {
        AreaPermissions.POLICY.checkAny(user, AreaPermissions.Action.MANAGE);
        ManagementArea before = area(user.agencyId(), code);
        ManagementArea after = check(user, before.id(), draft);
        areas.update(after);
        events.publishEvent(new AreaSaved(user.agencyId(), before.id(), "UPDATED", user.username(),
                new AuditedChange(before, after)));
        return after;
    }

    private ManagementArea check(CurrentUser user, long id, AreaDraft draft) {
        long agencyId = user.agencyId();
        return draft.check(id, agencyId, areas.list(agencyId), unitCode -> organization.unitByCode(agencyId, unitCode));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ManagementArea> areasOf(CurrentUser user, long taskId) {
        if (!tasks.isVisible(user, taskId)) {
            throw notFound(taskId);
        }
        Set<Long> ids = areas.areasOf(taskId);
        return areas.list(user.agencyId()).stream().filter(a -> ids.contains(a.id())).toList();
    }

    @Override
    public List<ManagementArea> assign(CurrentUser user, long taskId, List<String> codes) {
        if (!tasks.isVisible(user, taskId)) {
            throw notFound(taskId);
        }
        TaskView task = tasks.get(user, taskId, null, null);
        AreaPermissions.POLICY.check(AreaPermissions.Action.ASSIGN, TaskPermissions.relation(user, task));
        List<ManagementArea> all = areas.list(user.agencyId());
        var wanted = new LinkedHashSet<String>();
        var errors = new InvalidInputException.Collector();
        for (String code : codes == null ? List.<String>of() : codes) {
            String c = code == null ? "" : code.strip().toUpperCase();
            if (all.stream().noneMatch(a -> a.code().equals(c))) {
                errors.add("areas", Message.of("invalid.area.areas.unknown", (code == null ? "" : code.strip())));
            }
            wanted.add(c);
        }
        errors.throwIfAny();
        List<ManagementArea> chosen = all.stream().filter(a -> wanted.contains(a.code())).toList();
        Set<Long> before = areas.areasOf(taskId);
        Set<Long> after = Set.copyOf(chosen.stream().map(ManagementArea::id).toList());
        if (!before.equals(after)) {
            List<String> beforeCodes = all.stream().filter(a -> before.contains(a.id())).map(ManagementArea::code).toList();
            List<String> afterCodes = chosen.stream().map(ManagementArea::code).toList();
            areas.replace(taskId, after);
            events.publishEvent(new TaskAreasAssigned(user.agencyId(), taskId, afterCodes, user.username(),
                    new AuditedChange(Map.of("areas", beforeCodes), Map.of("areas", afterCodes))));
        }
        return chosen;
    }

    @Override
    @Transactional(readOnly = true)
    public AreaBoard board(CurrentUser user, LocalDate from, LocalDate to, LocalDate asOf, EvaluationPolicy.Kind policy) {
        Period p = period(from, to, asOf);
        long agencyId = user.agencyId();
        Map<Long, TaskStanding> standings = standings(user, p.asOf(), policy);
        Map<Long, Set<Long>> byArea = areas.tasksByArea(agencyId);
        var figures = new ArrayList<AreaFigures>();
        for (ManagementArea area : areas.list(agencyId)) {
            figures.add(AreaCounting.figures(area, focalName(area), tasksOf(byArea.getOrDefault(area.id(), Set.of()),
                    standings), p.from(), p.to(), p.asOf()));
        }
        return new AreaBoard(p.from(), p.to(), p.asOf(), figures);
    }

    @Override
    @Transactional(readOnly = true)
    public AreaDetail detail(CurrentUser user, String code, LocalDate from, LocalDate to, LocalDate asOf,
            EvaluationPolicy.Kind policy) {
        ManagementArea area = area(user.agencyId(), code);
        Period p = period(from, to, asOf);
        Map<Long, TaskStanding> standings = standings(user, p.asOf(), policy);
        var units = new HashMap<Long, Unit>();
        organization.units(user.agencyId()).forEach(u -> units.put(u.id(), u));
        return AreaCounting.detail(area, focalName(area), tasksOf(areas.tasksOf(area.id()), standings), units,
                p.from(), p.to(), p.asOf());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> groups(long agencyId) {
        return areas.list(agencyId).stream().map(a -> new Group(a.code(), a.name())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Set<Long>> taskIds(long agencyId, String code) {
        return areas.byCode(agencyId, code.strip().toUpperCase()).map(a -> areas.tasksOf(a.id()));
    }

    /** The period: by default the as-of date's year; the as-of date by default today. */
    private record Period(LocalDate from, LocalDate to, LocalDate asOf) {
    }

    private Period period(LocalDate from, LocalDate to, LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        LocalDate start = from == null ? date.withDayOfYear(1) : from;
        LocalDate end = to == null ? start.withMonth(12).withDayOfMonth(31) : to;
        if (end.isBefore(start)) {
            throw InvalidInputException.of("to", Message.of("invalid.area.to.range"));
        }
        return new Period(start, end, date);
    }

    private Map<Long, TaskStanding> standings(CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy) {
        var byId = new HashMap<Long, TaskStanding>();
        tasks.standings(user, List.of(asOf), policy).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static List<TaskStanding> tasksOf(Set<Long> ids, Map<Long, TaskStanding> standings) {
        return ids.stream().map(standings::get).filter(s -> s != null).sorted(Comparator.comparingLong(TaskStanding::id)).toList();
    }

    private String focalName(ManagementArea area) {
        return area.focalUnitId() == null ? null
                : organization.unit(area.agencyId(), area.focalUnitId()).map(Unit::name).orElse(null);
    }

    private ManagementArea area(long agencyId, String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        return areas.byCode(agencyId, c)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.area.area.unknown", code)));
    }

    private static NotFoundException notFound(long taskId) {
        return new NotFoundException(Message.of("notfound.task.task.unknown", taskId));
    }
}
