package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.audit.AuditEntry;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * A task's audit entries as people read them: when, who (by name), what, and which fields changed how (units,
 * leaders and directives by name, dates as dd/MM/yyyy).
 */
final class HistoryLines {

    /** The names behind the ids and usernames that the audit keeps. */
    record Names(Function<String, String> person, Function<Long, String> unit, Function<Long, String> leader,
            Function<Long, String> directive) {

        /** The names the user may read: people through {@code person}, units, leaders and directives of the agency. */
        static Names of(CurrentUser user, Organization organization, Directives directives, Function<String, String> person) {
            var unitNames = new HashMap<Long, String>();
            organization.units(user.agencyId()).forEach(u -> unitNames.put(u.id(), u.name()));
            return new Names(person, unitId -> unitNames.getOrDefault(unitId, "#" + unitId),
                    leaderId -> organization.leader(user.agencyId(), leaderId).map(l -> l.title() + " " + l.fullName())
                            .orElse("#" + leaderId),
                    directiveId -> directives.find(user, directiveId).map(d -> d.number()).orElse("#" + directiveId));
        }
    }

    private static final Set<String> DATES = Set.of("deadline", "completedAt");

    /** The fields a change may touch, in the order the page lists them; each is worded as {@code history.field.*}. */
    private static final List<String> FIELDS = List.of("title", "directiveId", "leadUnitId", "coordinatingUnitIds", "supervisingLeaderId", "deadline", "deadlineText", "completedAt", "completedBy", "product", "description");

    /** Words for the actions the timeline knows, other modules' steps (plan, dossier) too: {@code history.action.*}. */
    private static final Set<String> ACTIONS = Set.of("CREATED", "UPDATED", "COMPLETED", "REOPENED", "DELETED", "DEADLINE_CHANGE_RECORDED", "GUIDANCE_REQUESTED", "GUIDANCE_DECIDED", "PLAN_DRAFTED", "PLAN_EDITED", "PLAN_SUBMITTED", "PLAN_APPROVED", "PLAN_RETURNED", "PLAN_SUPERSEDED", "MILESTONE_COMPLETED", "PROGRESS_REPORTED", "DOSSIER_FILE_ADDED", "DOSSIER_SUBMITTED_FOR_REVIEW", "DOSSIER_PASSED", "DOSSIER_RETURNED", "DOSSIER_SUBMITTED", "DOSSIER_SUBMISSION_WITHDRAWN", "URGED");

    private static final Set<String> SOURCES = Set.of("OFFICE", "LEADER", "UNIT", "SUBMISSION");

    record Line(String when, String actor, Message action, List<Message> changes) {
    }

    private HistoryLines() {
    }

    static List<Line> of(List<AuditEntry> entries, Names names) {
        var lines = new ArrayList<Line>();
        for (AuditEntry entry : entries) {
            var changes = new ArrayList<Message>();
            if (entry.before() != null && entry.after() != null) {
                for (String field : FIELDS) {
                    JsonNode before = entry.before().get(field);
                    JsonNode after = entry.after().get(field);
                    if (!String.valueOf(before).equals(String.valueOf(after))) {
                        changes.add(Message.of("history.change", Message.of("history.field." + field),
                                show(field, before, names), show(field, after, names)));
                    }
                }
            }
            lines.add(new Line(DisplayDates.dateTime(entry.at()), names.person().apply(entry.actor()),
                    ACTIONS.contains(entry.action()) ? Message.of("history.action." + entry.action())
                            : Message.of("history.action.other", entry.action()), changes));
        }
        return lines;
    }

    /** Data as it is (a String), or words ({@link Message}). */
    private static Object show(String field, JsonNode value, Names names) {
        if (value == null || value.isNull()) {
            return Message.of("history.empty");
        }
        if (field.equals("leadUnitId")) {
            return names.unit().apply(value.asLong());
        }
        if (field.equals("supervisingLeaderId")) {
            return names.leader().apply(value.asLong());
        }
        if (field.equals("directiveId")) {
            return names.directive().apply(value.asLong());
        }
        if (DATES.contains(field) && value.isString()) {
            try {
                return DisplayDates.date(LocalDate.parse(value.asString()));
            } catch (DateTimeParseException e) {
                return value.asString();
            }
        }
        if (field.equals("completedBy")) {
            String source = value.path("source").asString();
            Message by = Message.of("history.completed-by", names.person().apply(value.path("username").asString()),
                    SOURCES.contains(source) ? Message.of("history.source." + source) : "");
            if (value.path("beyondLimits").asBoolean()) {
                by = Message.of("history.completed-by.beyond-limits", by);
            }
            if (value.hasNonNull("reason")) {
                by = Message.of("history.completed-by.reason", by, value.path("reason").asString());
            }
            return by;
        }
        if (field.equals("coordinatingUnitIds")) {
            var units = new ArrayList<String>();
            value.forEach(id -> units.add(names.unit().apply(id.asLong())));
            return units.isEmpty() ? Message.of("history.empty") : String.join(", ", units);
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }
}
