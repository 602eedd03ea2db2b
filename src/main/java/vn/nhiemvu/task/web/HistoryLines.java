package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.audit.AuditEntry;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.DisplayDates;

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

    private static final java.util.Set<String> DATES = java.util.Set.of("deadline", "completedAt");

    private static final Map<String, String> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put("title", "Tên");
        FIELDS.put("directiveId", "Văn bản");
        FIELDS.put("leadUnitId", "Đơn vị chủ trì");
        FIELDS.put("coordinatingUnitIds", "Đơn vị phối hợp");
        FIELDS.put("supervisingLeaderId", "Lãnh đạo phụ trách");
        FIELDS.put("deadline", "Thời hạn");
        FIELDS.put("deadlineText", "Thời hạn theo văn bản");
        FIELDS.put("completedAt", "Ngày hoàn thành");
        FIELDS.put("completedBy", "Ghi nhận hoàn thành");
        FIELDS.put("product", "Sản phẩm");
        FIELDS.put("description", "Nội dung");
    }

    // Other modules (plan, dossier) record their steps on the task too; named here so the timeline reads.
    private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("CREATED", "giao nhiệm vụ"),
            Map.entry("UPDATED", "sửa nhiệm vụ"), Map.entry("COMPLETED", "ghi nhận hoàn thành"),
            Map.entry("REOPENED", "mở lại nhiệm vụ"), Map.entry("DELETED", "xóa nhiệm vụ"),
            Map.entry("DEADLINE_CHANGE_RECORDED", "ghi nhận quyết định về đề nghị gia hạn"),
            Map.entry("GUIDANCE_REQUESTED", "xin ý kiến chỉ đạo, đề nghị gia hạn"),
            Map.entry("GUIDANCE_DECIDED", "cho ý kiến về đề nghị"),
            Map.entry("PLAN_DRAFTED", "lập dự thảo kế hoạch thực hiện"), Map.entry("PLAN_EDITED", "sửa dự thảo kế hoạch"),
            Map.entry("PLAN_SUBMITTED", "trình phê duyệt kế hoạch"), Map.entry("PLAN_APPROVED", "phê duyệt kế hoạch"),
            Map.entry("PLAN_RETURNED", "trả lại kế hoạch"),
            Map.entry("PLAN_SUPERSEDED", "kế hoạch được thay thế bởi phiên bản mới"),
            Map.entry("MILESTONE_COMPLETED", "ghi nhận hoàn thành mốc kế hoạch"),
            Map.entry("PROGRESS_REPORTED", "báo cáo tiến độ"),
            Map.entry("DOSSIER_FILE_ADDED", "thêm tệp vào hồ sơ"),
            Map.entry("DOSSIER_SUBMITTED_FOR_REVIEW", "gửi hồ sơ để Vụ Pháp chế thẩm định"),
            Map.entry("DOSSIER_PASSED", "hồ sơ được thông qua thẩm định"),
            Map.entry("DOSSIER_RETURNED", "hồ sơ bị trả lại để hoàn thiện"),
            Map.entry("DOSSIER_SUBMITTED", "ký trình hồ sơ"),
            Map.entry("DOSSIER_SUBMISSION_WITHDRAWN", "mở lại bước trình hồ sơ (lần trình cũ được giữ trong hồ sơ)"),
            Map.entry("URGED", "Văn phòng Bộ gửi phiếu đôn đốc"));

    private static final Map<String, String> SOURCES = Map.of("OFFICE", "Văn phòng Bộ", "LEADER", "Lãnh đạo Bộ",
            "UNIT", "đơn vị chủ trì", "SUBMISSION", "khi ký trình hồ sơ");

    record Line(String when, String actor, String action, List<String> changes) {
    }

    private HistoryLines() {
    }

    static List<Line> of(List<AuditEntry> entries, Names names) {
        var lines = new ArrayList<Line>();
        for (AuditEntry entry : entries) {
            var changes = new ArrayList<String>();
            if (entry.before() != null && entry.after() != null) {
                FIELDS.forEach((field, label) -> {
                    JsonNode before = entry.before().get(field);
                    JsonNode after = entry.after().get(field);
                    if (!String.valueOf(before).equals(String.valueOf(after))) {
                        changes.add(label + ": " + show(field, before, names) + " → " + show(field, after, names));
                    }
                });
            }
            lines.add(new Line(DisplayDates.dateTime(entry.at()), names.person().apply(entry.actor()),
                    ACTIONS.getOrDefault(entry.action(), entry.action()), changes));
        }
        return lines;
    }

    private static String show(String field, JsonNode value, Names names) {
        if (value == null || value.isNull()) {
            return "(trống)";
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
            String by = names.person().apply(value.path("username").asString()) + " ("
                    + SOURCES.getOrDefault(value.path("source").asString(), "") + ")";
            if (value.path("beyondLimits").asBoolean()) {
                by += ", Văn phòng Bộ ghi ngày sớm hơn giới hạn của đơn vị";
            }
            if (value.hasNonNull("reason")) {
                by += ", hoàn thành theo quyết định của Văn phòng: " + value.path("reason").asString();
            }
            return by;
        }
        if (field.equals("coordinatingUnitIds")) {
            var units = new ArrayList<String>();
            value.forEach(id -> units.add(names.unit().apply(id.asLong())));
            return units.isEmpty() ? "(trống)" : String.join(", ", units);
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }
}
