package vn.nhiemvu.task.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskGroups;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskQuery;
import vn.nhiemvu.task.TaskResults;
import vn.nhiemvu.task.TaskSort;

/**
 * The task list page: numbered pages with the count of what matches, sorting, and filters that show themselves as
 * chips, each removable in one click; everything is in the address. htmx refreshes the results as filters change.
 */
@Controller
class TaskListController {

    static final int PAGE_SIZE = 25;


    private final TaskManagement tasks;
    private final Organization organization;
    private final Directives directives;
    private final ObjectProvider<TaskGroups> groups;

    TaskListController(TaskManagement tasks, Organization organization, Directives directives,
            ObjectProvider<TaskGroups> groups) {
        this.groups = groups;
        this.tasks = tasks;
        this.organization = organization;
        this.directives = directives;
    }

    /** A filter that is on, and the address of the list without it; the value is data or words ({@link Message}). */
    record Chip(Message label, Object value, String removeHref) {
    }

    /** An order the list offers, as the sort menu shows it (a key of the bundles). */
    record SortOption(String param, String code) {
    }

    @GetMapping("/tasks")
    String list(CurrentUser user, TaskQuery query, BindingResult binding,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Boosted", required = false) String boosted, HttpServletRequest request,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        TaskSort order = TaskSort.DEFAULT;
        try {
            order = TaskSort.parse(sort);
        } catch (InvalidInputException e) {
            collect(errors, e);
        }
        var address = ListAddress.of(request.getParameterMap(), order);
        try {
            TaskFilter filter = TaskQuery.filter(query, binding);
            if (errors.isEmpty()) {
                TaskResults results = tasks.search(user, filter, order, Math.max(1, page), PAGE_SIZE);
                model.addAttribute("results", results);
                model.addAttribute("chips", chips(user, filter, address));
            }
        } catch (InvalidInputException e) {
            collect(errors, e);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("address", address);
        model.addAttribute("moreFiltersOn", !errors.isEmpty() || address.hasAny(List.of("area", "leadUnit", "coordinatingUnit",
                "leader", "directive", "deadlineFrom", "deadlineTo", "asOf", "policy")));
        model.addAttribute("sort", order);
        model.addAttribute("sortKeys", TaskSort.Key.values());
        model.addAttribute("sortOptions", sortOptions());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("areas", areas(user));
        model.addAttribute("leaders", organization.leaders(user.agencyId()));
        model.addAttribute("directives", directives.list(user, null));
        model.addAttribute("mineOffered", user.role() == Role.LEADER || user.unitId() != null);
        model.addAttribute("mineHint", user.role() == Role.LEADER ? "tasks.mine.hint.leader" : "tasks.mine.hint.unit");
        model.addAttribute("canCreate", TaskPermissions.POLICY.allowsAny(user, TaskPermissions.Action.CREATE));
        // The filter form refreshes the results alone; boosted links (chips, sorting, pages) get the whole page.
        return htmx != null && boosted == null ? "tasks/list :: results" : "tasks/list";
    }

    private List<Chip> chips(CurrentUser user, TaskFilter filter, ListAddress address) {
        var chips = new ArrayList<Chip>();
        if (filter.query() != null) {
            chips.add(new Chip(Message.of("tasks.chip.query"), "“" + filter.query() + "”", address.without("q")));
        }
        for (TaskStatus status : TaskStatus.values()) {
            if (filter.statuses().contains(status)) {
                chips.add(new Chip(Message.of("tasks.chip.status"), Message.of(status.code()), address.without("status", status.name())));
            }
        }
        if (filter.mine()) {
            chips.add(new Chip(Message.of("tasks.chip.mine"),
                    Message.of(user.role() == Role.LEADER ? "tasks.chip.mine.leader" : "tasks.chip.mine.unit"),
                    address.without("mine")));
        }
        if (filter.areaCode() != null) {
            Object name = areas(user).stream().filter(a -> a.code().equals(filter.areaCode())).findFirst()
                    .<Object>map(TaskGroups.Group::name).orElse(filter.areaCode());
            chips.add(new Chip(Message.of("tasks.chip.area"), name, address.without("area")));
        }
        if (filter.leadUnitCode() != null) {
            chips.add(new Chip(Message.of("tasks.chip.lead-unit"), unitName(user, filter.leadUnitCode()), address.without("leadUnit")));
        }
        if (filter.coordinatingUnitCode() != null) {
            chips.add(new Chip(Message.of("tasks.chip.coordinating-unit"), unitName(user, filter.coordinatingUnitCode()), address.without("coordinatingUnit")));
        }
        if (filter.leaderId() != null) {
            Object name = organization.leader(user.agencyId(), filter.leaderId())
                    .<Object>map(l -> l.title() + " " + l.fullName())
                    .orElse(Message.of("tasks.chip.unknown", filter.leaderId()));
            chips.add(new Chip(Message.of("tasks.chip.leader"), name, address.without("leader")));
        }
        if (filter.directiveId() != null) {
            Object number = directives.find(user, filter.directiveId())
                    .<Object>map(d -> Message.of("tasks.chip.directive.number", Message.of(d.kind().code()), d.number()))
                    .orElse(Message.of("tasks.chip.unknown", filter.directiveId()));
            chips.add(new Chip(Message.of("tasks.chip.directive"), number, address.without("directive")));
        }
        if (filter.parentTaskId() != null) {
            chips.add(new Chip(Message.of("tasks.chip.parent"), Message.of("tasks.chip.parent.number", filter.parentTaskId()), address.without("parent")));
        }
        if (filter.deadlineFrom() != null) {
            chips.add(new Chip(Message.of("tasks.chip.deadline-from"), DisplayDates.date(filter.deadlineFrom()), address.without("deadlineFrom")));
        }
        if (filter.deadlineTo() != null) {
            chips.add(new Chip(Message.of("tasks.chip.deadline-to"), DisplayDates.date(filter.deadlineTo()), address.without("deadlineTo")));
        }
        if (filter.asOf() != null) {
            chips.add(new Chip(Message.of("tasks.chip.as-of"), DisplayDates.date(filter.asOf()), address.without("asOf")));
        }
        if (filter.policy() != null) {
            chips.add(new Chip(Message.of("tasks.chip.policy"), Message.of("tasks.policy." + filter.policy().name()),
                    address.without("policy")));
        }
        return chips;
    }

    private List<TaskGroups.Group> areas(CurrentUser user) {
        TaskGroups found = groups.getIfAvailable();
        return found == null ? List.of() : found.groups(user.agencyId());
    }

    private String unitName(CurrentUser user, String code) {
        return organization.unitByCode(user.agencyId(), code).map(Unit::name).orElse(code);
    }

    private static List<SortOption> sortOptions() {
        return List.of(new SortOption("status", "tasks.sort.status"),
                new SortOption("deadline", "tasks.sort.deadline"),
                new SortOption("deadline,desc", "tasks.sort.deadline.desc"),
                new SortOption("unit", "tasks.sort.unit"),
                new SortOption("unit,desc", "tasks.sort.unit.desc"),
                new SortOption("updated", "tasks.sort.updated"),
                new SortOption("updated,desc", "tasks.sort.updated.desc"),
                new SortOption("status,desc", "tasks.sort.status.desc"));
    }

    private static void collect(Map<String, String> errors, InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        e.errors().forEach(error -> errors.merge(error.field(), error.message().in(locale), (a, b) -> a + " " + b));
    }
}
